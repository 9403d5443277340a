import { decodeHlc, type HybridClock } from '../../src-shared/domain/sync/hlc';
import type { WireRow } from '../../src-shared/contract/sync-protocol';
import { syncedTable, type SyncedTable } from '../db/table-registry';
import { valuesList } from './bulk-sql';
import { quote, toSql, type StatementCache } from './statements';

// The bulk path of merging rows from HQ (a pulled page, the repository's `applyRemoteRows`):
// `applyRemote`'s rule, per field the later clock wins, decided in SQL for a whole page at once.
// Multi-row `INSERT … ON CONFLICT DO UPDATE … WHERE excluded.hlc > hlc RETURNING` records the
// winning clocks and names the winners in one statement per 500 fields; then one upsert per row
// writes the winning fields, rows with the same winning fields sharing multi-row statements.

/** A row's winning fields: SQL column → value as SQLite stores it. */
export type Winners = Map<string, Map<string, unknown>>;

type Fields = Map<string, [unknown, string]>;

/** Rows by table; within a page a row may come twice, its fields keep the newest clock. Unknown tables and fields, and nulls for NOT NULL columns, are dropped. */
function groupRows(rows: readonly WireRow[]): { tables: Map<SyncedTable, Map<string, Fields>>; newest: string } {
  const tables = new Map<SyncedTable, Map<string, Fields>>();
  let newest = '';
  for (const row of rows) {
    const meta = syncedTable(row.t);
    if (!meta) continue;
    let byId = tables.get(meta);
    if (!byId) tables.set(meta, (byId = new Map()));
    let fields = byId.get(row.r);
    for (const field in row.f) {
      if (!meta.fields.has(field)) continue;
      const [value, hlc] = row.f[field]!;
      if ((value === null || value === undefined) && meta.notNullFields.has(field)) continue;
      if (hlc > newest) newest = hlc;
      if (!fields) byId.set(row.r, (fields = new Map()));
      const held = fields.get(field);
      if (!held || hlc > held[1]) fields.set(field, [value, hlc]);
    }
  }
  return { tables, newest };
}

/** Records the clocks that win and returns the winners per row. */
function decideWinners(sql: StatementCache, meta: SyncedTable, rows: Map<string, Fields>): Winners {
  const params: unknown[] = [];
  // In key order (row id, field), along field_clocks' primary key, as `insertMany` stamps.
  for (const id of [...rows.keys()].sort()) for (const [field, [, hlc]] of [...rows.get(id)!].sort(([a], [b]) => (a < b ? -1 : 1))) params.push(meta.name, id, field, hlc);
  const winners: Winners = new Map();
  sql.runChunked(
    'clocksIfNewer',
    (count) =>
      `INSERT INTO field_clocks (tbl, row_id, field, hlc) VALUES ${valuesList(4, count)} ON CONFLICT(tbl, row_id, field) DO UPDATE SET hlc = excluded.hlc WHERE excluded.hlc > field_clocks.hlc RETURNING row_id, field`,
    4,
    params,
    (statement, chunk) => {
      for (const { row_id: id, field } of statement.all(chunk) as Array<{ row_id: string; field: string }>) {
        let won = winners.get(id);
        if (!won) winners.set(id, (won = new Map()));
        won.set(field, toSql(rows.get(id)!.get(field)![0]));
      }
    },
  );
  return winners;
}

/** One upsert per row, rows grouped by the fields they write. */
function upsertWinners(sql: StatementCache, meta: SyncedTable, winners: Winners, now: string): void {
  const groups = new Map<string, { names: string[]; params: unknown[] }>();
  for (const [id, fields] of winners) {
    const names = [...fields.keys()].sort();
    const key = names.join(',');
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { names, params: [] }));
    group.params.push(id, now);
    for (const name of names) group.params.push(fields.get(name));
  }
  for (const [key, { names, params }] of groups) {
    const set = names.map((n) => `${quote(n)} = excluded.${quote(n)}`).join(', ');
    sql.runChunked(
      `upsertMany:${meta.name}:${key}`,
      (count) => `INSERT INTO ${quote(meta.name)} (id, updated_at, ${names.map(quote).join(', ')}) VALUES ${valuesList(names.length + 2, count)} ON CONFLICT(id) DO UPDATE SET updated_at = excluded.updated_at, ${set}`,
      names.length + 2,
      params,
      (statement, chunk) => statement.run(chunk),
    );
  }
}

/**
 * Merges `rows` (call inside the repository's transaction); `touched` is told each table's
 * winners, for the change events and derived data. Returns how many field changes took effect.
 */
export function mergeRemoteRows(sql: StatementCache, clock: HybridClock, rows: readonly WireRow[], touched: (meta: SyncedTable, winners: Winners) => void): number {
  const { tables, newest } = groupRows(rows);
  if (!newest) return 0;
  clock.receive(decodeHlc(newest));
  const now = new Date().toISOString();
  let applied = 0;
  for (const [meta, byId] of tables) {
    const winners = decideWinners(sql, meta, byId);
    if (winners.size === 0) continue;
    upsertWinners(sql, meta, winners, now);
    for (const fields of winners.values()) applied += fields.size;
    touched(meta, winners);
  }
  return applied;
}
