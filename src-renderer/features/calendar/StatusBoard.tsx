import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ItemStatus, type CalendarItem } from '../../../src-shared/contract/calendar';
import { STATUS_COLORS } from './calendar-colors';
import { useCalendarBoard } from './board-context';
import { useItemDrop } from './drag';
import { ItemChip } from './ItemChip';

/** The board: one column per status (选题 → 已发布, 已取消); dropping an item on a column sets its status. */
export const StatusBoard = memo(function StatusBoard({ items }: { items: CalendarItem[] }) {
  return (
    <div data-testid="calendar-board" style={{ display: 'grid', gridTemplateColumns: `repeat(${ItemStatus.options.length}, minmax(0, 1fr))`, gap: 8 }}>
      {ItemStatus.options.map((status) => (
        <StatusColumn key={status} status={status} items={items.filter((item) => item.status === status)} />
      ))}
    </div>
  );
});

function StatusColumn({ status, items }: { status: ItemStatus; items: CalendarItem[] }) {
  const { t } = useTranslation();
  const board = useCalendarBoard();
  const drop = useItemDrop((ids) => board.onDrop(ids, { status }, false), false);
  return (
    <div
      data-testid={`calendar-board-${status}`}
      {...drop.props}
      style={{ background: drop.over ? '#bae0ff' : '#fafafa', border: '1px solid #f0f0f0', borderTop: `3px solid ${STATUS_COLORS[status].fg}`, borderRadius: 4, padding: 6, minHeight: 420 }}
    >
      <div style={{ fontSize: 13, fontWeight: 500, marginBottom: 6 }}>
        {t(`calendar.status.${status}`)} <span style={{ color: '#8c8c8c', fontWeight: 400 }}>{items.length}</span>
      </div>
      {items.map((item) => (
        <ItemChip key={item.id} item={item} layout="card" showSlot={false} showDate />
      ))}
    </div>
  );
}
