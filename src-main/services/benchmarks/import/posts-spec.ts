import { MAX_BENCHMARK_IMPORT_BYTES, MAX_BENCHMARK_IMPORT_ROWS } from '../../../../src-shared/contract/benchmarks';
import { peerAccounts, postMetrics } from '../../../db/schema';
import type { ImportSpec, ReadRecord, RowCells } from '../../imports/target';
import { AccountRegister, type NewPeer } from './accounts';
import { RowReader } from './cells';
import type { LayoutDef, PostField } from './layouts';
import { given, postId, storedStates } from './stored';

// An article list (新榜, 西瓜数据, 公众号后台's 内容分析, our template) → post_metrics, one row per
// article: the same account, day, position and title is the same article, and a later file's
// figures for it update it.

export interface ImportOptions {
  /** The own account of a WeChat backend file (its rows name none). */
  accountId: string | null;
  sourceName: string;
  sourceDate: string;
}

export interface PostValues extends Record<string, unknown> {
  accountId: string;
  publishedAt: string;
  position: number;
  title: string;
  url?: string;
  kind?: string;
  reads?: number;
  zaikan?: number;
  likes?: number;
  shares?: number;
  newFollowersDay1?: number;
  newFollowersDay7?: number;
}

export interface BenchRecord<V> {
  values: V;
  /** The peer the row creates, when its account is new. */
  newPeer?: NewPeer;
}

export interface PostLookups {
  register: AccountRegister;
  /** Articles seen per account and push time, for files with no position column. */
  pushes: Map<string, number>;
}

const PEER_NAME_MAX = 30;
const PEER_HANDLE_MAX = 40;

/** The row's account: the file's own account, else the one its name or handle names (a new peer when unknown). */
export function readAccount<F extends string>(reader: RowReader<F>, register: AccountRegister, options: ImportOptions, fields: { account: F; handle: F }) {
  if (options.accountId) return { id: options.accountId };
  const name = reader.text(fields.account);
  const handle = reader.text(fields.handle);
  if (!name && !handle) return reader.fail(fields.account, 'validation.required', null);
  const pick = register.pick(name, handle);
  if (!pick) return reader.fail(fields.account, 'validation.import.unknownAccount', { value: handle });
  if ('error' in pick) return reader.fail(fields.account, pick.error);
  if (pick.newPeer && name.length > PEER_NAME_MAX) return reader.fail(fields.account, 'validation.tooLong', { max: PEER_NAME_MAX });
  if (pick.newPeer && handle.length > PEER_HANDLE_MAX) return reader.fail(fields.handle, 'validation.tooLong', { max: PEER_HANDLE_MAX });
  return pick;
}

function readPost(cells: RowCells<PostField>, lookups: PostLookups, options: ImportOptions, guessPosition: boolean): ReadRecord<BenchRecord<PostValues>> {
  const reader = new RowReader(cells);
  const account = readAccount(reader, lookups.register, options, { account: 'account', handle: 'handle' });
  const publishedAt = reader.publishedAt('publishedAt', 'time');
  if (publishedAt === undefined && !reader.issues.some((i) => i.field === 'publishedAt' || i.field === 'time')) reader.fail('publishedAt', 'validation.required', null);
  let position = reader.position('position');
  // Only 公众号后台 lists a push's articles in order; elsewhere a row must say where it was pushed.
  if (position === undefined && !reader.text('position') && !guessPosition) reader.fail('position', 'validation.import.noPosition', null);
  const title = reader.text('title');
  if (!title) reader.fail('title', 'validation.required', null);
  else if (title.length > 64) reader.fail('title', 'validation.tooLong', { max: 64 });
  const url = reader.text('url') || undefined;
  if (url && (url.length > 500 || !/^https?:\/\//i.test(url))) reader.fail('url', 'validation.benchmarks.url');
  const kind = reader.text('kind') || undefined;
  if (kind && kind.length > 20) reader.fail('kind', 'validation.tooLong', { max: 20 });
  const values = {
    reads: reader.count('reads'),
    zaikan: reader.count('zaikan'),
    likes: reader.count('likes'),
    shares: reader.count('shares'),
    newFollowersDay1: reader.count('newFollowersDay1', { signed: true }),
    newFollowersDay7: reader.count('newFollowersDay7', { signed: true }),
  };
  if (!account || !publishedAt || !title) return { record: null, issues: reader.issues, key: null };
  if (position === undefined && !reader.text('position') && guessPosition) {
    // No position given: a push's articles in file order (头条 first), as the WeChat backend lists them (and only it).
    const push = `${account.id}|${publishedAt}`;
    position = (lookups.pushes.get(push) ?? 0) + 1;
    lookups.pushes.set(push, position);
    if (position > 8) reader.fail('position', 'validation.benchmarks.position', null);
  }
  if (position === undefined || position > 8) return { record: null, issues: reader.issues, key: null };
  const key = postId(account.id, publishedAt, position, title);
  if (reader.issues.length) return { record: null, issues: reader.issues, key };
  if ('newPeer' in account && account.newPeer) account.newPeer.used = true;
  return {
    record: { values: { accountId: account.id, publishedAt, position, title, url, kind, ...values }, ...('newPeer' in account && account.newPeer ? { newPeer: account.newPeer } : {}) },
    issues: [],
    key,
  };
}

/** Creates the new peers the written rows name (once each), and restores the deleted ones they name. */
export function createPeers(ctx: Parameters<ImportSpec<string, unknown, unknown>['write']>[0], rows: ReadonlyArray<{ record: BenchRecord<unknown> }>): void {
  const peers = new Map<string, NewPeer>();
  for (const { record } of rows) if (record.newPeer) peers.set(record.newPeer.id, record.newPeer);
  const created = [...peers.values()].filter((p) => !p.restore);
  for (const p of peers.values()) if (p.restore) ctx.repo.restore(peerAccounts, p.id);
  if (created.length)
    ctx.repo.insertMany(
      peerAccounts,
      created.map((p) => ({ id: p.id, name: p.name, handle: p.handle, platform: 'wechat_subscription' })),
    );
}

export function postsSpec(def: LayoutDef<PostField>, options: ImportOptions, onPrepare: (lookups: PostLookups) => void): ImportSpec<PostField, BenchRecord<PostValues>, PostLookups> {
  const source = { source: 'import', sourceName: options.sourceName, sourceDate: options.sourceDate };
  return {
    target: 'benchmarks',
    fields: def.fields,
    headerNames: def.headerNames,
    required: def.required,
    limits: { maxBytes: MAX_BENCHMARK_IMPORT_BYTES, maxRows: MAX_BENCHMARK_IMPORT_ROWS },
    prepare(ctx) {
      const lookups = { register: new AccountRegister(ctx), pushes: new Map<string, number>() };
      onPrepare(lookups);
      return lookups;
    },
    readRow: (cells, lookups) => readPost(cells, lookups, options, def.layout === 'wechat_articles'),
    existing: (ctx, rows) => storedStates(ctx, postMetrics, rows),
    write(ctx, rows) {
      createPeers(ctx, rows);
      const creates = rows.filter((r) => r.outcome === 'create');
      ctx.repo.insertMany(
        postMetrics,
        creates.map((r) => ({ id: r.key, ...given(r.record.values), ...source })),
      );
      for (const r of rows) if (r.outcome === 'update') ctx.repo.update(postMetrics, r.key, { ...given(r.record.values), ...source, deletedAt: null });
    },
  };
}
