import { z } from 'zod';
import { defineDomain, method } from './define';
import { Id, IdInput, Ok, optionalText, requiredText, RowMeta } from './common';
import { Platform } from './accounts';
import { AnyColumnMapping, ImportCounts, ImportIssue, importFileSchema, RejectedFile, RowOutcome, TransferFile } from './imports';
import { isIsoDate } from '../domain/dates';
import { isPeriodStart, PERIOD_KINDS } from '../domain/benchmarks/periods';

// Benchmarks (对标): peer accounts, their learnings, the figures of own and peer accounts per
// period and per article, gsdata's WCI, rankings, trends, comparisons and the weekly diagnosis.

const IsoDate = z.string().refine(isIsoDate, 'validation.benchmarks.date');
/** A count as stored: null = not known; "10万+" = 100,001. */
const Count = z.number('validation.number').int('validation.integer').min(0, 'validation.nonNegative').max(10_000_000_000, 'validation.tooLarge').nullable();
/** New followers can be negative (more unfollows than follows). */
const SignedCount = z.number('validation.number').int('validation.integer').min(-1_000_000_000, 'validation.tooLarge').max(1_000_000_000, 'validation.tooLarge').nullable();

export const PeriodKind = z.enum(PERIOD_KINDS);
export type PeriodKind = z.infer<typeof PeriodKind>;
/** A week (Sunday start, gsdata's) or a month (the 1st). */
export const Period = z.object({ kind: PeriodKind, start: IsoDate }).refine((p) => isPeriodStart(p.kind, p.start), { message: 'validation.benchmarks.periodStart', path: ['start'] });
export type Period = z.infer<typeof Period>;

export const LEARNING_KINDS = ['column', 'layout', 'activity', 'copy', 'menu', 'service'] as const;
export const LearningKind = z.enum(LEARNING_KINDS);
export type LearningKind = z.infer<typeof LearningKind>;

const peerFields = {
  platform: Platform,
  name: requiredText(30),
  handle: optionalText(40),
  ownerCompany: optionalText(60),
  industry: optionalText(20),
  tags: z.array(requiredText(20)).max(20).optional(),
  /** Why we watch it. */
  reason: optionalText(500, { multiline: true }),
};
export const PeerInput = z.object(peerFields);
export type PeerInput = z.input<typeof PeerInput>;
export const PeerAccount = RowMeta.extend({ ...peerFields, handle: z.string(), ownerCompany: z.string(), industry: z.string(), tags: z.array(z.string()), reason: z.string() });
export type PeerAccount = z.infer<typeof PeerAccount>;

