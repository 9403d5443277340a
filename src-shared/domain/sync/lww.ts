import { compareHlc, decodeHlc } from './hlc';

// Per-field last-writer-wins, the merge rule of DESIGN.md §5. The desktop applies it in SQLite
// and the HQ server in PostgreSQL; both follow this function, which the property tests pin down.

/** One field of one row set to a value at a clock. `value` is JSON-compatible. */
export interface FieldChange {
  table: string;
  rowId: string;
  field: string;
  value: unknown;
  /** Encoded HLC (see hlc.ts). */
  hlc: string;
}

export interface FieldState {
  value: unknown;
  hlc: string;
}

/** table → row id → field → state */
export type MergedState = Map<string, Map<string, Map<string, FieldState>>>;

/**
 * Whether `incoming` replaces `current`. Later clock wins; equal clocks (only the same change
 * seen twice, since clocks carry the node id) fall back to comparing the encoded values, so the
 * outcome never depends on arrival order.
 */
export function wins(incoming: FieldState, current: FieldState | undefined): boolean {
  if (!current) return true;
  const byClock = compareHlc(decodeHlc(incoming.hlc), decodeHlc(current.hlc));
  if (byClock !== 0) return byClock > 0;
  return JSON.stringify(incoming.value) > JSON.stringify(current.value);
}

/** Applies changes to a state (in place) and returns the changes that took effect. */
export function applyFieldChanges(state: MergedState, changes: Iterable<FieldChange>): FieldChange[] {
  const applied: FieldChange[] = [];
  for (const change of changes) {
    let rows = state.get(change.table);
    if (!rows) state.set(change.table, (rows = new Map()));
    let fields = rows.get(change.rowId);
    if (!fields) rows.set(change.rowId, (fields = new Map()));
    const incoming = { value: change.value, hlc: change.hlc };
    if (wins(incoming, fields.get(change.field))) {
      fields.set(change.field, incoming);
      applied.push(change);
    }
  }
  return applied;
}

export function* stateChanges(state: MergedState): Generator<FieldChange> {
  for (const [table, rows] of state) for (const [rowId, fields] of rows) for (const [field, s] of fields) yield { table, rowId, field, value: s.value, hlc: s.hlc };
}

/** The merge of two states: commutative, associative and idempotent. */
export function mergeStates(a: MergedState, b: MergedState): MergedState {
  const result: MergedState = new Map();
  applyFieldChanges(result, stateChanges(a));
  applyFieldChanges(result, stateChanges(b));
  return result;
}

/** Plain-object form of a state, for comparing states in tests and logs. */
export function stateToObject(state: MergedState): Record<string, Record<string, Record<string, FieldState>>> {
  const out: Record<string, Record<string, Record<string, FieldState>>> = {};
  for (const change of stateChanges(state)) ((out[change.table] ??= {})[change.rowId] ??= {})[change.field] = { value: change.value, hlc: change.hlc };
  return out;
}
