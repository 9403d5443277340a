import type Database from 'better-sqlite3';
import type { OutboxRow } from './push-batches';

// The outbox as sync reads and trims it (a local table: the repository appends, sync removes
// what HQ acknowledged). Entries after `ackedThrough` are the pending ones.

export function pendingEntries(sqlite: Database.Database, after: number, limit: number): OutboxRow[] {
  return sqlite.prepare('SELECT seq, tbl, row_id, field, value, hlc FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?').all(after, limit) as OutboxRow[];
}

export function pendingCount(sqlite: Database.Database, after: number): number {
  return (sqlite.prepare('SELECT count(*) AS n FROM outbox WHERE seq > ?').get(after) as { n: number }).n;
}

/** The newest entry's seq (0 for an empty outbox). */
export function lastSeq(sqlite: Database.Database): number {
  return (sqlite.prepare('SELECT coalesce(max(seq), 0) AS seq FROM outbox').get() as { seq: number }).seq;
}

/** Drops the entries HQ holds. */
export function dropThrough(sqlite: Database.Database, seq: number): void {
  sqlite.prepare('DELETE FROM outbox WHERE seq <= ?').run(seq);
}

/** Drops every entry (a workspace that takes HQ's data instead of its own). */
export function dropAll(sqlite: Database.Database): void {
  sqlite.prepare('DELETE FROM outbox').run();
}

/** Whether a row still has changes waiting for HQ (a re-snapshot keeps such rows). */
export function rowsWithPendingEntries(sqlite: Database.Database, table: string): Set<string> {
  return new Set((sqlite.prepare('SELECT DISTINCT row_id FROM outbox WHERE tbl = ?').all(table) as Array<{ row_id: string }>).map((r) => r.row_id));
}

/**
 * Makes the next outbox seq come after `seq`: HQ takes a batch whose seqs it already holds for a
 * duplicate, so a seq must never be reused, not after HQ acknowledged more than this file ever
 * wrote (a whole-state upload's `upTo`) nor after a restored backup rewound the file's counter.
 */
export function raiseSequence(sqlite: Database.Database, seq: number): void {
  const updated = sqlite.prepare("UPDATE sqlite_sequence SET seq = ? WHERE name = 'outbox' AND seq < ?").run(seq, seq).changes;
  if (updated === 0 && !sqlite.prepare("SELECT 1 FROM sqlite_sequence WHERE name = 'outbox'").get()) sqlite.prepare("INSERT INTO sqlite_sequence (name, seq) VALUES ('outbox', ?)").run(seq);
}
