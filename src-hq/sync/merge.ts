import type { WireRow } from '../../src-shared/contract/sync-protocol';
import { wins } from '../../src-shared/domain/sync/lww';
import type { StoredFields } from '../db/schema';

// Merging a pushed batch into the rows HQ holds: per field, with the desktop's `wins()`.
// Pure, so the push transaction's database work is one read and one write.

export interface MergedRow {
  t: string;
  r: string;
  f: StoredFields;
}

export const rowKey = (t: string, r: string): string => `${t}\u0000${r}`;

/** Rows of the same id in one batch become one, field by field (the batch is applied as a whole). */
export function dedupeRows(rows: readonly WireRow[]): MergedRow[] {
  const byKey = new Map<string, MergedRow>();
  for (const row of rows) {
    const key = rowKey(row.t, row.r);
    const into = byKey.get(key);
    if (!into) {
      byKey.set(key, { t: row.t, r: row.r, f: { ...(row.f as StoredFields) } });
      continue;
    }
    for (const [field, [value, hlc]] of Object.entries(row.f)) {
      const current = into.f[field];
      if (wins({ value, hlc }, current && { value: current[0], hlc: current[1] })) into.f[field] = [value, hlc];
    }
  }
  return [...byKey.values()];
}

export interface MergeResult {
  /** Rows with at least one field that took effect, whole (existing fields kept). */
  changed: MergedRow[];
  /** Field changes that took effect. */
  applied: number;
}

/** Merges incoming rows over what HQ holds (`existing` by `rowKey`). */
export function mergeRows(incoming: readonly MergedRow[], existing: ReadonlyMap<string, StoredFields>): MergeResult {
  const changed: MergedRow[] = [];
  let applied = 0;
  for (const row of incoming) {
    const held = existing.get(rowKey(row.t, row.r));
    const fields: StoredFields = { ...held };
    let took = 0;
    for (const [field, [value, hlc]] of Object.entries(row.f)) {
      const current = fields[field];
      if (wins({ value, hlc }, current && { value: current[0], hlc: current[1] })) {
        fields[field] = [value, hlc];
        took++;
      }
    }
    if (took > 0) changed.push({ t: row.t, r: row.r, f: fields });
    applied += took;
  }
  return { changed, applied };
}

/** The `deleted_at` column's copy of a row's tombstone field (null while the row lives). */
export function deletedAtOf(fields: StoredFields): string | null {
  const value = fields.deleted_at?.[0];
  return value === null || value === undefined ? null : String(value);
}
