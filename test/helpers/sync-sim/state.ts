import type Database from 'better-sqlite3';
import type { WireRow } from '../../../src-shared/contract/sync-protocol';
import { applyFieldChanges, stateChanges, type FieldChange, type MergedState } from '../../../src-shared/domain/sync/lww';
import { SYNCED_TABLES } from '../../../src-main/db/table-registry';
import { quote, toJson } from '../../../src-main/sync/statements';

// The three views of the data the simulation compares, all as lww's MergedState (table → row →
// field → {value, hlc}), values as the wire carries them (JSON: booleans as booleans):
// - the oracle: every change any replica made, merged by src-shared's last-writer-wins;
// - a replica: its synced tables' rows with each field's clock from `field_clocks`;
// - HQ: every row a pull from the beginning returns.

/** What the data should be: every field change any replica wrote, merged by the shared LWW rule. */
export class Oracle {
  readonly state: MergedState = new Map();
  changes = 0;

  add(changes: readonly FieldChange[]): void {
    this.changes += changes.length;
    applyFieldChanges(this.state, changes);
  }
}

/** A value as it travels: through JSON, as the outbox and the wire hold it. */
function asWire(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}

/** A replica's synced rows, every field with its clock; a field without a clock has hlc ''. A clock without a row shows as a field with value `undefined`. */
export function replicaState(sqlite: Database.Database): MergedState {
  const clocks = new Map<string, string>();
  for (const c of sqlite.prepare('SELECT tbl, row_id, field, hlc FROM field_clocks').all() as Array<{ tbl: string; row_id: string; field: string; hlc: string }>) {
    clocks.set(`${c.tbl}\u0000${c.row_id}\u0000${c.field}`, c.hlc);
  }
  const changes: FieldChange[] = [];
  for (const meta of SYNCED_TABLES) {
    for (const row of sqlite.prepare(`SELECT * FROM ${quote(meta.name)}`).all() as Array<Record<string, unknown>>) {
      const rowId = String(row.id);
      for (const field of meta.fields.keys()) {
        const key = `${meta.name}\u0000${rowId}\u0000${field}`;
        changes.push({ table: meta.name, rowId, field, value: asWire(toJson(meta, field, row[field])), hlc: clocks.get(key) ?? '' });
        clocks.delete(key);
      }
    }
  }
  for (const [key, hlc] of clocks) {
    const [table, rowId, field] = key.split('\u0000') as [string, string, string];
    changes.push({ table, rowId, field, value: undefined, hlc });
  }
  return stateOf(changes);
}

/** HQ's rows as pulled (whole rows, every field with its clock). */
export function pulledState(rows: readonly WireRow[]): MergedState {
  const changes: FieldChange[] = [];
  for (const row of rows) for (const [field, [value, hlc]] of Object.entries(row.f)) changes.push({ table: row.t, rowId: row.r, field, value: asWire(value), hlc });
  return stateOf(changes);
}

/** Builds a state holding exactly these changes (no merging: a later one of the same field replaces). */
function stateOf(changes: readonly FieldChange[]): MergedState {
  const state: MergedState = new Map();
  for (const c of changes) {
    let rows = state.get(c.table);
    if (!rows) state.set(c.table, (rows = new Map()));
    let fields = rows.get(c.rowId);
    if (!fields) rows.set(c.rowId, (fields = new Map()));
    fields.set(c.field, { value: c.value, hlc: c.hlc });
  }
  return state;
}

/**
 * Where `actual` differs from `expected`, one line per field (at most `limit` lines):
 * `accounts/acc-3.name: expected "悦汇"@<hlc>, got "华东"@<hlc>`; a row missing or extra is one line.
 */
export function diffStates(expected: MergedState, actual: MergedState, limit = 12): string[] {
  const lines: string[] = [];
  const show = (s: { value: unknown; hlc: string } | undefined) => (s ? `${s.value === undefined ? '(no row)' : JSON.stringify(s.value)}@${s.hlc || '(no clock)'}` : '(none)');
  const tables = new Set([...expected.keys(), ...actual.keys()]);
  for (const table of [...tables].sort()) {
    const want = expected.get(table) ?? new Map();
    const got = actual.get(table) ?? new Map();
    for (const rowId of [...new Set([...want.keys(), ...got.keys()])].sort()) {
      const wantRow = want.get(rowId);
      const gotRow = got.get(rowId);
      if (!gotRow || !wantRow) {
        lines.push(`${table}/${rowId}: ${wantRow ? 'missing' : 'unexpected row'}`);
        continue;
      }
      for (const field of [...new Set([...wantRow.keys(), ...gotRow.keys()])].sort()) {
        const a = wantRow.get(field);
        const b = gotRow.get(field);
        if (a?.hlc === b?.hlc && JSON.stringify(a?.value) === JSON.stringify(b?.value)) continue;
        lines.push(`${table}/${rowId}.${field}: expected ${show(a)}, got ${show(b)}`);
      }
    }
  }
  return lines.length > limit ? [...lines.slice(0, limit), `… and ${lines.length - limit} more`] : lines;
}

/** How many fields a state holds (for the summary line). */
export function fieldCount(state: MergedState): number {
  let n = 0;
  for (const _ of stateChanges(state)) n++;
  return n;
}
