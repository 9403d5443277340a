import { memo } from 'react';
import type { CalendarItem } from '../../../src-shared/contract/calendar';
import { useCalendarBoard } from './board-context';
import { STATUS_COLORS, tint } from './calendar-colors';
import { startItemDrag } from './drag';
import './calendar.css';

export function slotKey(slot: number): { key: string; params?: Record<string, number> } {
  if (slot === 1) return { key: 'calendar.slot.first' };
  if (slot === 2) return { key: 'calendar.slot.second' };
  return { key: 'calendar.slot.nth', params: { slot } };
}

interface Props {
  item: CalendarItem;
  /** Hide the slot (the board and the pool show items out of their push). */
  showSlot?: boolean;
  /** Show the date before the title (the pool shows none, the board shows it). */
  showDate?: boolean;
  /** A card of two lines (date and account, then the whole title), for the board's narrow columns. */
  card?: boolean;
}

/** One item in any view: coloured by status or by account, draggable, selectable, opened by click or Enter. */
export const ItemChip = memo(function ItemChip({ item, showSlot = true, showDate = false, card = false }: Props) {
  const board = useCalendarBoard();
  const account = board.accounts.get(item.accountId);
  const selected = board.selected.has(item.id);
  const status = STATUS_COLORS[item.status];
  const accountColor = account?.color ?? '#d9d9d9';
  const colors = board.colorBy === 'account' ? { bg: tint(accountColor), fg: '#262626', dot: status.fg } : { ...status, dot: accountColor };
  const slot = board.labels.slots[item.slot - 1] ?? '';
  const statusText = board.labels.statuses[item.status];
  const className = ['cal-chip', card && 'cal-chip--card', selected && 'cal-chip--selected', item.status === 'cancelled' && 'cal-chip--cancelled'].filter(Boolean).join(' ');
  const toggle = (e: { ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }) => e.ctrlKey || e.metaKey || e.shiftKey;
  return (
    <div
      // A native tooltip: hundreds of chips stay cheap to render.
      title={[account?.name, item.date, showSlot && slot, item.title, statusText].filter(Boolean).join(' · ')}
      className={className}
      data-testid="calendar-item"
      data-id={item.id}
      data-status={item.status}
      data-selected={selected || undefined}
      role="button"
      tabIndex={0}
      aria-pressed={selected}
      draggable
      onDragStart={(e) => startItemDrag(e, board.dragIds(item))}
      onClick={(e) => {
        e.stopPropagation();
        board.onItemClick(item, toggle(e));
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Enter' && e.key !== ' ') return;
        e.preventDefault();
        e.stopPropagation();
        board.onItemClick(item, toggle(e));
      }}
      style={{ background: colors.bg, color: colors.fg }}
    >
      <span className="cal-chip__dot" style={{ background: colors.dot }} />
      {showSlot && <span className="cal-chip__slot">{slot}</span>}
      {showDate && item.date && <span className="cal-chip__muted">{item.date.slice(5)}</span>}
      {card && <span className="cal-chip__muted">{account?.name}</span>}
      <span className="cal-chip__title">{item.title}</span>
    </div>
  );
});
