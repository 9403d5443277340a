import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openSqlite } from '../../../src-main/db/connection';
import { defaultMigrationsDir, runMigrations } from '../../../src-main/db/migrate';
import { accounts, postMetrics } from '../../../src-main/db/schema';
import { syncedTableOf } from '../../../src-main/db/table-registry';
import { outboxChanges, type OutboxEntry } from '../../../src-main/sync/outbox';
import { loadLastClock, SyncRepository, type RowValues } from '../../../src-main/sync/repository';
import { encodeHlc, HybridClock } from '../../../src-shared/domain/sync/hlc';
import { tempDataDir } from '../../helpers/backend';

// The bulk insert writes what a loop of single inserts wrote before it (the former
// `SyncRepository.insert`, kept here as the reference): the same rows, the same field clocks, the
// same outbox changes in the same order (one `*` entry per row now, expanded into the per-field
// entries the reference wrote), the same persisted clock; all or nothing.

function freshDatabase(): Database.Database {
  const sqlite = openSqlite(join(tempDataDir(), 'workspace.sqlite'));
  runMigrations(sqlite, defaultMigrationsDir());
  return sqlite;
}

/** The single insert as it was: write the row, read it back, stamp every field with one clock. */
function referenceInsert(sqlite: Database.Database, clock: HybridClock, table: typeof accounts | typeof postMetrics, values: RowValues): void {
  const meta = syncedTableOf(table);
  const now = new Date().toISOString();
  const row: Record<string, unknown> = { created_at: now };
  for (const [field, key] of meta.fields) if (values[key] !== undefined && field !== 'created_at') row[field] = typeof values[key] === 'boolean' ? Number(values[key]) : values[key];
  const names = Object.keys(row);
  sqlite.prepare(`INSERT INTO "${meta.name}" (id, updated_at, ${names.map((n) => `"${n}"`).join(', ')}) VALUES (?, ?, ${names.map(() => '?').join(', ')})`).run(values.id, now, ...Object.values(row));
  const stored = sqlite.prepare(`SELECT * FROM "${meta.name}" WHERE id = ?`).get(values.id) as Record<string, unknown>;
  const hlc = encodeHlc(clock.tick());
  const setClock = sqlite.prepare('INSERT INTO field_clocks (tbl, row_id, field, hlc) VALUES (?, ?, ?, ?) ON CONFLICT(tbl, row_id, field) DO UPDATE SET hlc = excluded.hlc');
  const enqueue = sqlite.prepare('INSERT INTO outbox (tbl, row_id, field, value, hlc) VALUES (?, ?, ?, ?, ?)');
  for (const field of meta.fields.keys()) {
    const value = meta.booleanFields.has(field) ? stored[field] === 1 : stored[field];
    setClock.run(meta.name, values.id, field, hlc);
    enqueue.run(meta.name, values.id, field, JSON.stringify(value ?? null), hlc);
  }
}

function contents(sqlite: Database.Database, table: string) {
  return {
    rows: sqlite.prepare(`SELECT * FROM "${table}" ORDER BY id`).all(),
    clocks: sqlite.prepare('SELECT tbl, row_id, field, hlc FROM field_clocks ORDER BY tbl, row_id, field').all(),
    outbox: (sqlite.prepare('SELECT tbl, row_id, field, value, hlc FROM outbox ORDER BY seq').all() as OutboxEntry[]).flatMap((entry) => outboxChanges(entry)),
  };
}

/** 1,203 accounts in two shapes taking turns (so both column sets cross every chunk size): defaults, nulls, booleans, a number given as text. */
const accountRows: RowValues[] = Array.from({ length: 1203 }, (_, i) =>
  i % 3 === 0
    ? { id: `acc-${String(i).padStart(5, '0')}`, name: `悦汇·第${i}号`, followers: String(i * 7), verified: i % 2 === 0, ownerId: null }
    : { id: `acc-${String(1203 - i).padStart(5, '0')}b`, name: `账号 "${i}" \\ ${'\u0001'}`, handle: `h${i}`, followers: i, city: '上海', notes: undefined },
);

const postRows: RowValues[] = Array.from({ length: 570 }, (_, i) => ({
  id: `post:${(i * 2654435761) % 4294967296}`,
  accountId: 'acc-00000',
  publishedAt: '2026-12-01 20:30',
  title: `冬日火锅季 ${i}`,
  reads: i % 5 === 0 ? null : i * 1.5,
  position: (i % 4) + 1,
}));

describe('SyncRepository.insertMany', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T12:00:00.000Z'));
  });
  afterEach(() => vi.useRealTimers());

  it.each([
    ['accounts', accounts, accountRows],
    ['post_metrics', postMetrics, postRows],
  ] as const)(
    'writes %s as single inserts did: rows, field clocks, outbox changes in order (one entry a row), the persisted clock',
    (name, table, rows) => {
      const bulk = freshDatabase();
      const reference = freshDatabase();
      const changes: Array<Set<string> | undefined> = [];
      const repository = new SyncRepository(bulk, new HybridClock('a', () => 1_000), (_, touched) => changes.push(touched.local.get(name)));
      const referenceClock = new HybridClock('a', () => 1_000);

      expect(repository.insertMany(table, rows)).toEqual(rows.map((r) => r.id));
      reference.transaction(() => rows.forEach((values) => referenceInsert(reference, referenceClock, table, values)))();

      expect(contents(bulk, name)).toEqual(contents(reference, name));
      expect(bulk.prepare("SELECT row_id FROM outbox WHERE field = '*' ORDER BY seq").pluck().all()).toEqual(rows.map((r) => r.id));
      expect(bulk.prepare("SELECT count(*) FROM outbox WHERE field <> '*'").pluck().get()).toBe(0);
      expect(loadLastClock(bulk)).toBe(encodeHlc(referenceClock.peek()));
      expect(changes).toEqual([new Set(rows.map((r) => r.id))]);
    },
    120_000,
  );

  it('writes nothing when one row of the batch fails, and announces nothing', () => {
    const sqlite = freshDatabase();
    const changes: unknown[] = [];
    const repository = new SyncRepository(sqlite, new HybridClock('a'), (domains) => changes.push(domains));
    const rows = accountRows.slice(0, 600).concat([{ ...accountRows[3]! }]);
    expect(() => repository.insertMany(accounts, rows)).toThrow(/UNIQUE/);
    expect(contents(sqlite, 'accounts')).toEqual({ rows: [], clocks: [], outbox: [] });
    expect(changes).toEqual([]);
  });
});
