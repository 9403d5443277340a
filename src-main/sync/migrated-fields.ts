import type Database from 'better-sqlite3';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { calendarItems } from '../db/schema';
import type { SyncRepository } from './repository';

// A migration's plain SQL changes rows behind the repository's back: no field clock moves and no
// outbox row is written, so sync would never send the change, and HQ's older value would look as
// new as ours. Each such migration is listed here with the rows it changed; on the first open after
// it (a flag in local_state says it is done), those fields are stamped as a new edit, as
// restampAll does after a restore.

interface MigratedFields {
  /** The migration's name without its number (which may change when branches are merged). */
  migration: string;
  table: SQLiteTable;
  /** Property names of the changed fields. */
  fields: readonly string[];
  /** Selects the ids of the rows the migration changed, as they are after it. */
  rows: string;
}

const MIGRATED: readonly MigratedFields[] = [
  {
    migration: 'clear_non_wechat_slots',
    table: calendarItems,
    fields: ['slot'],
    rows: "SELECT id FROM calendar_items WHERE slot = 0 AND account_id IN (SELECT id FROM accounts WHERE platform NOT IN ('wechat_subscription', 'wechat_service'))",
  },
];

/** Stamps what the listed migrations changed, once per workspace; run after migrating, before anything else writes. */
export function stampMigratedFields(sqlite: Database.Database, repo: SyncRepository): void {
  for (const { migration, table, fields, rows } of MIGRATED) {
    const flag = `stamped.${migration}`;
    if (sqlite.prepare('SELECT 1 FROM local_state WHERE key = ?').get(flag)) continue;
    repo.transaction(() => {
      for (const { id } of sqlite.prepare(rows).all() as Array<{ id: string }>) repo.restamp(table, id, fields);
      sqlite.prepare('INSERT INTO local_state (key, value) VALUES (?, ?)').run(flag, new Date().toISOString());
    });
  }
}
