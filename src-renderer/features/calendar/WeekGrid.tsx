import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../src-shared/contract/calendar';
import { AccountLabel, MissingAccountLabel } from '../../components/AccountLabel';
import { useCalendarBoard } from './board-context';
import { ActivitySpanBars } from './ActivitySpanBars';
import type { DaySpans } from './activity-spans';
import { DayHead, DropCell, GapBadge, LayerLabels } from './DayCell';
import { ItemChip } from './ItemChip';
import { weekdayOf } from '../../../src-shared/domain/dates';
import type { DayLayer } from './calendar-types';

interface Props {
  /** 7 days, Monday first. */
  days: string[];
  today: string;
  /** The accounts shown as rows, in order. */
  accountIds: string[];
  /** Items per `${accountId}|${date}`: one push each, in slot order. */
  pushes: Map<string, CalendarItem[]>;
  layers: Map<string, DayLayer[]>;
  /** Activities' bars per day, under the day's head. */
  spans: Map<string, DaySpans>;
  /** Gap texts per `${accountId}|${date}`. */
  gaps: Map<string, string>;
}

export const pushKey = (accountId: string, date: string) => `${accountId}|${date}`;

/** A week: one row per account, one column per day, so an item can be dragged to another account. */
export const WeekGrid = memo(function WeekGrid({ days, today, accountIds, pushes, layers, spans, gaps }: Props) {
  const { t } = useTranslation();
  const board = useCalendarBoard();
  return (
    <div data-testid="calendar-week" className="cal-week-frame">
      {/* The accounts' rows share the view's height and grow with a long push; the days' heads stay on top. */}
      <div className="cal-week" style={{ gridTemplateRows: `min-content repeat(${accountIds.length}, minmax(56px, auto))` }}>
        <div className="cal-weekhead cal-weekhead--account">{t('calendar.form.account')}</div>
        {days.map((date) => (
          <div key={date} data-testid={`calendar-weekday-${date}`} className="cal-weekhead" style={date === today ? { background: '#e6f4ff' } : undefined}>
            <DayHead date={date} layers={layers.get(date) ?? []} isToday={date === today} extra={<span style={{ fontSize: 12, color: '#8c8c8c' }}>{t(`calendar.weekday.${weekdayOf(date)}`)}</span>} />
            <LayerLabels layers={layers.get(date) ?? []} />
            <ActivitySpanBars day={spans.get(date)} />
          </div>
        ))}
        {accountIds.map((accountId) => {
          const account = board.accounts.get(accountId);
          return [
            <div
              key={accountId}
              className="cal-week-account"
              data-testid={`calendar-week-account-${accountId}`}
              style={{ padding: 6, fontSize: 12, borderRight: '1px solid #f0f0f0', borderBottom: '1px solid #f0f0f0', overflow: 'hidden' }}
            >
              {account ? <AccountLabel name={account.name} platform={account.platform} color={account.color} /> : <MissingAccountLabel />}
            </div>,
            ...days.map((date) => {
              const key = pushKey(accountId, date);
              const gap = gaps.get(key);
              return (
                <DropCell key={key} date={date} accountId={accountId} target={{ date, accountId }} testId={`calendar-cell-${accountId}-${date}`} minHeight={56} background={gap ? '#fffbe6' : '#fff'}>
                  {gap && (
                    <div style={{ display: 'flex' }}>
                      <GapBadge text={gap} />
                    </div>
                  )}
                  {(pushes.get(key) ?? []).map((item) => (
                    <ItemChip key={item.id} item={item} layout="wrap" />
                  ))}
                </DropCell>
              );
            }),
          ];
        })}
      </div>
    </div>
  );
});
