import { useState, type DragEvent } from 'react';

// Drag and drop of calendar items with the browser's own HTML5 events (no library): a chip carries
// the ids it moves; days, week cells, board columns and the topic pool accept them.

const ITEMS_MIME = 'application/x-opsbench-items';

/** Starts dragging `ids` (the chip, or every selected item when the chip is selected). */
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