const learningFields = {
  peerId: Id,
  kind: LearningKind,
  text: requiredText(1000),
  link: optionalText(500).refine((v) => !v || /^https?:\/\//i.test(v), 'validation.benchmarks.url'),
  /** An example image in the library. */
  assetId: Id.nullable().optional(),
};
export const LearningInput = z.object(learningFields);
export type LearningInput = z.input<typeof LearningInput>;
export const Learning = RowMeta.extend({ ...learningFields, link: z.string(), assetId: Id.nullable(), memberId: Id.nullable() });
export type Learning = z.infer<typeof Learning>;

/** An own or a peer account, as benchmarks list them side by side. */
export const BenchAccount = z.object({ id: Id, kind: z.enum(['own', 'peer']), platform: Platform, name: z.string() });
export type BenchAccount = z.infer<typeof BenchAccount>;

const figureFields = {
  followers: Count,
  articles: Count,
  reads: Count,
  readsHeadline: Count,
  readsMax: Count,
  zaikan: Count,
  zaikanHeadline: Count,
  zaikanMax: Count,
  likes: Count,
  likesHeadline: Count,
  likesMax: Count,
  shares: Count,
  sharesHeadline: Count,
  sharesMax: Count,
};
export const Figures = z.object(figureFields);
export type Figures = z.infer<typeof Figures>;

/** One account's figures for one period, as entered or imported (figures left out stay as they were). */
export const SnapshotInput = z.object({
  accountId: Id,
  period: Period,
  ...Object.fromEntries(Object.entries(figureFields).map(([k, v]) => [k, v.optional()])),
  sourceName: optionalText(60),
  sourceDate: IsoDate.or(z.literal('')).optional(),
}) as z.ZodType<{ accountId: string; period: Period; sourceName?: string; sourceDate?: string } & Partial<Figures>>;
export type SnapshotInput = z.infer<typeof SnapshotInput>;
export const Snapshot = RowMeta.extend({ accountId: Id, period: z.object({ kind: PeriodKind, start: z.string() }), ...figureFields, source: z.enum(['manual', 'import']), sourceName: z.string(), sourceDate: z.string() });
export type Snapshot = z.infer<typeof Snapshot>;

const PublishedAt = z.string().refine((v) => /^\d{4}-\d{2}-\d{2}( ([01]\d|2[0-3]):[0-5]\d)?$/.test(v) && isIsoDate(v.slice(0, 10)), 'validation.benchmarks.date');
const postFields = {
  accountId: Id,
  /** 'YYYY-MM-DD HH:mm' or 'YYYY-MM-DD'. */
  publishedAt: PublishedAt,
  /** 1 = 头条. */
  position: z.number().int().min(1, 'validation.benchmarks.position').max(8, 'validation.benchmarks.position'),
  title: requiredText(64),
  url: optionalText(500).refine((v) => !v || /^https?:\/\//i.test(v), 'validation.benchmarks.url'),
  /** The column or type it belongs to. */
  kind: optionalText(20),
  reads: Count,
  zaikan: Count,
  likes: Count,
  shares: Count,
  newFollowersDay1: SignedCount.optional(),
  newFollowersDay7: SignedCount.optional(),
  itemId: Id.nullable().optional(),
};
export const PostInput = z.object(postFields);
export type PostInput = z.input<typeof PostInput>;
export const Post = RowMeta.extend({
  ...postFields,
  url: z.string(),
  kind: z.string(),
  newFollowersDay1: z.number().nullable(),
  newFollowersDay7: z.number().nullable(),
  itemId: Id.nullable(),
  source: z.enum(['manual', 'import']),
  sourceName: z.string(),
  sourceDate: z.string(),
});
export type Post = z.infer<typeof Post>;

/** gsdata's WCI and its four terms (O, A, H, P), as src-shared/domain/benchmarks/wci.ts computes them. */
export const Wci = z.object({ wci: z.number(), overall: z.number(), perArticle: z.number(), headline: z.number(), peak: z.number() });
export type Wci = z.infer<typeof Wci>;

export const RankRow = z.object({
  account: BenchAccount,
  figures: Figures.extend({ derived: z.boolean() }),
  /** null: the period's articles or reads are not known. */
  wci: Wci.nullable(),
  /** 1 = best WCI; null without a WCI. */
  rank: z.number().nullable(),
  /** The previous period's WCI and followers, for what moved. */
  previousWci: z.number().nullable(),
  previousFollowers: z.number().nullable(),
});
export type RankRow = z.infer<typeof RankRow>;

export const Ranking = z.object({ period: Period, end: z.string(), days: z.number(), rows: z.array(RankRow) });
export type Ranking = z.infer<typeof Ranking>;

export const TrendPoint = z.object({ start: z.string(), followers: z.number().nullable(), reads: z.number().nullable(), wci: z.number().nullable() });
export const Trend = z.object({ kind: PeriodKind, series: z.array(z.object({ account: BenchAccount, points: z.array(TrendPoint) })) });
export type Trend = z.infer<typeof Trend>;

export const PostWithAccount = Post.extend({ account: BenchAccount });
export type PostWithAccount = z.infer<typeof PostWithAccount>;

/** Titles grouped by their type (the article's kind, else read from the title), best read first. */
export const TypeGroup = z.object({ type: z.string(), posts: z.number(), averageReads: z.number(), medianReads: z.number(), examples: z.array(PostWithAccount) });
export type TypeGroup = z.infer<typeof TypeGroup>;

/** A plain-language observation: a `benchmarks.diagnosis.*` message key and its params. */
export const Observation = z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) });
export type Observation = z.infer<typeof Observation>;

export const Diagnosis = z.object({
  period: Period,
  end: z.string(),
  /** Own and peer accounts with this week's and last week's figures, biggest WCI moves first. */
  moves: z.array(RankRow),
  best: z.array(PostWithAccount),
  worst: z.array(PostWithAccount),
  observations: z.array(Observation),
});
export type Diagnosis = z.infer<typeof Diagnosis>;

/** The layouts a benchmarks file is read as; detected from its header when not given. */
export const BENCHMARK_LAYOUTS = ['newrank_posts', 'xigua_posts', 'wechat_articles', 'wechat_users', 'snapshots', 'posts'] as const;
export const BenchmarkLayout = z.enum(BENCHMARK_LAYOUTS);
export type BenchmarkLayout = z.infer<typeof BenchmarkLayout>;

/** Benchmark files are larger than the calendar's: 50,000 rows of articles are a normal export. */
export const MAX_BENCHMARK_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_BENCHMARK_IMPORT_ROWS = 100_000;
const ImportInput = importFileSchema(MAX_BENCHMARK_IMPORT_BYTES).extend({
  layout: BenchmarkLayout.optional(),
  mapping: AnyColumnMapping.optional(),
  /** The own account a WeChat backend file belongs to (its rows do not name it); optional with one own WeChat account. */
  accountId: Id.optional(),
});
const IMPORT_BODY_BYTES = Math.ceil(MAX_BENCHMARK_IMPORT_BYTES / 3) * 4 + 64 * 1024;

