import type { CalendarItem, RevertChange, RevertFields } from '../../contract/calendar';

// The two ways of a step of the calendar's history, as `calendar.revertItems` takes them: undo
// puts back what the step replaced where the item still holds what the step wrote; redo does the
// same the other way. Built from the items before and after the step (the back end's answers).

/** What a step needs to be undone and redone. */
export interface StepChanges {
  undo: RevertChange[];
  redo: RevertChange[];
}

/** The item fields a step can change and an undo put back (the tombstone aside). */
const FIELDS = ['accountId', 'date', 'time', 'slot', 'columnId', 'title', 'notes', 'ownerId', 'dueDate', 'status', 'tags'] as const;
type Field = (typeof FIELDS)[number];
/** An item's fields as they were before a step: all of them, or the ones a move reports (Placement). */
export type ItemValues = { id: string } & Partial<Pick<CalendarItem, Field>>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sorted = (tags: readonly string[]) => [...tags].sort();
const valueOf = (item: ItemValues, field: Field) => (field === 'tags' ? sorted(item.tags ?? []) : item[field]);

function fieldsOf(item: ItemValues, pick: (value: unknown) => { expect: unknown; restore: unknown }): RevertFields {
  const fields: Record<string, unknown> = {};
  for (const field of FIELDS) if (item[field] !== undefined) fields[field] = pick(valueOf(item, field));
  return fields as RevertFields;
}

/** A step that changed items: per item, the fields whose values differ between before and after. */
export function changesBetween(before: readonly ItemValues[], after: readonly CalendarItem[]): StepChanges {
  const byId = new Map(after.map((item) => [item.id, item]));
  const undo: RevertChange[] = [];
  const redo: RevertChange[] = [];
  for (const old of before) {
    const now = byId.get(old.id);
    if (!now) continue;
    const back: Record<string, unknown> = {};
    const forth: Record<string, unknown> = {};
    for (const field of FIELDS) {
      if (old[field] === undefined) continue;
      const [was, is] = [valueOf(old, field), valueOf(now, field)];
      if (same(was, is)) continue;
      back[field] = { expect: is, restore: was };
      forth[field] = { expect: was, restore: is };
    }
    if (Object.keys(back).length === 0) continue;
    undo.push({ id: old.id, fields: back as RevertFields });
    redo.push({ id: old.id, fields: forth as RevertFields });
  }
  return { undo, redo };
}

/**
 * Deleting an item as it is: every field must still hold its value (a check that writes
 * nothing), so an item changed since is left in place.
 */
const deleting = (item: CalendarItem): RevertChange => ({ id: item.id, fields: { ...fieldsOf(item, (value) => ({ expect: value, restore: value })), deleted: { expect: false, restore: true } } });
const bringingBack = (id: string): RevertChange => ({ id, fields: { deleted: { expect: true, restore: false } } });

/** A step that created items (create, copy, fill, import): undo deletes each one not changed since; redo brings them back. */
export function createdChanges(items: readonly CalendarItem[]): StepChanges {
  return { undo: items.map(deleting), redo: items.map((item) => bringingBack(item.id)) };
}

/** A step that deleted items (as they were): undo brings them back; redo deletes each one not changed since. */
export function deletedChanges(items: readonly CalendarItem[]): StepChanges {
  return { undo: items.map((item) => bringingBack(item.id)), redo: items.map(deleting) };
}
