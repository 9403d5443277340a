import type Database from 'better-sqlite3';
import { SYNCED_TABLES } from '../db/table-registry';
import { raiseSequence } from './outbox-queue';
import type { SyncRepository } from './repository';

/**
 * Makes a restored backup sync-correct. A file copied back carries old clocks, so the first sync
 * would let HQ's newer values win field by field and bring back rows made after the backup.
 * Instead, every restored field is stamped anew, and rows that existed just before the restore
 * but not in the backup are tombstoned, so the restore reaches HQ as what it is: a new edit.
 * For HQ the device stays where it was: its sync state (cursor, what HQ acknowledged) is the one
 * from before the restore, and its outbox counter continues past the seqs it had already used.
 */
export function reconcileRestore(sqlite: Database.Database, repo: SyncRepository, priorFile: string): void {
  sqlite.prepare('ATTACH DATABASE ? AS prior').run(priorFile);
  try {
    repo.transaction(() => {
      sqlite.prepare("DELETE FROM main.local_state WHERE key LIKE 'sync.%'").run();
      sqlite.prepare("INSERT INTO main.local_state (key, value) SELECT key, value FROM prior.local_state WHERE key LIKE 'sync.%'").run();
      const priorSeq = sqlite.prepare("SELECT seq FROM prior.sqlite_sequence WHERE name = 'outbox'").pluck().get() as number | undefined;
      if (priorSeq !== undefined) raiseSequence(sqlite, priorSeq);
      repo.restampAll();
      for (const meta of SYNCED_TABLES) {
        const sql = `SELECT * FROM prior."${meta.name}" WHERE id NOT IN (SELECT id FROM main."${meta.name}")`;
        for (const row of sqlite.prepare(sql).all() as Array<Record<string, unknown>>) {
          const values = Object.fromEntries([...meta.fields].map(([field, key]) => [key, row[field]]));
          const id = repo.insert(meta.table, { ...values, id: row.id });
          repo.tombstone(meta.table, id);
        }
      }
    });
  } finally {
    sqlite.prepare('DETACH DATABASE prior').run();
  }
}
