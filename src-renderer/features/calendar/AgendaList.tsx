import { Empty } from 'antd';
import dayjs from 'dayjs';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../src-shared/contract/calendar';
import { useCalendarBoard } from './board-context';
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

/** The agenda: the range's days that have items, one line per item. */
export const AgendaList = memo(function AgendaList({ days, today, items, layers }: Props) {
  const { t } = useTranslation();
  const shown = days.filter((date) => items.has(date));
  if (shown.length === 0) return <Empty data-testid="calendar-list" description={t('calendar.emptyRange')} style={{ padding: 48, background: '#fff' }} />;
  return (
    <div data-testid="calendar-list" style={{ border: '1px solid #f0f0f0', borderRight: 'none', borderBottom: 'none', background: '#fff' }}>
      {shown.map((date) => (
        <DropCell key={date} date={date} target={{ date }} testId={`calendar-agenda-${date}`} minHeight={0} background={date === today ? '#e6f4ff' : '#fff'}>
          <div style={{ display: 'flex', gap: 12, alignItems: 'flex-start' }}>
            <div style={{ width: 120, flex: 'none', paddingTop: 2 }}>
              <div style={{ fontWeight: 500 }}>{dayjs(date).format(t('calendar.agendaDayFormat'))}</div>
              <LayerLabels layers={layers.get(date) ?? []} />
            </div>
            <div style={{ flex: 1, minWidth: 0, paddingBottom: 2 }}>
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
  const { t } = useTranslation();
  const account = useCalendarBoard().accounts.get(item.accountId);
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
      <span style={{ width: 150, flex: 'none', fontSize: 12, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{account?.name}</span>
      <div style={{ flex: 1, minWidth: 0 }}>
        <ItemChip item={item} />
      </div>
      <span style={{ width: 56, flex: 'none', fontSize: 12, color: '#8c8c8c' }}>{item.time}</span>
      <span style={{ width: 64, flex: 'none', fontSize: 12 }}>{t(`calendar.status.${item.status}`)}</span>
    </div>
  );
}
