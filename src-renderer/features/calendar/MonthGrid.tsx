import { WarningFilled } from '@ant-design/icons';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../src-shared/contract/calendar';
import { useCalendarBoard } from './board-context';
import { DayHead, DropCell, GapBadge, LayerLabels } from './DayCell';
import { ItemChip } from './ItemChip';
import type { DayLayer } from './calendar-types';

const MAX_CHIPS = 4;
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0];

interface Props {
  /** 'YYYY-MM' of the month shown; days outside it are dimmed. */
  month: string;
  /** 42 days, Monday first. */
  days: string[];
  today: string;
  items: Map<string, CalendarItem[]>;
  layers: Map<string, DayLayer[]>;
  /** The text of the day's cadence gap ("空档"), when it has one. */
  gaps: Map<string, string>;
}

function WeekdayHeader() {
  const { t } = useTranslation();
  return (
    <>
      {WEEKDAYS.map((d) => (
        <div key={d} style={{ padding: '6px', fontSize: 12, color: '#8c8c8c', borderRight: '1px solid #f0f0f0', borderBottom: '1px solid #f0f0f0' }}>
          {t(`calendar.weekday.${d}`)}
        </div>
      ))}
    </>
  );
}

export const MonthGrid = memo(function MonthGrid({ month, days, today, items, layers, gaps }: Props) {
  const { t } = useTranslation();
  const board = useCalendarBoard();
  return (
    <div data-testid="calendar-month" style={{ border: '1px solid #f0f0f0', borderRight: 'none', borderBottom: 'none', background: '#fff' }}>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))' }}>
        <WeekdayHeader />
        {days.map((date) => {
          const dayItems = items.get(date) ?? [];
          const dayLayers = layers.get(date) ?? [];
          const hidden = dayItems.length - MAX_CHIPS;
          const gap = gaps.get(date);
          // A rule problem folded into 「还有 N 条」 is marked there too.
          const hiddenProblem = dayItems.slice(MAX_CHIPS).some((item) => board.problemsOf.has(item.id));
          return (
            <DropCell
              key={date}
              date={date}
              target={{ date }}
              testId={`calendar-day-${date}`}
              dimmed={!date.startsWith(month)}
              minHeight={104}
              background={date === today ? '#e6f4ff' : dayLayers.some((l) => l.kind === 'holiday') ? '#fff8f8' : '#fff'}
            >
              <DayHead date={date} layers={dayLayers} isToday={date === today} extra={gap && <GapBadge text={gap} />} />
              <LayerLabels layers={dayLayers} />
              {dayItems.slice(0, MAX_CHIPS).map((item) => (
                <ItemChip key={item.id} item={item} layout="clamp" />
              ))}
              {hidden > 0 && (
                <div
                  data-testid="calendar-more"
                  className={hiddenProblem ? 'cal-more cal-more--problem' : 'cal-more'}
                  title={hiddenProblem ? t('calendar.grid.moreProblem') : undefined}
                  role="button"
                  onClick={(e) => {
                    e.stopPropagation();
                    board.onShowDay(date);
                  }}
                >
                  {hiddenProblem && <WarningFilled />} {t('calendar.more', { count: hidden })}
                </div>
              )}
            </DropCell>
          );
        })}
      </div>
    </div>
  );
});
