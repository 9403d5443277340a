import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { openSqlite } from '../../../../src-main/db/connection';
import { defaultMigrationsDir, runMigrations } from '../../../../src-main/db/migrate';
import { postMetrics } from '../../../../src-main/db/schema';
import { syncedTableOf } from '../../../../src-main/db/table-registry';
import { SyncRepository } from '../../../../src-main/sync/repository';
import { HybridClock } from '../../../../src-shared/domain/sync/hlc';
import { summarize, type ScenarioResult } from '../../stats';
import { BENCH_DIR } from '../../workspace';
import { postMetricValues } from './post-rows';

// Issue 11's "import 50,000 rows ≤ 3 s", its writing part: 50,000 `post_metrics` rows through
// SyncRepository.insertMany (each of their 18 fields gets a field clock, each row one `*` outbox
// entry, in one transaction) into a freshly migrated workspace. Floor: the same rows with a plain
// prepared better-sqlite3 INSERT into the same table in one transaction, without clocks. The
// repository writes 20 rows for each of the floor's (the row, 18 field clocks, 1 outbox entry).

const RUNS = 5;

function freshDatabase(run: number): Database.Database {
  const dir = join(BENCH_DIR, `repo-insert-${run}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sqlite = openSqlite(join(dir, 'workspace.sqlite'));
  runMigrations(sqlite, defaultMigrationsDir());
  return sqlite;
}

function plainInsert(sqlite: Database.Database, rows: Array<Record<string, unknown>>): void {
  const meta = syncedTableOf(postMetrics);
  const fields = [...meta.fields].filter(([, key]) => rows[0]![key] !== undefined);
  const insert = sqlite.prepare(`INSERT INTO post_metrics (id, created_at, updated_at, ${fields.map(([f]) => f).join(', ')}) VALUES (?, ?, ?, ${fields.map(() => '?').join(', ')})`);
  const now = new Date().toISOString();
  sqlite.transaction(() => {
    for (const row of rows) insert.run(row.id, now, now, ...fields.map(([, key]) => row[key]));
  })();
}

export async function repoInsert50k(): Promise<ScenarioResult> {
  const rows = postMetricValues(50_000);
  const samples: number[] = [];
  const floor: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    let sqlite = freshDatabase(run);
    let start = performance.now();
    plainInsert(sqlite, rows);
    floor.push(performance.now() - start);
    sqlite.close();
    sqlite = freshDatabase(run);
    const repository = new SyncRepository(sqlite, new HybridClock('bench'));
    start = performance.now();
    repository.insertMany(postMetrics, rows);
    samples.push(performance.now() - start);
    const outbox = (sqlite.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;
    sqlite.close();
    rmSync(join(BENCH_DIR, `repo-insert-${run}`), { recursive: true, force: true });
    if (outbox !== 50_000) throw new Error(`${outbox} outbox entries for 50,000 rows`);
  }
  return {
    name: '50,000 post_metrics rows inserted through the sync repository (a clock per field, an outbox entry per row)',
    unit: 'ms',
    summary: summarize(samples),
    budget: 2000,
    kind: 'max',
    floor: { name: 'the same rows, plain INSERT without clocks', summary: summarize(floor), maxRatio: 16 },
  };
}
