import type { BenchAccount, Post, PostWithAccount, Snapshot } from '../../../src-shared/contract/benchmarks';
import type { PeriodKind } from '../../../src-shared/domain/benchmarks/periods';

// The deterministic ids of figure rows (a period of an account, an article) and the rows as the
// contract gives them. Raw SQL rows (snake_case) are read here, once.

export { postId, snapshotId } from './ids';

export interface SnapshotSqlRow {
  id: string;
  created_at: string;
  updated_at: string;
  account_id: string;
  period: string;
  period_start: string;
  followers: number | null;
  articles: number | null;
  reads: number | null;
  reads_headline: number | null;
  reads_max: number | null;
  zaikan: number | null;
  zaikan_headline: number | null;
  zaikan_max: number | null;
  likes: number | null;
  likes_headline: number | null;
  likes_max: number | null;
  shares: number | null;
  shares_headline: number | null;
  shares_max: number | null;
  source: string;
  source_name: string;
  source_date: string;
}

export function toSnapshot(r: SnapshotSqlRow): Snapshot {
  return {
    id: r.id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    accountId: r.account_id,
    period: { kind: r.period as PeriodKind, start: r.period_start },
    followers: r.followers,
    articles: r.articles,
    reads: r.reads,
    readsHeadline: r.reads_headline,
    readsMax: r.reads_max,
    zaikan: r.zaikan,
    zaikanHeadline: r.zaikan_headline,
    zaikanMax: r.zaikan_max,
    likes: r.likes,
    likesHeadline: r.likes_headline,
    likesMax: r.likes_max,
    shares: r.shares,
    sharesHeadline: r.shares_headline,
    sharesMax: r.shares_max,
    source: r.source === 'import' ? 'import' : 'manual',
    sourceName: r.source_name,
    sourceDate: r.source_date,
  };
}

export interface PostSqlRow {
  id: string;
  created_at: string;
  updated_at: string;
  account_id: string;
  published_at: string;
  position: number;
  title: string;
  url: string;
  kind: string;
  reads: number | null;
  zaikan: number | null;
  likes: number | null;
  shares: number | null;
  new_followers_day1: number | null;
  new_followers_day7: number | null;
  item_id: string | null;
  source: string;
  source_name: string;
  source_date: string;
}

export function toPost(r: PostSqlRow): Post {
  return {
    id: r.id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    accountId: r.account_id,
    publishedAt: r.published_at,
    position: r.position,
    title: r.title,
    url: r.url,
    kind: r.kind,
    reads: r.reads,
    zaikan: r.zaikan,
    likes: r.likes,
    shares: r.shares,
    newFollowersDay1: r.new_followers_day1,
    newFollowersDay7: r.new_followers_day7,
    itemId: r.item_id,
    source: r.source === 'import' ? 'import' : 'manual',
    sourceName: r.source_name,
    sourceDate: r.source_date,
  };
}

export function withAccount(post: Post, accounts: ReadonlyMap<string, BenchAccount>): PostWithAccount {
  return { ...post, account: accounts.get(post.accountId)! };
}

/** SQL for live accounts' ids (own and peer), for `account_id IN (…)`. */
export const LIVE_ACCOUNT_IDS = `SELECT id FROM accounts WHERE deleted_at IS NULL UNION ALL SELECT id FROM peer_accounts WHERE deleted_at IS NULL`;
