import type { Platform } from '../../src-shared/contract/accounts';
import { periodEnd, periodsBetween, type PeriodKind } from '../../src-shared/domain/benchmarks/periods';
import { addDays, daysInclusive, eachDay } from '../../src-shared/domain/dates';
import { isCadenceDay } from '../../src-shared/domain/columns/cadence';
import { followerDays as followerDaysTable, metricSnapshots, peerAccounts, peerLearnings, postMetrics } from '../db/schema';
import type { RowValues } from '../sync/repository';
import type { ServiceContext } from '../services/context';
import type { Column } from '../../src-shared/contract/columns';
import type { DemoAccount } from './demo-calendar';
import { DEMO_CALENDAR } from './demo-recipe';
import {
  articleUrl,
  BENCHMARKS,
  followerDayId,
  figuresRange,
  followerDays,
  peerFollowers,
  pick,
  postFigures,
  postId,
  pushDays,
  skew,
  snapshotId,
  solarTermsOf,
  storyEvents,
  titleOf,
  type Events,
  type PeerRecipe,
  type PostType,
  type Random,
} from './demo-figures';

// The demo's benchmarks (issue 11), written through the sync repository in the demo's
// transaction. Small: the 8 peers of resources/demo/benchmarks.json with a year of weekly and
// monthly snapshots, 1–3 pushes a week (头条 + 次条) and their learnings; the own accounts a year
// of snapshots, the WeChat ones their articles' figures (the published calendar items where the
// calendar has them, else articles by their columns' cadences) and 用户分析's days. Large: 200
// accounts (the own ones and generated peers) × 5 years, pushes most days.

export interface OwnAccount extends DemoAccount {
  name: string;
  followers: number;
}
export interface DemoBenchmarksOptions {
  today: string;
  large: boolean;
  /** The first day the demo's calendar holds items on: own articles from then on are its published items. */
  calendarFrom: string;
  memberIds: readonly string[];
}
export interface DemoBenchmarksSummary {
  peers: number;
  learnings: number;
  snapshots: number;
  posts: number;
  followerDays: number;
}

/** Weeks of figures, and how many accounts in all (own + peers) at each scale. */
export const DEMO_BENCHMARKS = { small: { weeks: 52 }, large: { weeks: 52 * 5, accounts: 200 } } as const;

const isWechat = (platform: Platform) => platform === 'wechat_subscription' || platform === 'wechat_service';

/** The peers of the large demo beyond the recipe's: names from cities × brands × business lines, pushing most days. */
export function largePeers(random: Random, count: number): PeerRecipe[] {
  const { cities, brands, lines } = BENCHMARKS.large;
  const names = new Set(BENCHMARKS.peers.map((p) => p.name));
  const out: PeerRecipe[] = [];
  for (let i = 0; out.length < count; i++) {
    const city = cities[i % cities.length]!;
    const brand = brands[(i * 5 + Math.floor(i / cities.length)) % brands.length]!;
    const line = lines[(i * 3 + Math.floor(i / 7)) % lines.length]!;
    const name = `${city}${brand}${line.suffix}`;
    if (names.has(name)) continue;
    names.add(name);
    const service = random() < 0.15;
    out.push({
      platform: service ? 'wechat_service' : 'wechat_subscription',
      name,
      short: `${brand}${line.suffix}`,
      handle: `peer_${out.length + 1}`,
      ownerCompany: `${city}${brand}商业管理有限公司`,
      industry: line.industry,
      city,
      tags: [city, line.industry],
      reason: `${city}同业态的${line.industry}账号，用来看推送节奏和爆文选题。`,
      followers: Math.round(20_000 * Math.exp(random() * 3.4)),
      growth: -0.1 + random() * 0.4,
      readRate: 0.02 + random() * 0.06,
      pushes: service ? [1, 1] : [3, 5],
      extras: service ? 3 : random() < 0.3 ? 1 : 0,
      learnings: [],
    });
  }
  return out;
}

