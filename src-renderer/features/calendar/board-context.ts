import { createContext, useContext } from 'react';
import type { CalendarItem, ItemStatus } from '../../../src-shared/contract/calendar';
import type { CalendarColorBy } from './route';
import type { AccountBadge } from './calendar-types';
import type { MoveTarget } from './store';

/** What every calendar view needs from the page: how to show an item and what a click or a drop does. */
export interface CalendarBoard {
  accounts: Map<string, AccountBadge>;
  /** Texts every chip shows, translated once per language rather than once per chip. */
  labels: { slots: string[]; shortSlots: string[]; statuses: Record<ItemStatus, string>; holidayMark: string; workdayMark: string; estimatedMark: string; estimatedHint: (year: string) => string; english: boolean };
  colorBy: CalendarColorBy;
  /** Column and member names by id, for the chips' column tag, the hover card and the list's owner. */
  columnNames: ReadonlyMap<string, string>;
  ownerNames: ReadonlyMap<string, string>;
  /** The push-rule problems of each item, as text: its chip is marked and its hover card says why. */
  problemsOf: ReadonlyMap<string, string[]>;
  selected: ReadonlySet<string>;
  /** A plain click opens the item; with Ctrl/⌘/Shift it toggles the selection. */
  onItemClick(item: CalendarItem, toggleSelection: boolean): void;
  /** The ids a drag of this item carries: the whole selection when the item is part of it. */
  dragIds(item: CalendarItem): string[];
  onDrop(ids: string[], target: MoveTarget, copy: boolean): void;
  onCreate(date: string, accountId?: string): void;
  /** Shows every item of a day (the month grid shows what fits in a cell). */
  onShowDay(date: string): void;
}

export const CalendarBoardContext = createContext<CalendarBoard | null>(null);

export function useCalendarBoard(): CalendarBoard {
  const board = useContext(CalendarBoardContext);
  if (!board) throw new Error('useCalendarBoard outside CalendarBoardContext');
  return board;
}
