import { MAX_BATCH_BYTES, MAX_BATCH_CHANGES, type WireRow } from '../../src-shared/contract/sync-protocol';
import { outboxChanges, type OutboxEntry } from './outbox';

// Cutting what a device pushes into batches HQ accepts (≤ MAX_BATCH_CHANGES field changes,
// ≤ MAX_BATCH_BYTES of JSON). An outbox batch ends at an entry's boundary, because its `upTo` is
// the last entry's seq; its changes are grouped by row, and a field changed by several entries
// keeps only its newest [value, clock] (what LWW would keep of them anyway).

export interface BatchLimits {
  changes: number;
  bytes: number;
}

export const PROTOCOL_LIMITS: BatchLimits = { changes: MAX_BATCH_CHANGES, bytes: MAX_BATCH_BYTES };

export interface OutboxRow extends OutboxEntry {
  seq: number;
}

export interface PushBatch {
  rows: WireRow[];
  /** The seq of the batch's last entry. */
  upTo: number;
  /** Field changes the batch carries (distinct table, row, field). */
  changes: number;
  /** How many of the given entries it took. */
  entries: number;
}

/** The UTF-8 bytes a row's frame adds to the JSON (`{"t":…,"r":…,"f":{}},`). */
const rowBytes = (t: string, r: string) => Buffer.byteLength(t) + Buffer.byteLength(r) + 24;
/** The bytes one field adds (`"name":[value,"hlc"],`); a replaced field is counted again, which only errs on the small side. */
const fieldBytes = (field: string, value: unknown, hlc: string) => Buffer.byteLength(JSON.stringify(field)) + Buffer.byteLength(JSON.stringify([value, hlc])) + 2;

/** Accumulates rows under the limits; `fits` tells whether more may join (the first always does). */
class BatchBuilder {
  readonly rows = new Map<string, WireRow>();
  changes = 0;
  // The envelope around the rows: {"after":…,"upTo":…,"appVersion":"…","state":true,"rows":[…]}.
  bytes = 256;

  constructor(private readonly limits: BatchLimits) {}

  /** What adding these changes would cost: [new distinct fields, bytes]. */
  cost(changes: ReadonlyArray<{ table: string; rowId: string; field: string; value: unknown; hlc: string }>): [number, number] {
    let fields = 0;
    let bytes = 0;
    const newRows = new Set<string>();
    for (const change of changes) {
      const key = `${change.table}\u0000${change.rowId}`;
      const row = this.rows.get(key);
      if (!row && !newRows.has(key)) {
        newRows.add(key);
        bytes += rowBytes(change.table, change.rowId);
      }
      if (!row?.f[change.field]) fields++;
      bytes += fieldBytes(change.field, change.value, change.hlc);
    }
    return [fields, bytes];
  }

  fits([fields, bytes]: [number, number]): boolean {
    return this.rows.size === 0 || (this.changes + fields <= this.limits.changes && this.bytes + bytes <= this.limits.bytes);
  }

  add(changes: ReadonlyArray<{ table: string; rowId: string; field: string; value: unknown; hlc: string }>, [fields, bytes]: [number, number]): void {
    for (const change of changes) {
      const key = `${change.table}\u0000${change.rowId}`;
      let row = this.rows.get(key);
      if (!row) this.rows.set(key, (row = { t: change.table, r: change.rowId, f: {} }));
      const held = row.f[change.field];
      if (!held || change.hlc > held[1]) row.f[change.field] = [change.value, change.hlc];
    }
    this.changes += fields;
    this.bytes += bytes;
  }
}

/** The next batch of outbox entries (given in seq order), or undefined when there are none. */
export function takeBatch(entries: readonly OutboxRow[], limits: BatchLimits = PROTOCOL_LIMITS): PushBatch | undefined {
  if (entries.length === 0) return undefined;
  const builder = new BatchBuilder(limits);
  let taken = 0;
  for (const entry of entries) {
    const changes = outboxChanges(entry);
    const cost = builder.cost(changes);
    if (!builder.fits(cost)) break;
    builder.add(changes, cost);
    taken++;
  }
  return { rows: [...builder.rows.values()], upTo: entries[taken - 1]!.seq, changes: builder.changes, entries: taken };
}

/** Whole rows (a whole-state upload) cut into pages under the limits; a row is never split. */
export function* pagesOfRows(rows: Iterable<WireRow>, limits: BatchLimits = PROTOCOL_LIMITS): Generator<WireRow[]> {
  let builder = new BatchBuilder(limits);
  for (const row of rows) {
    const changes = Object.entries(row.f).map(([field, [value, hlc]]) => ({ table: row.t, rowId: row.r, field, value, hlc }));
    let cost = builder.cost(changes);
    if (!builder.fits(cost)) {
      yield [...builder.rows.values()];
      builder = new BatchBuilder(limits);
      cost = builder.cost(changes);
    }
    builder.add(changes, cost);
  }
  if (builder.rows.size > 0) yield [...builder.rows.values()];
}
