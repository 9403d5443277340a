import { useState, type DragEvent } from 'react';
import type { CalendarItem } from '../../../src-shared/contract/calendar';
import { daysInclusive } from '../../../src-shared/domain/dates';
import type { MoveTarget } from './store';

// Drag and drop of calendar items with the browser's own HTML5 events (no library): a chip carries
// the ids it moves; days, week cells, board columns and the topic pool accept them.

const ITEMS_MIME = 'application/x-opsbench-items';

/** Starts dragging `ids` (the chip, or every selected item when the chip is selected, the dragged chip's id first). */
export function startItemDrag(event: DragEvent, ids: string[]): void {
  event.dataTransfer.setData(ITEMS_MIME, JSON.stringify(ids));
  event.dataTransfer.effectAllowed = 'copyMove';
}

/** Holding Ctrl, ⌥ or ⌘ while dropping copies instead of moving (where the target can copy). */
const wantsCopy = (event: DragEvent) => event.ctrlKey || event.altKey || event.metaKey;

function droppedIds(event: DragEvent): string[] {
  try {
    const ids: unknown = JSON.parse(event.dataTransfer.getData(ITEMS_MIME) || '[]');
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Props that make an element accept dropped items, and whether items hover over it now.
 * `canCopy: false` (a board column: a status is no place for a copy) always moves.
 */
export function useItemDrop(onDrop: (ids: string[], copy: boolean) => void, canCopy = true) {
  const [over, setOver] = useState(false);
  const accepts = (event: DragEvent) => event.dataTransfer.types.includes(ITEMS_MIME);
  const props = {
    onDragOver(event: DragEvent) {
      if (!accepts(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = canCopy && wantsCopy(event) ? 'copy' : 'move';
      if (!over) setOver(true);
    },
    onDragLeave(event: DragEvent) {
      // Leaving for a child of the same target is not leaving.
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
    },
    onDrop(event: DragEvent) {
      if (!accepts(event)) return;
      event.preventDefault();
      event.stopPropagation();
      setOver(false);
      const ids = droppedIds(event);
      if (ids.length) onDrop(ids, canCopy && wantsCopy(event));
    },
  };
  return { over, props };
}

/**
 * Where a drop sends dragged items, by the one dragged (`anchor`): a selection keeps the days
 * between its items (Mon/Wed/Fri dragged by Monday's onto next Tuesday land Tue/Thu/Sat), and a
 * drop in the anchor's own row of the week view leaves each item on its own account. One item,
 * or a drop on the pool or a status, goes where it is dropped.
 */
export function spacedDrop(count: number, target: MoveTarget, anchor: Pick<CalendarItem, 'date' | 'accountId'> | undefined): MoveTarget {
  if (count < 2 || !anchor) return target;
  const { accountId, ...rest } = target;
  const spaced: MoveTarget = accountId && accountId !== anchor.accountId ? target : rest;
  return anchor.date && target.date ? { ...spaced, days: daysInclusive(anchor.date, target.date) - 1 } : spaced;
}