interface Writer {
  ctx: ServiceContext;
  random: Random;
  first: string;
  last: string;
  today: string;
  events: Events;
  terms: Map<string, string>;
  summary: DemoBenchmarksSummary;
}

/** Snapshots of followers for every week and month that ended in the range. */
function writeSnapshots(w: Writer, accountId: string, followersOn: (date: string) => number, source: { source: string; sourceName: string }): void {
  const rows: RowValues[] = [];
  for (const kind of ['week', 'month'] as PeriodKind[]) {
    for (const period of periodsBetween(kind, w.first, w.last)) {
      const end = periodEnd(period);
      if (end > w.last || end < w.first) continue;
      rows.push({ id: snapshotId(accountId, kind, period.start), accountId, period: kind, periodStart: period.start, followers: followersOn(end), ...source, sourceDate: addDays(end, 1) });
    }
  }
  w.ctx.repo.insertMany(metricSnapshots, rows);
  w.summary.snapshots += rows.length;
}

/** A type for a slot: 头条 rarely a 通知; a push never repeats a type. */
function typesForPush(random: Random, count: number): PostType[] {
  const types = [...BENCHMARKS.types];
  for (let i = types.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [types[i], types[j]] = [types[j]!, types[i]!];
  }
  if (types[0]!.name === '资讯/通知' && random() < 0.9) types.push(types.shift()!);
  return types.slice(0, count);
}

function writePeer(w: Writer, peer: PeerRecipe, memberIds: readonly string[]): void {
  const { random } = w;
  const id = w.ctx.repo.insert(peerAccounts, {
    platform: peer.platform,
    name: peer.name,
    handle: peer.handle,
    ownerCompany: peer.ownerCompany,
    industry: peer.industry,
    tags: JSON.stringify(peer.tags),
    reason: peer.reason,
  });
  w.summary.peers++;
  const learnings = peer.learnings.map((l, i) => ({ peerId: id, kind: l.kind, text: l.text, link: i % 3 === 2 ? '' : articleUrl(random), memberId: memberIds.length ? pick(random, memberIds) : null }));
  w.ctx.repo.insertMany(peerLearnings, learnings);
  w.summary.learnings += learnings.length;

  const followers = peerFollowers(random, { first: w.first, last: w.last, followers: peer.followers, growth: peer.growth });
  writeSnapshots(w, id, (date) => followers.get(date)!, { source: 'import', sourceName: BENCHMARKS.sources.peerSnapshots });

  const time = pick(random, ['07:30', '12:00', '18:00', '20:30', '21:00']);
  const sourceName = pick(random, BENCHMARKS.sources.peerPosts);
  const service = peer.platform === 'wechat_service';
  const perMonth = new Map<string, number>();
  const posts: RowValues[] = [];
  for (const week of periodsBetween('week', w.first, w.last)) {
    const [min, max] = peer.pushes;
    for (const date of pushDays(random, week.start, min + Math.floor(random() * (max - min + 1)))) {
      if (date < w.first || date > w.last) continue;
      // A service account pushes at most 4 times a month.
      if (service && (perMonth.get(date.slice(0, 7)) ?? 0) >= 4) continue;
      perMonth.set(date.slice(0, 7), (perMonth.get(date.slice(0, 7)) ?? 0) + 1);
      const types = typesForPush(random, 1 + Math.floor(random() * (peer.extras + 1)));
      types.forEach((type, i) => {
        const title = titleOf(random, type, { city: peer.city, brand: peer.short, date, term: w.terms.get(date) ?? '' });
        const figures = postFigures(random, { followers: followers.get(date)!, readRate: peer.readRate, position: i + 1, factor: type.factor, shares: type.shares, boost: w.events.dip.get(date) });
        const publishedAt = `${date} ${time}`;
        posts.push({
          id: postId(id, publishedAt, i + 1, title),
          accountId: id,
          publishedAt,
          position: i + 1,
          title,
          url: articleUrl(random),
          kind: random() < 0.6 ? type.name : '',
          ...figures,
          source: 'import',
          sourceName,
          sourceDate: addDays(date, 7),
        });
      });
    }
  }
  w.ctx.repo.insertMany(postMetrics, posts);
  w.summary.posts += posts.length;
}

