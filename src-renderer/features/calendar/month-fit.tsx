import { WarningFilled } from '@ant-design/icons';
import { memo, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../src-shared/contract/calendar';
import { useCalendarBoard } from './board-context';
import { ItemChip } from './ItemChip';

/** Chips a cell shows before it has been measured (the grid's first paint). */
const UNMEASURED_ROOM = 4;
/** A chip's height with its margin: calendar.css's `.cal-chip` until one is measured on screen. */
let chipHeight = 19;

/** The grid's size, as a value that changes when the window or the side panel resizes it (cells measure again then). */
export function useGridSize(grid: RefObject<HTMLElement | null>): string {
  const [size, setSize] = useState('');
  useLayoutEffect(() => {
    const element = grid.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setSize(`${element.clientWidth}x${element.clientHeight}`));
    observer.observe(element);
    return () => observer.disconnect();
  }, [grid]);
  return size;
}

/** How many of a day's items a cell shows: all that fit, else one line less and "还有 N 条". */
export function shownChips(total: number, room: number): number {
  return total <= room ? total : Math.max(0, room - 1);
}

interface Props {
  date: string;
  items: CalendarItem[];
  /** What the day's head shows above the items (layer names, a gap): a change measures again. */
  head: string;
  /** The grid's size: a change measures again. */
  gridSize: string;
}

/**
 * Rooms measured, by the grid's size and what a day's head shows: a day like one measured before
 * (most have no layer names) gets its room at once, and only a new kind of head is measured twice.
 */
const measured = new Map<string, number>();
const MEASURED_KEPT = 500;
/** The head of a day with no layer names and no gap (MonthGrid's `head`). */
const PLAIN_HEAD = '|';

function expectedRoom(gridSize: string, head: string): number {
  const known = measured.get(`${gridSize}#${head}`);
  if (known !== undefined) return known;
  const plain = measured.get(`${gridSize}#${PLAIN_HEAD}`);
  // Layer names take at least a line of their own.
  return plain === undefined ? UNMEASURED_ROOM : Math.max(1, plain - (head === PLAIN_HEAD ? 0 : 1));
}

/**
 * A month cell's items: as many chips as the height left under the day's head and layer names has
 * room for, then "还有 N 条". A new kind of head (or grid size) is measured after layout, before
 * paint; a cell renders twice only when its room was not the one expected.
 */
export const CellItems = memo(function CellItems({ date, items, head, gridSize }: Props) {
  const { t } = useTranslation();
  const board = useCalendarBoard();
  const box = useRef<HTMLDivElement>(null);
  const key = `${gridSize}#${head}`;
  const [fit, setFit] = useState<{ key: string; room: number } | null>(null);
  const room = fit?.key === key ? fit.room : expectedRoom(gridSize, head);
  const several = items.length > 1;
  useLayoutEffect(() => {
    const element = box.current;
    // Measured once per kind of head (rows share one height): edits and other months of known
    // kinds force no layout. One item always shows, so only a cell with several measures.
    if (!element || !several) return;
    let fits = measured.get(key);
    if (fits === undefined) {
      // The height a chip takes, margins included: the chips shown, from the box's top to the last one's bottom.
      const chips = element.querySelectorAll<HTMLElement>(':scope > .cal-chip');
      const top = element.getBoundingClientRect().top;
      if (chips.length) chipHeight = (chips[chips.length - 1]!.getBoundingClientRect().bottom - top) / chips.length;
      fits = Math.max(1, Math.floor((element.clientHeight + 0.5) / chipHeight));
      if (measured.size > MEASURED_KEPT) measured.clear();
      measured.set(key, fits);
    }
    if (fits !== room) setFit({ key, room: fits });
  }, [several, key, room]);
  const shown = shownChips(items.length, room);
  const hidden = items.length - shown;
  // A rule problem folded into 「还有 N 条」 is marked there too.
  const hiddenProblem = items.slice(shown).some((item) => board.problemsOf.has(item.id));
  return (
    <div ref={box} className="cal-cell__items">
      {items.slice(0, shown).map((item) => (
        <ItemChip key={item.id} item={item} layout="clamp" />
      ))}
      {hidden > 0 && (
        <div
          data-testid="calendar-more"
          className={hiddenProblem ? 'cal-more cal-more--problem' : 'cal-more'}
          title={hiddenProblem ? t('calendar.grid.moreProblem') : undefined}
          role="button"
          onClick={(e) => {
            e.stopPropagation();
            board.onShowDay(date);
          }}
        >
          {hiddenProblem && <WarningFilled />} {t('calendar.more', { count: hidden })}
        </div>
      )}
    </div>
  );
});