export const BenchmarkPreviewRow = z.object({ row: z.number(), cells: z.record(z.string(), z.string()), issues: z.array(ImportIssue), outcome: RowOutcome });
export const BenchmarkImportPreview = z.object({
  format: z.enum(['csv', 'xlsx']),
  encoding: z.string(),
  layout: BenchmarkLayout,
  /** The layout's fields in the order the mapping lists them. */
  fields: z.array(z.string()),
  header: z.array(z.string()),
  suggested: AnyColumnMapping,
  mapping: AnyColumnMapping,
  /** Required fields without a column, by the names the layout's files give them (a commit refuses until they are mapped). */
  missing: z.array(z.string()),
  /** The first 500 rows with problems, then the first rows: a preview, not the whole file. */
  rows: z.array(BenchmarkPreviewRow),
  counts: ImportCounts,
  /** Peer accounts the import would create (names not in the register). */
  newPeers: z.array(z.string()),
  accountId: Id.nullable(),
});
export type BenchmarkImportPreview = z.infer<typeof BenchmarkImportPreview>;
export const BenchmarkImportResult = z.object({ created: z.number(), updated: z.number(), duplicates: z.number(), invalid: z.number(), newPeers: z.array(z.string()), rejected: RejectedFile });
export type BenchmarkImportResult = z.infer<typeof BenchmarkImportResult>;

const Range = z.object({ from: IsoDate, to: IsoDate });
const AccountIds = z.array(Id).max(200);

export const benchmarksContract = defineDomain('benchmarks', {
  listPeers: method('Lists the peer accounts, by name.', z.object({}), z.array(PeerAccount)),
  createPeer: method('Adds a peer account.', PeerInput, PeerAccount),
  updatePeer: method('Changes a peer account.', PeerInput.partial().extend({ id: Id }), PeerAccount),
  deletePeer: method('Deletes a peer account with its learnings and figures (restorable).', IdInput, Ok),
  restorePeer: method('Brings a deleted peer account back.', IdInput, PeerAccount),
  listAccounts: method('Own and peer accounts side by side, own first.', z.object({}), z.array(BenchAccount)),

  listLearnings: method('Lists learnings, of one peer or all, newest first.', z.object({ peerId: Id.optional() }), z.array(Learning)),
  createLearning: method('Records something a peer does well.', LearningInput, Learning),
  updateLearning: method('Changes a learning.', LearningInput.partial().extend({ id: Id }), Learning),
  deleteLearning: method('Deletes a learning.', IdInput, Ok),

  listSnapshots: method('Lists an account’s entered figures per period, oldest first.', z.object({ accountId: Id, kind: PeriodKind, from: IsoDate.optional(), to: IsoDate.optional() }), z.array(Snapshot)),
  saveSnapshots: method('Saves figures per account and period (the grid’s rows); one transaction.', z.object({ rows: z.array(SnapshotInput).min(1).max(5000) }), z.object({ saved: z.number() })),
  deleteSnapshot: method('Deletes one period’s entered figures.', IdInput, Ok),

  listPosts: method('Lists articles’ figures in a date range, newest first.', Range.extend({ accountIds: AccountIds.optional(), limit: z.number().int().min(1).max(5000).optional() }), z.array(Post)),
  savePosts: method(
    'Saves articles’ figures (the same account, day, position and title is the same article); one transaction.',
    z.object({ rows: z.array(PostInput).min(1).max(5000) }),
    z.object({ created: z.number(), updated: z.number() }),
  ),
  deletePost: method('Deletes an article’s figures.', IdInput, Ok),

  ranking: method('Ranks own and peer accounts by gsdata’s WCI for a period, with the four terms and the previous period.', z.object({ period: Period }), Ranking),
  trend: method('Followers, reads and WCI per period for up to 10 accounts.', Range.extend({ kind: PeriodKind, accountIds: z.array(Id).min(1).max(10) }), Trend),
  compare: method('2–5 accounts side by side for a period.', z.object({ period: Period, accountIds: z.array(Id).min(2).max(5) }), Ranking),
  topPosts: method(
    'The best-read articles in a range (peers’ by default).',
    Range.extend({ accountIds: AccountIds.optional(), owner: z.enum(['peer', 'own', 'all']).optional(), limit: z.number().int().min(1).max(200).optional() }),
    z.array(PostWithAccount),
  ),
  readsByType: method('What reads best: articles grouped by type, best average first.', Range.extend({ accountIds: AccountIds.optional(), owner: z.enum(['peer', 'own', 'all']).optional() }), z.array(TypeGroup)),
  diagnosis: method('The weekly diagnosis of a week (default: the last full one): what moved, best and worst articles, observations.', z.object({ weekStart: IsoDate.optional() }), Diagnosis),

  previewImport: {
    ...method('Reads a benchmarks file (新榜/西瓜数据 article lists, 公众号后台 图文分析/用户分析, figures per period) and shows what it would write.', ImportInput, BenchmarkImportPreview),
    maxInputBytes: IMPORT_BODY_BYTES,
  },
  commitImport: { ...method('Writes a benchmarks file’s valid rows in one transaction after a backup; the same file again adds nothing.', ImportInput, BenchmarkImportResult), maxInputBytes: IMPORT_BODY_BYTES },
  exportRanking: method('The ranking of a period as .xlsx or .csv (UTF-8 with a BOM), with each account’s WCI and its terms.', z.object({ period: Period, format: z.enum(['xlsx', 'csv']) }), TransferFile),
});
