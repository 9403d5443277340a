import type Database from 'better-sqlite3';
import { getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { accounts, articles, calendarItems, keyDates, members } from '../../../src-main/db/schema';
import type { SyncRepository } from '../../../src-main/sync/repository';
import type { SeededRandom } from './random';

// Random writes through the repository, as the services make them: inserts, field updates,
// tombstones and restores. Row ids come from a small shared pool per table, so replicas insert
// the same row and edit the same fields concurrently, which is what the merge has to settle.

type Value = (random: SeededRandom) => unknown;

const words = ['悦汇', '华东', '新店速递', '周末', 'Brand', '会员日', '', '影城', '活动预告', 'ok'];
const text: Value = (random) => `${random.pick(words)}${random.pick(words)}`;
const oneOf =
  (...values: unknown[]): Value =>
  (random) =>
    random.pick(values);
const count: Value = (random) => random.int(100_000);
const day: Value = (random) => (random.chance(0.2) ? '' : `2026-12-${String(random.between(1, 28)).padStart(2, '0')}`);

interface WorkloadTable {
  table: SQLiteTable;
  prefix: string;
  /** Property name → value generator, the fields the workload writes. */
  fields: Record<string, Value>;
}

const TABLES: readonly WorkloadTable[] = [
  {
    table: accounts,
    prefix: 'acc',
    fields: { name: text, platform: oneOf('wechat_subscription', 'wechat_service', 'weibo', 'douyin'), followers: count, verified: oneOf(true, false), city: text, notes: text, ownerId: oneOf(null, 'mem-0', 'mem-1') },
  },
  {
    table: calendarItems,
    prefix: 'item',
    fields: {
      title: text,
      date: day,
      slot: (random) => random.between(1, 8),
      status: oneOf('topic', 'writing', 'review', 'published'),
      notes: text,
      accountId: oneOf('acc-0', 'acc-1', 'acc-2'),
      ownerId: oneOf(null, 'mem-0'),
    },
  },
  { table: members, prefix: 'mem', fields: { name: text, dailyDuties: text, contact: text, hourlyCostFen: count } },
  { table: articles, prefix: 'art', fields: { author: text, digest: text, origin: oneOf('original', 'reprint'), sourceUrl: oneOf('', 'https://example.cn/a'), theme: oneOf('default', 'business', 'fresh') } },
];

/** Rows per table the replicas share. */
const ROWS_PER_TABLE = 5;

/** Makes one random write on the replica's repository; returns what it did, for the trace. */
export function randomWrite(random: SeededRandom, repo: SyncRepository, sqlite: Database.Database): string {
  const spec = random.pick(TABLES);
  const id = `${spec.prefix}-${random.int(ROWS_PER_TABLE)}`;
  const row = sqlite.prepare(`SELECT deleted_at FROM ${getTableName(spec.table)} WHERE id = ?`).get(id) as { deleted_at: string | null } | undefined;
  const patch = (n: number) => Object.fromEntries(random.sample(Object.keys(spec.fields), n).map((key) => [key, spec.fields[key]!(random)]));
  if (!row) {
    repo.insert(spec.table, { id, ...patch(random.between(1, Object.keys(spec.fields).length)) });
    return `insert ${id}`;
  }
  const roll = random.next();
  if (roll < 0.12 && row.deleted_at === null) return repo.tombstone(spec.table, id) ? `tombstone ${id}` : `tombstone ${id} (no-op)`;
  if (roll < 0.24 && row.deleted_at !== null) return repo.restore(spec.table, id) ? `restore ${id}` : `restore ${id} (no-op)`;
  const fields = patch(random.between(1, 3));
  return repo.update(spec.table, id, fields) ? `update ${id} ${Object.keys(fields).join(',')}` : `update ${id} (unchanged)`;
}

/**
 * An import: hundreds of new rows in one transaction (each one `*` outbox entry of 7 field changes),
 * more than one push batch holds (1,000 changes), so batches are cut, lost and resumed midway.
 */
export function bulkInsert(random: SeededRandom, repo: SyncRepository, replica: string): string {
  const run = random.int(1_000_000_000).toString(36);
  const rows = Array.from({ length: random.between(150, 400) }, (_, n) => ({ id: `kd-${replica}-${run}-${n}`, date: day(random), name: text(random), kind: oneOf('launch', 'anniversary', 'event', 'other')(random) }));
  repo.insertMany(keyDates, rows);
  return `imports ${rows.length} key dates`;
}
