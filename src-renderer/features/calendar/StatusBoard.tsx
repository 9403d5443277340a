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
    <div data-testid="calendar-board" className="cal-board" style={{ gridTemplateColumns: `repeat(${ItemStatus.options.length}, minmax(0, 1fr))` }}>
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
    // The whole column takes drops; its cards scroll under its head.
    <div data-testid={`calendar-board-${status}`} {...drop.props} className="cal-board__column" style={{ background: drop.over ? '#bae0ff' : '#fafafa', borderTop: `3px solid ${STATUS_COLORS[status].fg}` }}>
      <div className="cal-board__head">
        {t(`calendar.status.${status}`)} <span style={{ color: '#8c8c8c', fontWeight: 400 }}>{items.length}</span>
      </div>
      <div className="cal-board__cards">
        {items.map((item) => (
          <ItemChip key={item.id} item={item} layout="card" showSlot={false} showDate />
        ))}
      </div>
    </div>
  );
}
