import { WarningFilled } from '@ant-design/icons';
import { memo } from 'react';
import type { CalendarItem } from '../../../src-shared/contract/calendar';
import { hasPushSlots } from '../../../src-shared/domain/calendar/slots';
import { AccountLabel } from '../../components/AccountLabel';
import { useCalendarBoard } from './board-context';
import { STATUS_COLORS, tint } from './calendar-colors';
import { shownTitle } from './chip-text';
import { startItemDrag } from './drag';
import './calendar.css';

export function slotKey(slot: number): { key: string; params?: Record<string, number> } {
  if (slot === 1) return { key: 'calendar.slot.first' };
  if (slot === 2) return { key: 'calendar.slot.second' };
  return { key: 'calendar.slot.nth', params: { slot } };
}

/** 头 / 次 / 3: the slot in the month grid's narrow chips (the hover card says 头条). */
export function shortSlotKey(slot: number): { key: string; params?: Record<string, number> } {
  if (slot === 1) return { key: 'calendar.grid.slotShort.first' };
  if (slot === 2) return { key: 'calendar.grid.slotShort.second' };
  return { key: 'calendar.grid.slotShort.nth', params: { slot } };
}

/**
 * How a chip lays out its text: `clamp` (the month grid: two lines at most, the short slot 头/次),
 * `cell` (a busy month day: one line, the short slot, no column tag),
 * `wrap` (the week view and the list: the whole title), `line` (the side panels: one line) or
 * `card` (the board: date and account, then the title).
 */
export type ChipLayout = 'clamp' | 'cell' | 'wrap' | 'line' | 'card';

interface Props {
  item: CalendarItem;
  layout?: ChipLayout;
  /** Hide the slot (the board and the pool show items out of their push). */
  showSlot?: boolean;
  /** Show the date before the title (the pool shows none, the board shows it). */
  showDate?: boolean;
  /** Show the account with its platform before the title (the day popup, the board). */
  showAccount?: boolean;
}

const toggle = (e: { ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }) => e.ctrlKey || e.metaKey || e.shiftKey;

/**
 * One item in any view: coloured by status or by account, draggable, selectable, opened by click
 * or Enter. It shows the title (without the column's name again), the column as a small tag after
 * it, and a red mark when a push rule is broken; the page's hover card shows everything.
 */
export const ItemChip = memo(function ItemChip({ item, layout = 'line', showSlot = true, showDate = false, showAccount = layout === 'card' }: Props) {
  const board = useCalendarBoard();
  const account = board.accounts.get(item.accountId);
  const selected = board.selected.has(item.id);
  const problems = board.problemsOf.get(item.id);
  const status = STATUS_COLORS[item.status];
  const accountColor = account?.color ?? '#d9d9d9';
  const colors = board.colorBy === 'account' ? { bg: tint(accountColor), fg: '#262626', dot: status.fg } : { ...status, dot: accountColor };
  // Slots belong to WeChat's pushes: a Weibo or 小红书 item plans by time and shows none.
  const slotShown = showSlot && item.slot > 0 && (!account || hasPushSlots(account.platform));
  const slot = (layout === 'clamp' || layout === 'cell' ? board.labels.shortSlots : board.labels.slots)[item.slot - 1] ?? '';
  const column = item.columnId ? board.columnNames.get(item.columnId) : undefined;
  const className = ['cal-chip', `cal-chip--${layout}`, selected && 'cal-chip--selected', problems && 'cal-chip--problem', item.status === 'cancelled' && 'cal-chip--cancelled'].filter(Boolean).join(' ');
  return (
    <div
      className={className}
      data-testid="calendar-item"
      data-id={item.id}
      data-status={item.status}
      data-selected={selected || undefined}
      data-problem={problems ? true : undefined}
      role="button"
      tabIndex={0}
      aria-pressed={selected}
      // The whole title and the slot by name, as the chip's short text does not say them.
      aria-label={slotShown ? `${board.labels.slots[item.slot - 1] ?? ''} ${item.title}` : item.title}
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
      {problems && <WarningFilled className="cal-chip__problem" data-testid="calendar-item-problem" />}
      {slotShown && <span className="cal-chip__slot">{slot}</span>}
      {showDate && item.date && <span className="cal-chip__muted">{item.date.slice(5)}</span>}
      {showAccount && account && (
        <span className="cal-chip__account">
          <AccountLabel name={account.name} platform={account.platform} />
        </span>
      )}
      <span className="cal-chip__title" data-testid="calendar-item-title">
        {shownTitle(item.title, column)}
      </span>
      {column && layout !== 'cell' && (
        <span className="cal-chip__column" data-testid="calendar-item-column">
          {column}
        </span>
      )}
    </div>
  );
});
