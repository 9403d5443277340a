import { Popover } from 'antd';
import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivitySpan } from '../../../src-shared/contract/activities';
import { navigate } from '../../lib/router';
import type { DaySpans, SpanPiece } from './activity-spans';
import './activity-spans.css';

// A day's activity bars (预热 · 双12秒杀): a click opens the activity, never the cell's new item.

const openActivity = (span: ActivitySpan) => navigate(`#/activities/${encodeURIComponent(span.activityId)}`);

function useSpanText() {
  const { t } = useTranslation();
  const label = (span: ActivitySpan) => t('activities.span.label', { phase: t(`activities.phase.${span.phase}`), name: span.name });
  const title = (span: ActivitySpan) => t('activities.span.title', { phase: t(`activities.phase.${span.phase}`), name: span.name, start: span.startDate, end: span.endDate });
  return { label, title };
}

function onLinkKey(event: KeyboardEvent, span: ActivitySpan) {
  if (event.key !== 'Enter') return;
  event.preventDefault();
  event.stopPropagation();
  openActivity(span);
}

function Bar({ piece, text }: { piece: SpanPiece; text: ReturnType<typeof useSpanText> }) {
  const { span, first, last, labelled } = piece;
  const className = ['cal-span', `cal-span--${span.phase}`, first && 'cal-span--first', last && 'cal-span--last', span.status === 'cancelled' && 'cal-span--cancelled'].filter(Boolean).join(' ');
  return (
    <div
      className={className}
      data-testid="calendar-span"
      data-activity={span.activityId}
      data-phase={span.phase}
      role="link"
      tabIndex={labelled ? 0 : -1}
      title={text.title(span)}
      onClick={(e: MouseEvent) => {
        e.stopPropagation();
        openActivity(span);
      }}
      onKeyDown={(e) => onLinkKey(e, span)}
    >
      {labelled ? text.label(span) : '\u00a0'}
    </div>
  );
}

/** Every span of the day, each a link: what "+N" opens. */
function SpanList({ spans, text }: { spans: ActivitySpan[]; text: ReturnType<typeof useSpanText> }) {
  return (
    <div className="cal-span-list" data-testid="calendar-span-list">
      {spans.map((span) => (
        <a
          key={`${span.activityId}:${span.phase}`}
          href={`#/activities/${encodeURIComponent(span.activityId)}`}
          className={`cal-span-list__item cal-span--${span.phase}`}
          title={text.title(span)}
          onClick={(e) => e.stopPropagation()}
        >
          {text.label(span)}
        </a>
      ))}
    </div>
  );
}

/** The day's lanes of bars, "+N" at the end of the last one when more spans run that day. */
export const ActivitySpanBars = memo(function ActivitySpanBars({ day }: { day: DaySpans | undefined }) {
  const { t } = useTranslation();
  const text = useSpanText();
  if (!day) return null;
  const lanes = day.lanes.length > 0 ? day.lanes : [null];
  return (
    <div className="cal-spans" data-testid="calendar-spans">
      {lanes.map((piece, lane) => (
        <div key={lane} className="cal-span-lane">
          {piece ? <Bar piece={piece} text={text} /> : <div className="cal-span cal-span--free" />}
          {lane === lanes.length - 1 && day.hidden > 0 && (
            <Popover trigger="click" placement="bottom" title={t('activities.span.moreTitle', { count: day.all.length })} content={<SpanList spans={day.all} text={text} />}>
              <button
                type="button"
                className="cal-span-more"
                data-testid="calendar-span-more"
                title={t('activities.span.moreTitle', { count: day.hidden })}
                onClick={(e) => e.stopPropagation()}
                onKeyDown={(e) => e.stopPropagation()}
              >
                {t('activities.span.more', { count: day.hidden })}
              </button>
            </Popover>
          )}
        </div>
      ))}
    </div>
  );
});

const MARK_DOTS = 3;

/**
 * The month's mark of the day's activities, in the day's head so the items keep their room: a dot
 * per phase in its colour (three at most, then "+N"); a click lists them as links.
 */
export const ActivityDayMark = memo(function ActivityDayMark({ day }: { day: DaySpans | undefined }) {
  const { t } = useTranslation();
  const text = useSpanText();
  if (!day) return null;
  const label = t('activities.span.dayMark', { count: day.all.length });
  return (
    <Popover trigger="click" placement="bottom" title={label} content={<SpanList spans={day.all} text={text} />}>
      <button
        type="button"
        className="cal-span-mark"
        data-testid="calendar-span-mark"
        aria-label={label}
        title={day.all.map(text.label).join('\n')}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.stopPropagation()}
      >
        {day.all.slice(0, MARK_DOTS).map((span) => (
          <span key={`${span.activityId}:${span.phase}`} className={`cal-span-dot cal-span--${span.phase}${span.status === 'cancelled' ? ' cal-span--cancelled' : ''}`} />
        ))}
        {day.all.length > MARK_DOTS && <span className="cal-span-mark__more">+{day.all.length - MARK_DOTS}</span>}
      </button>
    </Popover>
  );
});
