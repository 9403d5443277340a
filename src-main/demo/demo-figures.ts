import chineseDays from 'chinese-days';
import recipe from '../../resources/demo/benchmarks.json';
import type { Platform } from '../../src-shared/contract/accounts';
import { TEN_WAN_PLUS } from '../../src-shared/domain/benchmarks/numbers';
import { weekStartOf } from '../../src-shared/domain/benchmarks/periods';
import { addDays, eachDay, weekdayOf } from '../../src-shared/domain/dates';

// The numbers of the demo's benchmarks (issue 11), pure: given the seeded random and the days,
// follower series that add up (new − unfollows = net; cumulative = yesterday's + net, ending at
// the account's followers today) and articles' figures from a skewed distribution (头条 far above
// 次条, a few 10万+). The story of the own accounts: steady growth, a campaign spike around 双11,
// a dip over 春节. The words are data (resources/demo/benchmarks.json).

export interface PeerRecipe {
  platform: Platform;
  name: string;
  short: string;
  handle: string;
  ownerCompany: string;
  industry: string;
  city: string;
  tags: string[];
  reason: string;
  followers: number;
  growth: number;
  readRate: number;
  pushes: [number, number];
  extras: number;
  learnings: Array<{ kind: string; text: string }>;
}
export interface PostType {
  name: string;
  factor: number;
  shares: number;
  titles: string[];
}
interface BenchmarksRecipe {
  peers: PeerRecipe[];
  types: PostType[];
  own: {
    growth: Record<string, number>;
    readRate: Record<string, number>;
    columnFactor: Record<string, number>;
    columnType: Record<string, string>;
    campaign: { name: string; monthDay: string; days: number; peak: number };
    dip: { name: string; before: number; after: number; factor: number };
  };
  sources: { peerSnapshots: string; peerPosts: string[]; ownPosts: string; ownDays: string; ownSnapshots: string };
  large: { cities: string[]; brands: string[]; lines: Array<{ suffix: string; industry: string }> };
}
export const BENCHMARKS = recipe as unknown as BenchmarksRecipe;

export type Random = () => number;

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** A standard normal draw (Box–Muller). */
function normal(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** A multiplier around 1 with a long right tail: most values near 1, a few far above. */
export function skew(random: Random, sigma: number): number {
  return Math.exp(sigma * normal(random) - (sigma * sigma) / 2);
}

// Ids as the benchmarks' model names its facts (services/benchmarks/ids), so an import of the same figures lands on the demo's rows.
export { followerDayId, postId, snapshotId } from '../services/benchmarks/ids';

/** A made-up article link of the form WeChat uses. */
export function articleUrl(random: Random): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  return `https://mp.weixin.qq.com/s/${Array.from({ length: 22 }, () => pick(random, [...chars])).join('')}`;
}

/** The days the figures cover: `weeks` whole Sunday–Saturday weeks before today's week, to yesterday (today's figures are not in yet). */
export function figuresRange(today: string, weeks: number): { first: string; last: string } {
  return { first: addDays(weekStartOf(today), -7 * weeks), last: addDays(today, -1) };
}

/** The story's events in a range: 双11 campaigns and 春节 dips, as day → factor on new followers (and reads). */
export interface Events {
  /** new followers × this, by day (campaign days). */
  campaign: Map<string, number>;
  /** unfollows × this, by day (the campaign's churn afterwards). */
  churn: Map<string, number>;
  /** new followers and reads × this, by day (the holiday). */
  dip: Map<string, number>;
}

export function storyEvents(first: string, last: string): Events {
  const { campaign, dip } = BENCHMARKS.own;
  const events: Events = { campaign: new Map(), churn: new Map(), dip: new Map() };
  for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year++) {
    const peak = `${year}-${campaign.monthDay}`;
    for (let back = campaign.days - 1; back >= 0; back--) events.campaign.set(addDays(peak, -back), 1 + ((campaign.peak - 1) * (campaign.days - back)) / campaign.days);
    for (let after = 1; after <= 14; after++) events.churn.set(addDays(peak, after), 1 + 1.2 * (1 - after / 15));
    const festival = chineseDays.getSolarDateFromLunar(`${year}-01-01`).date;
    for (let d = -dip.before; d <= dip.after; d++) events.dip.set(addDays(festival, d), d >= 0 && d <= 3 ? dip.factor : (1 + dip.factor) / 2);
  }
  return events;
}

export interface FollowerDay {
  date: string;
  newFollowers: number;
  unfollows: number;
  netGain: number;
  cumulative: number;
}

