import { Tooltip } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../src-shared/contract/calendar';
import { useCalendarBoard } from './board-context';
import { STATUS_COLORS, tint } from './calendar-colors';
import { startItemDrag } from './drag';

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
  const { t } = useTranslation();
  const board = useCalendarBoard();
  const account = board.accounts.get(item.accountId);
  const selected = board.selected.has(item.id);
  const status = STATUS_COLORS[item.status];
  const accountColor = account?.color ?? '#d9d9d9';
  const colors = board.colorBy === 'account' ? { bg: tint(accountColor), fg: '#262626', dot: status.fg } : { ...status, dot: accountColor };
  const slot = slotKey(item.slot);
  const label = [account?.name ?? '', item.date, showSlot ? t(slot.key, slot.params) : '', item.title, t(`calendar.status.${item.status}`)].filter(Boolean).join(' · ');
  return (
    <Tooltip title={label} mouseEnterDelay={0.5}>
      <div
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
          board.onItemClick(item, e.ctrlKey || e.metaKey || e.shiftKey);
        }}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' && e.key !== ' ') return;
          e.preventDefault();
          e.stopPropagation();
          board.onItemClick(item, e.ctrlKey || e.metaKey || e.shiftKey);
        }}
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 3,
          fontSize: 12,
          lineHeight: '18px',
          borderRadius: 3,
          background: colors.bg,
          color: colors.fg,
          cursor: 'grab',
          whiteSpace: card ? 'normal' : 'nowrap',
          flexWrap: card ? 'wrap' : undefined,
          padding: card ? '3px 6px' : '0 4px',
          marginTop: card ? 4 : 1,
          overflow: 'hidden',
          outline: selected ? '2px solid #1677ff' : undefined,
          outlineOffset: -2,
          textDecoration: item.status === 'cancelled' ? 'line-through' : undefined,
        }}
      >
        <span style={{ flex: 'none', width: 7, height: 7, borderRadius: '50%', background: colors.dot }} />
        {showSlot && <span style={{ flex: 'none', fontWeight: 500 }}>{t(slot.key, slot.params)}</span>}
        {showDate && item.date && <span style={{ flex: 'none', color: '#8c8c8c' }}>{item.date.slice(5)}</span>}
        {card && <span style={{ color: '#8c8c8c', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', flex: 1, minWidth: 0 }}>{account?.name}</span>}
        <span style={card ? { flexBasis: '100%' } : { overflow: 'hidden', textOverflow: 'ellipsis' }}>{item.title}</span>
      </div>
    </Tooltip>
  );
});