/** A service account's 会员日, as the calendar has them. */
const MEMBER_DAYS = [8, 18, 28];

/** An own article's title: the column's own titles, or half the time one of the type it is (so a year of them does not repeat much). */
function ownTitle(random: Random, column: string, city: string, date: string, term: string): string {
  const type = BENCHMARKS.types.find((t) => t.name === BENCHMARKS.own.columnType[column]);
  if (type && random() < 0.5) return `${column}｜${titleOf(random, type, { city, brand: '悦汇', date, term })}`;
  return pick(random, DEMO_CALENDAR.titles[column] ?? [`${column}｜本期内容`]).replace('{city}', city);
}

interface OwnPost {
  date: string;
  position: number;
  title: string;
  kind: string;
  itemId: string | null;
}

/** An own WeChat account's articles: the calendar's published items from `calendarFrom`, before it articles by the columns' cadences and the festivals. */
function ownArticles(w: Writer, account: OwnAccount, calendarFrom: string, large: boolean): OwnPost[] {
  const { random } = w;
  const out: OwnPost[] = [];
  const service = account.platform === 'wechat_service';
  const festivalColumn = account.columns.some((c) => c.name === '节日策划') ? '节日策划' : '';
  for (const date of eachDay(w.first, addDays(calendarFrom < w.last ? calendarFrom : addDays(w.last, 1), -1))) {
    let festival = DEMO_CALENDAR.festivals.find((f) => f.day === date.slice(5));
    let columns: Column[];
    if (service) {
      // As the calendar: 4 pushes a month, the 会员日 (8th, 18th, 28th) and the month's first other festival or the 1st.
      const festivalDay = DEMO_CALENDAR.festivals.find((f) => f.day.startsWith(date.slice(5, 7)) && !MEMBER_DAYS.includes(Number(f.day.slice(3))))?.day.slice(3) ?? '01';
      const isExtra = date.slice(8) === festivalDay;
      if (!MEMBER_DAYS.includes(Number(date.slice(8))) && !isExtra) continue;
      if (!isExtra) festival = undefined;
      columns = account.columns.slice(0, 2 + Math.floor(random() * 3));
    } else columns = account.columns.filter((c) => isCadenceDay(c.cadence, date) && random() < (large ? 0.5 : 0.85));
    const titles = columns.map((c) => ({ title: ownTitle(random, c.name, account.city || '华东', date, w.terms.get(date) ?? ''), kind: c.name }));
    if (festival) titles.unshift({ title: festival.title, kind: festivalColumn });
    titles.slice(0, large ? 2 : 4).forEach((t, i) => out.push({ date, position: i + 1, ...t, itemId: null }));
  }
  const items = w.ctx.sqlite
    .prepare(
      `SELECT i.id AS itemId, i.date AS date, i.slot AS position, i.title AS title, coalesce(c.name, '') AS kind FROM calendar_items i LEFT JOIN columns c ON c.id = i.column_id
       WHERE i.account_id = ? AND i.deleted_at IS NULL AND i.status = 'published' AND i.date BETWEEN ? AND ? ORDER BY i.date, i.slot`,
    )
    .all(account.id, calendarFrom > w.first ? calendarFrom : w.first, w.last) as OwnPost[];
  return [...out, ...items];
}

