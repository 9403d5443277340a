import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { syncedRowColumns } from './synced-row-columns';

// Benchmarks (对标): peer accounts we watch, what we learn from them, and the figures of own and
// peer accounts on one footing. A figure's account is an own account (`accounts.id`) or a peer
// (`peer_accounts.id`); ids are UUIDs, so one `account_id` column names either. Rows that are
// facts about a thing in the world (a period of an account, an article, a day) have ids derived
// from that thing, so two devices or two imports of one file land on the same row.

/** An account of another company we compare ourselves with. */
export const peerAccounts = sqliteTable('peer_accounts', {
  ...syncedRowColumns,
  platform: text('platform').notNull().default('wechat_subscription'),
  name: text('name').notNull().default(''),
  /** WeChat id / platform handle. */
  handle: text('handle').notNull().default(''),
  ownerCompany: text('owner_company').notNull().default(''),
  industry: text('industry').notNull().default(''),
  /** JSON array of strings. */
  tags: text('tags').notNull().default('[]'),
  /** Why we watch it. */
  reason: text('reason').notNull().default(''),
});

/** Something a peer does well, kept as an item that feeds the plan's competitor analysis. */
export const peerLearnings = sqliteTable(
  'peer_learnings',
  {
    ...syncedRowColumns,
    peerId: text('peer_id').notNull().default(''),
    /** column | layout | activity | copy | menu | service */
    kind: text('kind').notNull().default('column'),
    text: text('text').notNull().default(''),
    /** An example article's link ('' = none). */
    link: text('link').notNull().default(''),
    /** An example image in the library (asset id = content hash). */
    assetId: text('asset_id'),
    memberId: text('member_id'),
  },
  (t) => [index('peer_learnings_peer_idx').on(t.peerId)],
);

/**
 * One account's figures for one period, as entered or imported (id `snap:<account>:<week|month>:<start>`).
 * Null = not known. Where the period's articles are known, the figures shown are derived from them
 * (src-shared/domain/benchmarks/figures.ts); followers always come from here.
 */
export const metricSnapshots = sqliteTable(
  'metric_snapshots',
  {
    ...syncedRowColumns,
    accountId: text('account_id').notNull().default(''),
    /** week (gsdata's Sunday–Saturday) | month */
    period: text('period').notNull().default('month'),
    /** First day of the period: a Sunday, or the 1st. */
    periodStart: text('period_start').notNull().default(''),
    /** Followers at the end of the period (estimated for peers). */
    followers: integer('followers'),
    articles: integer('articles'),
    reads: integer('reads'),
    readsHeadline: integer('reads_headline'),
    readsMax: integer('reads_max'),
    zaikan: integer('zaikan'),
    zaikanHeadline: integer('zaikan_headline'),
    zaikanMax: integer('zaikan_max'),
    likes: integer('likes'),
    likesHeadline: integer('likes_headline'),
    likesMax: integer('likes_max'),
    shares: integer('shares'),
    sharesHeadline: integer('shares_headline'),
    sharesMax: integer('shares_max'),
    /** manual | import */
    source: text('source').notNull().default('manual'),
    /** Where the figures come from: a file name, 新榜, 西瓜数据, 公众号后台 … */
    sourceName: text('source_name').notNull().default(''),
    /** The day the figures were taken ('YYYY-MM-DD'). */
    sourceDate: text('source_date').notNull().default(''),
  },
  (t) => [index('metric_snapshots_account_idx').on(t.accountId, t.period, t.periodStart)],
);

/**
 * One published article's figures, own or peer (id `post:` + sha256 of account|date|position|title,
 * so the same article read twice is one row). Reads of "10万+" are 100001.
 */
export const postMetrics = sqliteTable(
  'post_metrics',
  {
    ...syncedRowColumns,
    accountId: text('account_id').notNull().default(''),
    /** 'YYYY-MM-DD HH:mm' (China time); 'YYYY-MM-DD' when the time is not known. */
    publishedAt: text('published_at').notNull().default(''),
    /** 1 = 头条, 2 = 次条 … */
    position: integer('position').notNull().default(1),
    title: text('title').notNull().default(''),
    url: text('url').notNull().default(''),
    /** The column or type it belongs to (a peer's 栏目, 类型), for "what reads best". */
    kind: text('kind').notNull().default(''),
    reads: integer('reads'),
    zaikan: integer('zaikan'),
    likes: integer('likes'),
    shares: integer('shares'),
    /** Own articles: new followers on the day of the push and within 7 days. */
    newFollowersDay1: integer('new_followers_day1'),
    newFollowersDay7: integer('new_followers_day7'),
    /** Own articles: the calendar item it was pushed as, when known. */
    itemId: text('item_id'),
    source: text('source').notNull().default('manual'),
    sourceName: text('source_name').notNull().default(''),
    sourceDate: text('source_date').notNull().default(''),
  },
  (t) => [index('post_metrics_account_idx').on(t.accountId, t.publishedAt)],
);

/** An own account's followers on one day, as 公众号后台's 用户分析 exports them (id `fday:<account>:<date>`). */
export const followerDays = sqliteTable(
  'follower_days',
  {
    ...syncedRowColumns,
    accountId: text('account_id').notNull().default(''),
    date: text('date').notNull().default(''),
    newFollowers: integer('new_followers'),
    unfollows: integer('unfollows'),
    netGain: integer('net_gain'),
    /** 累积关注人数 at the end of the day. */
    cumulative: integer('cumulative'),
    sourceName: text('source_name').notNull().default(''),
  },
  (t) => [index('follower_days_account_idx').on(t.accountId, t.date)],
);

/** A column mapping the operator saved for files of one layout (the header's normalized names). */
export const importMappings = sqliteTable(
  'import_mappings',
  {
    ...syncedRowColumns,
    /** calendar | benchmarks | … (the import target) */
    target: text('target').notNull().default(''),
    name: text('name').notNull().default(''),
    /** The header's normalized cell names joined by '|': a file with this header gets the mapping. */
    headerKey: text('header_key').notNull().default(''),
    /** JSON: field → 0-based column or null. */
    mapping: text('mapping').notNull().default('{}'),
  },
  (t) => [index('import_mappings_target_idx').on(t.target, t.headerKey)],
);
