import { MAX_BENCHMARK_IMPORT_BYTES, MAX_BENCHMARK_IMPORT_ROWS } from '../../../../src-shared/contract/benchmarks';
import { followerDays, metricSnapshots } from '../../../db/schema';
import type { ImportSpec, ReadRecord, RowCells } from '../../imports/target';
import { AccountRegister } from './accounts';
import { RowReader } from './cells';
import { FIGURE_FIELDS, type FigureField, type FollowerField, type LayoutDef, type SnapshotField } from './layouts';
import { createPeers, readAccount, type BenchRecord, type ImportOptions } from './posts-spec';
import { followerDayId, given, snapshotId, storedStates } from './stored';

// Figures per period (our template) → metric_snapshots, one row per account and period; and
// 公众号后台's 用户分析 → follower_days, one row per own account and day.

const limits = { maxBytes: MAX_BENCHMARK_IMPORT_BYTES, maxRows: MAX_BENCHMARK_IMPORT_ROWS };

export type SnapshotValues = { accountId: string; period: string; periodStart: string } & Partial<Record<FigureField, number>>;

function readSnapshot(cells: RowCells<SnapshotField>, register: AccountRegister, options: ImportOptions): ReadRecord<BenchRecord<SnapshotValues>> {
  const reader = new RowReader(cells);
  const account = readAccount(reader, register, options, { account: 'account', handle: 'handle' });
  const period = reader.period('period', 'periodStart');
  if (!period && !reader.issues.some((i) => i.field === 'periodStart' || i.field === 'period')) reader.fail('periodStart', 'validation.required', null);
  const figures = Object.fromEntries(FIGURE_FIELDS.map((field) => [field, reader.count(field)])) as Partial<Record<FigureField, number>>;
  if (!account || !period) return { record: null, issues: reader.issues, key: null };
  const key = snapshotId(account.id, period.kind, period.start);
  if (reader.issues.length) return { record: null, issues: reader.issues, key };
  if ('newPeer' in account && account.newPeer) account.newPeer.used = true;
  return { record: { values: { accountId: account.id, period: period.kind, periodStart: period.start, ...figures }, ...('newPeer' in account && account.newPeer ? { newPeer: account.newPeer } : {}) }, issues: [], key };
}

export function snapshotsSpec(def: LayoutDef<SnapshotField>, options: ImportOptions, onPrepare: (register: AccountRegister) => void): ImportSpec<SnapshotField, BenchRecord<SnapshotValues>, AccountRegister> {
  const source = { source: 'import', sourceName: options.sourceName, sourceDate: options.sourceDate };
  return {
    target: 'benchmarks',
    fields: def.fields,
    headerNames: def.headerNames,
    required: def.required,
    limits,
    prepare(ctx) {
      const register = new AccountRegister(ctx);
      onPrepare(register);
      return register;
    },
    readRow: (cells, register) => readSnapshot(cells, register, options),
    existing: (ctx, rows) => storedStates(ctx, metricSnapshots, rows),
    write(ctx, rows) {
      createPeers(ctx, rows);
      ctx.repo.insertMany(
        metricSnapshots,
        rows.filter((r) => r.outcome === 'create').map((r) => ({ id: r.key, ...given(r.record.values), ...source })),
      );
      for (const r of rows) if (r.outcome === 'update') ctx.repo.update(metricSnapshots, r.key, { ...given(r.record.values), ...source, deletedAt: null });
    },
  };
}

export type FollowerValues = { accountId: string; date: string; newFollowers?: number; unfollows?: number; netGain?: number; cumulative?: number };

function readFollowerDay(cells: RowCells<FollowerField>, accountId: string): ReadRecord<BenchRecord<FollowerValues>> {
  const reader = new RowReader(cells);
  const date = reader.date('date');
  if (!date && !reader.issues.length) reader.fail('date', 'validation.required', null);
  const values = { newFollowers: reader.count('newFollowers'), unfollows: reader.count('unfollows'), netGain: reader.count('netGain', { signed: true }), cumulative: reader.count('cumulative') };
  if (!date) return { record: null, issues: reader.issues, key: null };
  const key = followerDayId(accountId, date);
  return reader.issues.length ? { record: null, issues: reader.issues, key } : { record: { values: { accountId, date, ...values } }, issues: [], key };
}

export function followerDaysSpec(def: LayoutDef<FollowerField>, options: ImportOptions & { accountId: string }): ImportSpec<FollowerField, BenchRecord<FollowerValues>, null> {
  return {
    target: 'benchmarks',
    fields: def.fields,
    headerNames: def.headerNames,
    required: def.required,
    limits,
    prepare: () => null,
    readRow: (cells) => readFollowerDay(cells, options.accountId),
    existing: (ctx, rows) => storedStates(ctx, followerDays, rows),
    write(ctx, rows) {
      ctx.repo.insertMany(
        followerDays,
        rows.filter((r) => r.outcome === 'create').map((r) => ({ id: r.key, ...given(r.record.values), sourceName: options.sourceName })),
      );
      for (const r of rows) if (r.outcome === 'update') ctx.repo.update(followerDays, r.key, { ...given(r.record.values), sourceName: options.sourceName, deletedAt: null });
    },
  };
}
