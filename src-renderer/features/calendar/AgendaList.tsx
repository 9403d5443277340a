import { Empty } from 'antd';
import dayjs from 'dayjs';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../src-shared/contract/calendar';
import { AccountLabel, MissingAccountLabel } from '../../components/AccountLabel';
import { useCalendarBoard } from './board-context';
import { STATUS_COLORS } from './calendar-colors';
import { DropCell, LayerLabels } from './DayCell';
import { ItemChip } from './ItemChip';
import type { DayLayer } from './calendar-types';

interface Props {
  /** The days of the range, in order. */
  days: string[];
  today: string;
  items: Map<string, CalendarItem[]>;
  layers: Map<string, DayLayer[]>;
}

/** The agenda: the range's days that have items, one line per item, under a header that names the columns. */
export const AgendaList = memo(function AgendaList({ days, today, items, layers }: Props) {
  const { t } = useTranslation();
  const shown = days.filter((date) => items.has(date));
  if (shown.length === 0) return <Empty data-testid="calendar-list" description={t('calendar.emptyRange')} style={{ padding: 48, background: '#fff' }} />;
  const head = (key: 'date' | 'account' | 'title' | 'owner' | 'time' | 'status') => t(`calendar.grid.list.${key}`);
  return (
    <div data-testid="calendar-list" style={{ border: '1px solid #f0f0f0', borderRight: 'none', borderBottom: 'none', background: '#fff' }}>
      <div className="cal-agenda-row cal-agenda-head" data-testid="calendar-list-header" role="row">
        <span className="cal-agenda__date" role="columnheader">
          {head('date')}
        </span>
        <div className="cal-agenda__lines cal-agenda-line">
          {(['account', 'title', 'owner', 'time', 'status'] as const).map((key) => (
            <span key={key} className={`cal-agenda__${key}`} role="columnheader">
              {head(key)}
            </span>
          ))}
        </div>
      </div>
      {shown.map((date) => (
        <DropCell key={date} date={date} target={{ date }} testId={`calendar-agenda-${date}`} minHeight={0} background={date === today ? '#e6f4ff' : '#fff'}>
          <div className="cal-agenda-row">
            <div className="cal-agenda__date">
              <div style={{ fontWeight: 500 }}>{dayjs(date).format(t('calendar.agendaDayFormat'))}</div>
              <LayerLabels layers={layers.get(date) ?? []} />
            </div>
            <div className="cal-agenda__lines">
              {(items.get(date) ?? []).map((item) => (
                <AgendaLine key={item.id} item={item} />
              ))}
            </div>
          </div>
        </DropCell>
      ))}
    </div>
  );
});

function AgendaLine({ item }: { item: CalendarItem }) {
  const board = useCalendarBoard();
  const account = board.accounts.get(item.accountId);
  const owner = item.ownerId ? board.ownerNames.get(item.ownerId) : undefined;
  return (
    <div className="cal-agenda-line" data-testid="calendar-list-row">
      <span className="cal-agenda__account">{account ? <AccountLabel name={account.name} platform={account.platform} color={account.color} /> : <MissingAccountLabel />}</span>
      <div className="cal-agenda__title">
        <ItemChip item={item} layout="wrap" />
      </div>
      <span className="cal-agenda__owner" data-testid="calendar-list-owner" title={owner}>
        {owner ?? '—'}
      </span>
      <span className="cal-agenda__time">{item.time}</span>
      <span className="cal-agenda__status" style={{ color: STATUS_COLORS[item.status].fg }}>
        {board.labels.statuses[item.status]}
      </span>
    </div>
  );
}
