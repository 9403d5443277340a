import type { FieldChange } from '../../src-shared/domain/sync/lww';

// What the outbox holds (repository.ts writes it): an update, tombstone, restore or restamp writes
// one entry per changed field; an inserted row writes ONE entry, field `*`, whose value is the JSON
// object of all its synced fields, all set at the row's clock (issue 11: 50,000 imported rows would
// otherwise append 900,000 entries). Sync (issue 14) pushes field changes, so it reads entries
// through `outboxChanges`.

/** The field name of an inserted row's one outbox entry. */
export const WHOLE_ROW = '*';

/** One outbox row as stored. */
export interface OutboxEntry {
  tbl: string;
  row_id: string;
  field: string;
  /** JSON of the value; for `*`, JSON of an object field → value. */
  value: string;
  hlc: string;
}

/** The field changes an outbox entry stands for: one for a field's entry, one per field (in the object's order) for a row's `*`. */
export function outboxChanges(entry: OutboxEntry): FieldChange[] {
  const value = JSON.parse(entry.value) as unknown;
  if (entry.field !== WHOLE_ROW) return [{ table: entry.tbl, rowId: entry.row_id, field: entry.field, value, hlc: entry.hlc }];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`outbox entry ${entry.tbl} ${entry.row_id} '*' holds no object`);
  return Object.entries(value).map(([field, fieldValue]) => ({ table: entry.tbl, rowId: entry.row_id, field, value: fieldValue as unknown, hlc: entry.hlc }));
}
