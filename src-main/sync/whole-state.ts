import type Database from 'better-sqlite3';
import type { WireRow } from '../../src-shared/contract/sync-protocol';
import { SYNCED_TABLES, type SyncedTable } from '../db/table-registry';
import { quote, toJson } from './statements';

// Every synced row of the workspace with its field clocks, as a whole-state upload sends it (the
// first device, a merge, a gap the outbox can no longer fill). Values are what the outbox would
// hold (booleans as booleans); a field without a clock is not sent (it lost to nothing yet).

const PAGE_ROWS = 500;

function* tableRows(sqlite: Database.Database, meta: SyncedTable): Generator<WireRow> {
  const rowsAfter = sqlite.prepare(`SELECT * FROM ${quote(meta.name)} WHERE id > ? ORDER BY id LIMIT ${PAGE_ROWS}`);
  const clocksOf = sqlite.prepare('SELECT row_id, field, hlc FROM field_clocks WHERE tbl = ? AND row_id >= ? AND row_id <= ?');
  for (let after = ''; ;) {
    const rows = rowsAfter.all(after) as Array<Record<string, unknown> & { id: string }>;
    if (rows.length === 0) return;
    const clocks = new Map<string, Array<{ field: string; hlc: string }>>();
    for (const clock of clocksOf.all(meta.name, rows[0]!.id, rows.at(-1)!.id) as Array<{ row_id: string; field: string; hlc: string }>) {
      let list = clocks.get(clock.row_id);
      if (!list) clocks.set(clock.row_id, (list = []));
      list.push(clock);
    }
    for (const row of rows) {
      const f: WireRow['f'] = {};
      for (const { field, hlc } of clocks.get(row.id) ?? []) if (meta.fields.has(field)) f[field] = [toJson(meta, field, row[field]) ?? null, hlc];
      if (Object.keys(f).length > 0) yield { t: meta.name, r: row.id, f };
    }
    after = rows.at(-1)!.id;
  }
}

export function* wholeStateRows(sqlite: Database.Database): Generator<WireRow> {
  for (const meta of SYNCED_TABLES) yield* tableRows(sqlite, meta);
}
