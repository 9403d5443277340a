import type { Post, PostInput, Snapshot, SnapshotInput } from '../../../src-shared/contract/benchmarks';
import type { PeriodKind } from '../../../src-shared/domain/benchmarks/periods';
import { addDays } from '../../../src-shared/domain/dates';
import { metricSnapshots, postMetrics } from '../../db/schema';
import type { ServiceContext } from '../context';
import { requireRow } from '../references';
import { accountsById, requireBenchAccount } from './bench-accounts';
import { LIVE_ACCOUNT_IDS, postId, snapshotId, toPost, toSnapshot, type PostSqlRow, type SnapshotSqlRow } from './figure-rows';

// Figures as entered (the grid) or imported: per account and period, and per article. Rows have
// deterministic ids, so saving is an upsert: fields given are written (null clears), fields left
// out keep what is stored. All of a call's rows go in one transaction through the repository.

const CHUNK = 500;

/** Which of `ids` are stored, and whether each is deleted. */
function storedIds(ctx: ServiceContext, table: 'metric_snapshots' | 'post_metrics', ids: readonly string[]): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const rows = ctx.sqlite.prepare(`SELECT id, deleted_at IS NOT NULL AS deleted FROM ${table} WHERE id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as Array<{ id: string; deleted: number }>;
    for (const row of rows) out.set(row.id, row.deleted === 1);
  }
  return out;
}

/** Upserts rows by id: new ones with insertMany, stored ones (a deleted one comes back) by update. Returns how many were created and how many changed. */
function upsert(ctx: ServiceContext, table: typeof metricSnapshots | typeof postMetrics, name: 'metric_snapshots' | 'post_metrics', rows: ReadonlyArray<Record<string, unknown> & { id: string }>) {
  const stored = storedIds(
    ctx,
    name,
    rows.map((r) => r.id),
  );
  // Rows of one call naming one id merge in order, as if saved one after the other.
  const merged = new Map<string, Record<string, unknown> & { id: string }>();
  for (const row of rows) merged.set(row.id, { ...merged.get(row.id), ...Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)), id: row.id });
  const fresh = [...merged.values()].filter((r) => !stored.has(r.id));
  let updated = 0;
  ctx.repo.transaction(() => {
    ctx.repo.insertMany(table, fresh);
    for (const row of merged.values()) {
      if (!stored.has(row.id)) continue;
      const { id, ...patch } = row;
      if (ctx.repo.update(table, id, stored.get(id) ? { ...patch, deletedAt: null } : patch)) updated++;
    }
  });
  return { created: fresh.length, updated, saved: merged.size };
}

export function createFiguresStore(ctx: ServiceContext) {
  return {
    listSnapshots({ accountId, kind, from, to }: { accountId: string; kind: PeriodKind; from?: string; to?: string }): Snapshot[] {
      const rows = ctx.sqlite
        .prepare(
          `SELECT * FROM metric_snapshots WHERE account_id = ? AND period = ? AND deleted_at IS NULL AND period_start >= ? AND period_start <= ?
           AND account_id IN (${LIVE_ACCOUNT_IDS}) ORDER BY period_start`,
        )
        .all(accountId, kind, from ?? '', to ?? '9999') as SnapshotSqlRow[];
      return rows.map(toSnapshot);
    },
    saveSnapshots({ rows }: { rows: SnapshotInput[] }): { saved: number } {
      const accounts = accountsById(ctx);
      const values = rows.map(({ accountId, period, ...fields }, i) => {
        requireBenchAccount(accounts, accountId, ['rows', i, 'accountId']);
        return { ...fields, id: snapshotId(accountId, period.kind, period.start), accountId, period: period.kind, periodStart: period.start, source: 'manual' };
      });
      return { saved: upsert(ctx, metricSnapshots, 'metric_snapshots', values).saved };
    },
    deleteSnapshot({ id }: { id: string }) {
      requireRow(ctx.sqlite.prepare('SELECT id FROM metric_snapshots WHERE id = ? AND deleted_at IS NULL').get(id), 'snapshot', id);
      ctx.repo.tombstone(metricSnapshots, id);
      return { ok: true as const };
    },

    listPosts({ from, to, accountIds, limit }: { from: string; to: string; accountIds?: string[]; limit?: number }): Post[] {
      const only = accountIds ? `AND account_id IN (${accountIds.map(() => '?').join(',')})` : '';
      const rows = ctx.sqlite
        .prepare(
          `SELECT * FROM post_metrics WHERE deleted_at IS NULL AND published_at >= ? AND published_at < ? ${only}
           AND account_id IN (${LIVE_ACCOUNT_IDS}) ORDER BY published_at DESC, position LIMIT ?`,
        )
        .all(from, addDays(to, 1), ...(accountIds ?? []), limit ?? 1000) as PostSqlRow[];
      return rows.map(toPost);
    },
    savePosts({ rows }: { rows: PostInput[] }): { created: number; updated: number } {
      const accounts = accountsById(ctx);
      const values = rows.map((row, i) => {
        requireBenchAccount(accounts, row.accountId, ['rows', i, 'accountId']);
        return { ...row, id: postId(row.accountId, row.publishedAt, row.position, row.title), source: 'manual' };
      });
      const { created, updated } = upsert(ctx, postMetrics, 'post_metrics', values);
      return { created, updated };
    },
    deletePost({ id }: { id: string }) {
      requireRow(ctx.sqlite.prepare('SELECT id FROM post_metrics WHERE id = ? AND deleted_at IS NULL').get(id), 'article figures', id);
      ctx.repo.tombstone(postMetrics, id);
      return { ok: true as const };
    },
  };
}