function writeOwn(w: Writer, account: OwnAccount, o: DemoBenchmarksOptions): void {
  const { random } = w;
  const growth = BENCHMARKS.own.growth[account.platform] ?? 0.1;
  if (!isWechat(account.platform)) {
    const days = followerDays(random, { first: w.first, last: w.last, followers: account.followers, growth, events: w.events });
    const at = new Map(days.map((d) => [d.date, d.cumulative]));
    writeSnapshots(w, account.id, (date) => at.get(date)!, { source: 'manual', sourceName: '' });
    return;
  }
  const readRate = BENCHMARKS.own.readRate[account.platform] ?? 0.06;
  const span = daysInclusive(w.first, w.last);
  const followersAround = (date: string) => account.followers / (1 + growth) ** ((span - daysInclusive(w.first, date)) / 365);
  // The articles first: the followers they bring go into the days.
  const extra = new Map<string, number>();
  const add = (date: string, n: number) => extra.set(date, (extra.get(date) ?? 0) + n);
  const posts = ownArticles(w, account, o.calendarFrom, o.large).map((post) => {
    const campaign = w.events.campaign.get(post.date) ?? 1;
    const boost = (w.events.dip.get(post.date) ?? 1) * (1 + (campaign - 1) * 0.4);
    const factor = BENCHMARKS.own.columnFactor[post.kind] ?? 1;
    const figures = postFigures(random, { followers: followersAround(post.date), readRate, position: post.position, factor, shares: 0.025 * factor, boost });
    const newFollowersDay1 = Math.round(Math.min(figures.reads, 100_000) * 0.004 * skew(random, 0.5) * campaign);
    const newFollowersDay7 = newFollowersDay1 + Math.round(newFollowersDay1 * (0.4 + random()));
    add(post.date, newFollowersDay1);
    for (let d = 1; d <= 6; d++) add(addDays(post.date, d), (newFollowersDay7 - newFollowersDay1) / 6);
    const publishedAt = `${post.date} 20:00`;
    return {
      id: postId(account.id, publishedAt, post.position, post.title),
      accountId: account.id,
      publishedAt,
      position: post.position,
      title: post.title,
      url: articleUrl(random),
      kind: post.kind,
      ...figures,
      newFollowersDay1,
      newFollowersDay7,
      itemId: post.itemId,
      source: 'import',
      sourceName: BENCHMARKS.sources.ownPosts,
      sourceDate: addDays(post.date, 7) < o.today ? addDays(post.date, 7) : w.last,
    };
  });
  w.ctx.repo.insertMany(postMetrics, posts);
  w.summary.posts += posts.length;
  // The articles' followers are part of the growth, not on top of it.
  const mean = [...extra.values()].reduce((a, b) => a + b, 0) / span;
  const days = followerDays(random, { first: w.first, last: w.last, followers: account.followers, growth, events: w.events, extra: new Map([...extra].map(([d, n]) => [d, n - mean])) });
  w.ctx.repo.insertMany(
    followerDaysTable,
    days.map((d) => ({ id: followerDayId(account.id, d.date), accountId: account.id, ...d, sourceName: BENCHMARKS.sources.ownDays })),
  );
  w.summary.followerDays += days.length;
  const at = new Map(days.map((d) => [d.date, d.cumulative]));
  writeSnapshots(w, account.id, (date) => at.get(date)!, { source: 'import', sourceName: BENCHMARKS.sources.ownSnapshots });
}

/** Writes the demo's peers, learnings and figures; the same seed and today give the same rows. */
export function fillDemoBenchmarks(ctx: ServiceContext, random: Random, accounts: readonly OwnAccount[], o: DemoBenchmarksOptions): DemoBenchmarksSummary {
  const weeks = o.large ? DEMO_BENCHMARKS.large.weeks : DEMO_BENCHMARKS.small.weeks;
  const { first, last } = figuresRange(o.today, weeks);
  const w: Writer = { ctx, random, first, last, today: o.today, events: storyEvents(first, last), terms: solarTermsOf(first, last), summary: { peers: 0, learnings: 0, snapshots: 0, posts: 0, followerDays: 0 } };
  const peers = o.large ? [...BENCHMARKS.peers, ...largePeers(random, Math.max(0, DEMO_BENCHMARKS.large.accounts - accounts.length - BENCHMARKS.peers.length))] : BENCHMARKS.peers;
  for (const account of accounts) writeOwn(w, account, o);
  for (const peer of peers) writePeer(w, peer, o.memberIds);
  return w.summary;
}
