import { formatCount, median } from './numbers';
import { percentChange } from './wci';

// The weekly diagnosis's plain-language observations (what 新榜 users paste into a report),
// computed from the week's figures. Each is a `benchmarks.diagnosis.*` key with its params, and
// each is only said when the data makes it true.

/** An article far below its account's usual reads: under this share of the median. */
export const LOW_READS_SHARE = 0.5;
/** The median is only a yardstick with at least this many articles behind it. */
export const MIN_ARTICLES_FOR_MEDIAN = 5;
/** How many weeks (ending with the diagnosed one) an own account's median reads span. */
export const MEDIAN_WEEKS = 12;
/** A type "reads best" only with at least this many articles in the week. */
export const MIN_TYPE_ARTICLES = 2;
/** At most this many observations: a report takes two or three. */
export const MAX_OBSERVATIONS = 3;

export interface Observation {
  key: string;
  params: Record<string, string | number>;
}

export interface MoveRow {
  account: { id: string; kind: 'own' | 'peer'; name: string };
  wci: number | null;
  previousWci: number | null;
  rank: number | null;
  previousRank: number | null;
}

export interface WeekArticle {
  accountId: string;
  title: string;
  reads: number | null;
  /** Its kind, else the type its title announces (title-types.ts). */
  type: string;
}

export interface DiagnosisFacts {
  rows: readonly MoveRow[];
  /** The week's articles, own and peers'. */
  articles: readonly WeekArticle[];
  /** Own accounts' reads of every article of the last MEDIAN_WEEKS weeks, per account. */
  ownRecentReads: ReadonlyMap<string, readonly number[]>;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const reads = (n: number) => formatCount(n);

/** The row with the biggest WCI move (both weeks known, last week's above 0) of a kind. */
function biggestMove(rows: readonly MoveRow[], kind: 'own' | 'peer') {
  let best: { row: MoveRow; change: number } | undefined;
  for (const row of rows) {
    if (row.account.kind !== kind) continue;
    const change = percentChange(row.wci, row.previousWci);
    if (change === null || change === 0) continue;
    if (!best || Math.abs(change) > Math.abs(best.change)) best = { row, change };
  }
  return best;
}

function ownMove(facts: DiagnosisFacts): Observation | undefined {
  const move = biggestMove(facts.rows, 'own');
  if (!move || move.row.rank === null || move.row.previousRank === null) return undefined;
  const { row, change } = move;
  return {
    key: change > 0 ? 'benchmarks.diagnosis.ownUp' : 'benchmarks.diagnosis.ownDown',
    params: { account: row.account.name, wci: round1(row.wci!), change: round1(Math.abs(change)), rank: row.rank!, previousRank: row.previousRank! },
  };
}

function bestArticleOf(articles: readonly WeekArticle[], accountId: string): WeekArticle | undefined {
  let best: WeekArticle | undefined;
  for (const a of articles) if (a.accountId === accountId && a.reads !== null && (!best || a.reads > best.reads!)) best = a;
  return best;
}

function peerMove(facts: DiagnosisFacts): Observation | undefined {
  const move = biggestMove(facts.rows, 'peer');
  if (!move) return undefined;
  const best = bestArticleOf(facts.articles, move.row.account.id);
  if (!best) return undefined;
  return {
    key: move.change > 0 ? 'benchmarks.diagnosis.peerUp' : 'benchmarks.diagnosis.peerDown',
    params: { account: move.row.account.name, change: round1(Math.abs(move.change)), title: best.title, reads: reads(best.reads!) },
  };
}

/** Average reads per type of the week's articles with known reads, best first. */
export function typeAverages(articles: readonly WeekArticle[]): Array<{ type: string; posts: number; average: number }> {
  const byType = new Map<string, number[]>();
  for (const a of articles) if (a.reads !== null) byType.set(a.type, [...(byType.get(a.type) ?? []), a.reads]);
  return [...byType]
    .map(([type, values]) => ({ type, posts: values.length, average: values.reduce((s, v) => s + v, 0) / values.length }))
    .sort((a, b) => b.average - a.average || b.posts - a.posts || a.type.localeCompare(b.type));
}

function bestType(facts: DiagnosisFacts, ownIds: ReadonlySet<string>): Observation | undefined {
  const best = typeAverages(facts.articles).find((t) => t.posts >= MIN_TYPE_ARTICLES);
  if (!best) return undefined;
  const own = facts.articles.filter((a) => ownIds.has(a.accountId));
  const ownOfType = own.filter((a) => a.type === best.type).length;
  const params = { type: best.type, posts: best.posts, average: reads(Math.round(best.average)) };
  if (ownOfType === 0) return { key: 'benchmarks.diagnosis.bestTypeNoOwn', params };
  return { key: 'benchmarks.diagnosis.bestType', params: { ...params, ownPosts: own.length, ownShare: round1((ownOfType / own.length) * 100) } };
}

function ownLow(facts: DiagnosisFacts, ownIds: ReadonlySet<string>, names: ReadonlyMap<string, string>): Observation | undefined {
  let worst: { article: WeekArticle; median: number; ratio: number } | undefined;
  for (const article of facts.articles) {
    if (!ownIds.has(article.accountId) || article.reads === null) continue;
    const recent = facts.ownRecentReads.get(article.accountId) ?? [];
    const middle = recent.length >= MIN_ARTICLES_FOR_MEDIAN ? median(recent) : null;
    if (!middle) continue;
    const ratio = article.reads / middle;
    if (ratio < LOW_READS_SHARE && (!worst || ratio < worst.ratio)) worst = { article, median: middle, ratio };
  }
  if (!worst) return undefined;
  return {
    key: 'benchmarks.diagnosis.ownLow',
    params: { account: names.get(worst.article.accountId) ?? '', title: worst.article.title, reads: reads(worst.article.reads!), median: reads(Math.round(worst.median)), weeks: MEDIAN_WEEKS },
  };
}

/** Two or three observations, in the order a report reads them: own accounts, a weak own article, the peers, the types. */
export function diagnosisObservations(facts: DiagnosisFacts): Observation[] {
  const ownIds = new Set(facts.rows.filter((r) => r.account.kind === 'own').map((r) => r.account.id));
  const names = new Map(facts.rows.map((r) => [r.account.id, r.account.name]));
  const found = [ownMove(facts), ownLow(facts, ownIds, names), peerMove(facts), bestType(facts, ownIds)];
  return found.filter((o): o is Observation => o !== undefined).slice(0, MAX_OBSERVATIONS);
}
