import { useLayoutEffect, useState, type RefObject } from 'react';

/** Chips a cell shows before it has been measured (the first paint of the grid). */
export const UNMEASURED_ROOM = 4;
/** A chip's height with its margin (calendar.css `.cal-chip`), until one is on screen to measure. */
const CHIP_HEIGHT = 19;

/**
 * How many chips each day cell of the month grid has room for, in the order of its cells: the
 * height left to `.cal-cell__items` once the day's head and layer names are laid out, divided by
 * a chip's height. Measured after layout, before paint, and again when the grid is resized (the
 * window, the side panel) or what changes a cell's head changes (`deps`).
 */
export function useChipRoom(grid: RefObject<HTMLElement | null>, deps: readonly unknown[]): readonly number[] {
  const [room, setRoom] = useState<readonly number[]>([]);
  const [size, setSize] = useState('');
  useLayoutEffect(() => {
    const element = grid.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setSize(`${element.clientWidth}x${element.clientHeight}`));
    observer.observe(element);
    return () => observer.disconnect();
  }, [grid]);
  useLayoutEffect(() => {
    const element = grid.current;
    if (!element) return;
    const chip = element.querySelector<HTMLElement>('.cal-chip');
    const chipHeight = chip ? chip.offsetHeight + parseFloat(getComputedStyle(chip).marginTop || '0') : CHIP_HEIGHT;
    const boxes = element.querySelectorAll<HTMLElement>('.cal-cell__items');
    const next = Array.from(boxes, (box) => Math.max(1, Math.floor((box.clientHeight + 1) / chipHeight)));
    setRoom((before) => (before.length === next.length && before.every((n, i) => n === next[i]) ? before : next));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `deps` lists what changes the cells' heads
  }, [grid, size, ...deps]);
  return room;
}

/** How many of a day's items a cell shows: all that fit, else one line less and "还有 N 条". */
export function shownChips(total: number, room: number): number {
  return total <= room ? total : Math.max(0, room - 1);
}