/**
 * An own account's days from `first` to `last`: a base of new followers that nets `growth` over a
 * year, more at weekends, the events' spike and dip, plus the followers its articles brought
 * (`extra`, by day); unfollows about 0.04 % of followers a day. Cumulative ends at `followers`.
 */
export function followerDays(random: Random, o: { first: string; last: string; followers: number; growth: number; events: Events; extra?: Map<string, number> }): FollowerDay[] {
  const days = eachDay(o.first, o.last);
  const years = days.length / 365;
  const start = o.followers / (1 + o.growth) ** years;
  const perDay = (o.followers - start) / days.length;
  const rows = days.map((date, i) => {
    const around = start + perDay * i;
    const unfollows = Math.round(around * 0.0004 * skew(random, 0.25) * (o.events.churn.get(date) ?? 1));
    const weekend = weekdayOf(date) === 0 || weekdayOf(date) === 6 ? 1.15 : 0.95;
    const base = (around * 0.0004 + perDay) * weekend * skew(random, 0.3) * (o.events.campaign.get(date) ?? 1) * (o.events.dip.get(date) ?? 1);
    const newFollowers = Math.max(0, Math.round(base + (o.extra?.get(date) ?? 0)));
    return { date, newFollowers, unfollows, netGain: newFollowers - unfollows, cumulative: 0 };
  });
  let cumulative = o.followers;
  for (let i = rows.length - 1; i >= 0; i--) {
    rows[i]!.cumulative = cumulative;
    cumulative -= rows[i]!.netGain;
  }
  return rows;
}

/** A peer's estimated followers at the end of each day, from `followers` today back, growing by `growth` a year with noise; rounded as 新榜 estimates them. */
export function peerFollowers(random: Random, o: { first: string; last: string; followers: number; growth: number }): Map<string, number> {
  const days = eachDay(o.first, o.last);
  const rate = (1 + o.growth) ** (1 / 365);
  const out = new Map<string, number>();
  let value = o.followers;
  for (let i = days.length - 1; i >= 0; i--) {
    out.set(days[i]!, Math.round(value / 100) * 100);
    value /= rate ** skew(random, 0.8);
  }
  return out;
}

export interface PostFigures {
  reads: number;
  zaikan: number;
  likes: number;
  shares: number;
}

/**
 * One article's figures: the 头条 reads `readRate` of the followers, times the type's factor and a
 * long-tailed draw; a 次条 a tenth to a third of that, less for each later slot. Interactions are
 * proportional with noise (shares by type). Reads of 100,000 or more are "10万+".
 */
export function postFigures(random: Random, o: { followers: number; readRate: number; position: number; factor: number; shares: number; boost?: number }): PostFigures {
  const headline = o.followers * o.readRate * o.factor * (o.boost ?? 1) * skew(random, 0.5);
  const reads = Math.max(20, Math.round(o.position === 1 ? headline : headline * (0.1 + 0.22 * random()) * 0.75 ** (o.position - 2)));
  const ratio = (mean: number, sigma: number) => Math.round(reads * mean * skew(random, sigma));
  return { reads: reads >= 100_000 ? TEN_WAN_PLUS : reads, zaikan: ratio(0.006, 0.4), likes: ratio(0.012, 0.35), shares: ratio(o.shares, 0.45) };
}

/** A title of a type, its placeholders filled. */
export function titleOf(random: Random, type: PostType, o: { city: string; brand: string; date: string; term: string }): string {
  return pick(random, type.titles)
    .replaceAll('{term}', o.term)
    .replaceAll('{city}', o.city)
    .replaceAll('{brand}', o.brand)
    .replaceAll('{month}', String(Number(o.date.slice(5, 7))))
    .replace(/\{n\}/g, () => String(2 + Math.floor(random() * 8)));
}

/** The days of a week a peer pushes on: `count` distinct days, each at most once. */
export function pushDays(random: Random, weekStart: string, count: number): string[] {
  const days = Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
  for (let i = days.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [days[i], days[j]] = [days[j]!, days[i]!];
  }
  return days.slice(0, count).sort();
}

/** The solar term (节气) each day falls in, from `first` to `last`. */
export function solarTermsOf(first: string, last: string): Map<string, string> {
  const terms = chineseDays.getSolarTerms(addDays(first, -20), last);
  const out = new Map<string, string>();
  let at = 0;
  let current = terms[0]?.name ?? '';
  for (const date of eachDay(first, last)) {
    while (at < terms.length && terms[at]!.date <= date) current = terms[at++]!.name;
    out.set(date, current);
  }
  return out;
}
