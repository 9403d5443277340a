import { getTableName, is } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../../src-main/db/connection';
import { defaultMigrationsDir, runMigrations } from '../../../src-main/db/migrate';
import * as schema from '../../../src-main/db/schema';
import { OTHER_TABLES, SYNCED_TABLES } from '../../../src-main/db/table-registry';

// DESIGN.md §5: sync can only be trusted with tables it knows. A table added to the schema but
// not to the registry would be written outside the repository's clocks and never reach HQ.

const registered = [...SYNCED_TABLES, ...OTHER_TABLES].map((t) => t.name).sort();
const schemaTables = Object.values(schema)
  .filter((value) => is(value, SQLiteTable))
  .map((table) => getTableName(table))
  .sort();

function migratedTables(): string[] {
  const sqlite = openSqlite(':memory:');
  try {
    runMigrations(sqlite, defaultMigrationsDir());
    const rows = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").all() as Array<{ name: string }>;
    return rows.map((r) => r.name).sort();
  } finally {
    sqlite.close();
  }
}

describe('the table registry', () => {
  it('declares every table of the drizzle schema as synced, local or HQ-owned', () => {
    expect(schemaTables.filter((name) => !registered.includes(name))).toEqual([]);
  });

  it('declares each table once', () => {
    expect(registered.filter((name, i) => registered.indexOf(name) !== i)).toEqual([]);
  });

  it('names exactly the tables a freshly migrated workspace has', () => {
    expect(registered).toEqual(migratedTables());
  });
});
