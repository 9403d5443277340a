import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { openSqlite } from '../../../src-main/db/connection';
import { defaultMigrationsDir, runMigrations } from '../../../src-main/db/migrate';
import { stampMigratedFields } from '../../../src-main/sync/migrated-fields';
import { outboxChanges, type OutboxEntry } from '../../../src-main/sync/outbox';
import { loadLastClock, SyncRepository } from '../../../src-main/sync/repository';
import { decodeHlc, HybridClock } from '../../../src-shared/domain/sync/hlc';
import type { Oracle } from './state';
import type { SkewedWallClock } from './sim-clock';

// One desktop of the simulation: a real workspace file in its own folder, migrated with the real
// migrations, written through a real SyncRepository whose HybridClock reads the replica's skewed
// wall clock. A crash closes the file and opens it again: only what was committed survives, and
// the clock comes back from local_state as the app's session does (workspace-session.ts).
//
// The oracle sees every outbox entry as it is written: a TEMP trigger (this connection only,
// nothing in the file) copies each one into a temp table, drained after every step. So it also
// sees writes the sync engine makes itself, before an acknowledgement deletes them.

export class Replica {
  sqlite!: Database.Database;
  repo!: SyncRepository;
  private readonly file: string;

  constructor(
    /** Also the clock's node id: short, distinct per replica. */
    readonly name: string,
    readonly dataDir: string,
    readonly wall: SkewedWallClock,
    private readonly oracle: Oracle,
  ) {
    this.file = join(dataDir, 'workspace.sqlite');
    this.open();
  }

  private open(): void {
    this.sqlite = openSqlite(this.file);
    // A crash here is a process dying, not a power cut: what was committed is in the file either way.
    this.sqlite.pragma('synchronous = OFF');
    runMigrations(this.sqlite, defaultMigrationsDir());
    this.sqlite.prepare("INSERT INTO local_state (key, value) VALUES ('node.id', ?) ON CONFLICT(key) DO NOTHING").run(this.name);
    const node = (this.sqlite.prepare("SELECT value FROM local_state WHERE key = 'node.id'").get() as { value: string }).value;
    const last = loadLastClock(this.sqlite);
    this.repo = new SyncRepository(this.sqlite, new HybridClock(node, this.wall.now, last ? decodeHlc(last) : undefined));
    this.sqlite.exec(`
      CREATE TEMP TABLE IF NOT EXISTS sim_outbox_tap (seq INTEGER PRIMARY KEY, tbl TEXT, row_id TEXT, field TEXT, value TEXT, hlc TEXT);
      CREATE TEMP TRIGGER IF NOT EXISTS sim_outbox_tap_insert AFTER INSERT ON main.outbox BEGIN
        INSERT INTO sim_outbox_tap (seq, tbl, row_id, field, value, hlc) VALUES (NEW.seq, NEW.tbl, NEW.row_id, NEW.field, NEW.value, NEW.hlc);
      END;`);
    stampMigratedFields(this.sqlite, this.repo);
    this.drainToOracle();
  }

  /** Hands the outbox entries written since the last call to the oracle. */
  drainToOracle(): void {
    const entries = this.sqlite.prepare('SELECT tbl, row_id, field, value, hlc FROM sim_outbox_tap ORDER BY seq').all() as OutboxEntry[];
    if (entries.length === 0) return;
    this.sqlite.exec('DELETE FROM sim_outbox_tap');
    this.oracle.add(entries.flatMap((entry) => outboxChanges(entry)));
  }

  /** The process dies between steps: the connection goes, the file stays; then the app starts again. */
  crashAndRestart(): void {
    this.drainToOracle();
    this.sqlite.close();
    this.open();
  }

  /** Outbox entries not yet acknowledged. */
  pendingEntries(): number {
    return (this.sqlite.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;
  }

  close(): void {
    if (this.sqlite.open) this.sqlite.close();
  }
}
