import type { SyncedTable } from '../db/table-registry';
import { storedAsGiven, valuesList } from './bulk-sql';
import { quote, toSql, type StatementCache } from './statements';

// The rows part of the repository's `insertMany`: multi-row INSERTs of reused statements, grouped
// by the fields each row gives, reading back only what SQLite does not store as given.

export type RowValues = Record<string, unknown>;

/** Writes the rows, grouped by the fields they give; returns each row's stored values in `meta.fields` order. */
export function insertRows(statements: StatementCache, meta: SyncedTable, ids: readonly string[], rows: readonly RowValues[], now: string): unknown[][] {
  const fields = [...meta.fields.keys()];
  const affinities = statements.affinities(meta.name);
  const groups = new Map<string, { names: string[]; members: number[] }>();
  const given: unknown[][] = rows.map((values, i) => {
    const names = ['created_at'];
    const row: unknown[] = [now];
    for (const [field, key] of meta.fields) {
      if (values[key] === undefined || field === 'created_at') continue;
      names.push(field);
      row.push(toSql(values[key]));
    }
    const key = names.join(',');
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { names, members: [] }));
    group.members.push(i);
    return row;
  });
  const stored: unknown[][] = new Array(rows.length);
  for (const { names, members } of groups.values()) {
    // Fields not given take the column's default, and a value SQLite converts (text in an
    // INTEGER column …) is not what was given: those are read back from the INSERT itself.
    // (No trigger changes synced rows; one that did would need every field read back.)
    const readBack = new Set(fields.filter((field) => !names.includes(field)));
    for (const i of members) given[i]!.forEach((value, n) => !storedAsGiven(value, affinities.get(names[n]!)) && readBack.add(names[n]!));
    const returning = readBack.size ? ` RETURNING id, ${[...readBack].map(quote).join(', ')}` : '';
    const sql = (count: number) => `INSERT INTO ${quote(meta.name)} (id, updated_at, ${names.map(quote).join(', ')}) VALUES ${valuesList(names.length + 2, count)}${returning}`;
    const params: unknown[] = [];
    for (const i of members) params.push(ids[i], now, ...given[i]!);
    const returned = new Map<string, Record<string, unknown>>();
    statements.runChunked(`insert:${meta.name}:${names.join(',')}${returning}`, sql, names.length + 2, params, (statement, chunk) => {
      if (!returning) statement.run(chunk);
      else for (const row of statement.all(chunk) as Array<Record<string, unknown>>) returned.set(String(row.id), row);
    });
    const at = new Map(names.map((name, n) => [name, n]));
    for (const i of members) {
      const back = returned.get(ids[i]!);
      stored[i] = fields.map((field) => (readBack.has(field) ? back?.[field] : given[i]![at.get(field)!]));
    }
  }
  return stored;
}
