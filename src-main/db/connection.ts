import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Opens the workspace file with the pragmas DESIGN.md §4 asks for; `readOnly` for commands that only read. */
export function openSqlite(file: string, { readOnly = false } = {}): Database.Database {
  if (readOnly) {
    const reader = new Database(file, { readonly: true, fileMustExist: true });
    reader.pragma('busy_timeout = 5000');
    return reader;
  }
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // Everything here was typed by a person: a commit must survive a power cut.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
}

export function wrapDrizzle(sqlite: Database.Database): Db {
  return drizzle({ client: sqlite, schema }) as Db;
}
