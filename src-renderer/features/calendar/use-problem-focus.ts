import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import type { CalendarItem, PushProblem } from '../../../src-shared/contract/calendar';
import type { CalendarRoute } from './route';

/** The chips of the grid itself (the side panels list some of the same items). */
const GRID = ['month', 'week', 'list', 'board'].map((view) => `[data-testid="calendar-${view}"]`);

function firstChip(ids: readonly string[]): HTMLElement | null {
  for (const id of ids) {
    const chip = document.querySelector<HTMLElement>(GRID.map((grid) => `${grid} [data-id="${CSS.escape(id)}"]`).join(', '));
    if (chip) return chip;
  }
  return null;
}

interface Options {
  /** The items on screen. */
  items: readonly CalendarItem[];
  go: (patch: Partial<CalendarRoute>) => void;
  setSelected: Dispatch<SetStateAction<Set<string>>>;
}

/**
 * Clicking a rule problem selects its items and brings them into view: when none of them is on
 * screen, the calendar goes to the problem's day (a month's problem opens that month). The page
 * keeps that selection over the period change instead of clearing it (`keepSelection`).
 */
export function useProblemFocus({ items, go, setSelected }: Options) {
  const [focus, setFocus] = useState<readonly string[] | null>(null);
  const keepSelection = useRef(false);
  const itemsRef = useRef(items);
  itemsRef.current = items;

  const select = useCallback(
    (problem: PushProblem) => {
      setSelected(new Set(problem.itemIds));
      setFocus(problem.itemIds);
      const wanted = new Set(problem.itemIds);
      if (itemsRef.current.some((item) => wanted.has(item.id))) return;
      keepSelection.current = true;
      go(problem.date.length === 7 ? { view: 'month', date: `${problem.date}-01` } : { date: problem.date });
    },
    [go, setSelected],
  );

  // Once the chips are drawn (after the new period loads), the first is scrolled to the middle.
  useEffect(() => {
    if (!focus) return;
    const chip = firstChip(focus);
    // Not drawn yet (the period is loading), or on screen but folded into a day's 「还有 N 条」.
    if (!chip && !items.some((item) => focus.includes(item.id))) return;
    chip?.scrollIntoView({ block: 'center', inline: 'nearest' });
    setFocus(null);
  }, [focus, items]);

  return { select, keepSelection };
}
