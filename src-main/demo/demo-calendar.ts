import type { Platform } from '../../src-shared/contract/accounts';
import type { Column } from '../../src-shared/contract/columns';
import type { ItemStatus } from '../../src-shared/contract/calendar';
import { keyDates } from '../db/schema';
import { addDays, addMonths, daysInclusive, eachDay, isoDate, monthEnd } from '../../src-shared/domain/dates';
import { isCadenceDay } from '../../src-shared/domain/columns/cadence';
import { hasPushSlots, NO_SLOT } from '../../src-shared/domain/calendar/slots';
import { insertItem } from '../services/calendar/item-rows';
import type { ServiceContext } from '../services/context';
import { DEMO_CALENDAR } from './demo-recipe';

// The demo's content calendar lives around the day it is written (`today`): dates from today and
// the seeded random only, so the same seed and the same today give the same plan. Before today
// items are published (a few cancelled) but for a handful of overdue drafts; from today on they
// are in the works. Small: three months for the WeChat accounts with two deliberate rule
// violations; large: five years × every account, for benchmarks.

export interface DemoAccount {
  id: string;
  platform: Platform;
  city: string;
  ownerId: string | null;
  columns: Column[];
}

/** The small demo's months: the one before today's, today's and the one after. */
export function smallDemoRange(today: string): { start: string; end: string } {
  return { start: addMonths(today, -1), end: monthEnd(addMonths(today, 1)) };
}

/** The large demo: five years from the month 25 months before today's. */
const LARGE_MONTHS_BEFORE = 25;
const LARGE_YEARS = 5;
/** The month the benchmarks open, today's: about 1,000 items (other months about 550). */
export function largeDenseMonth(today: string): string {
  return today.slice(0, 7);
}

/** How many drafts the small demo leaves overdue: enough to show the panel, few enough to be believable. */
export const DEMO_OVERDUE = { min: 5, max: 15 } as const;

interface Planned {
  title: string;
  columnId: string | null;
  ownerId: string | null;
  tags: string[];
}

/** One day's push of an account: its articles go into slots 1..n with one status. */
interface Push {
  account: DemoAccount;
  date: string;
  articles: Planned[];
  status: ItemStatus;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Where an item of `date` stands on `today`: done before it; the nearer, the further along. */
function statusFor(random: () => number, date: string, today: string): ItemStatus {
  if (date < today) return random() < 0.03 ? 'cancelled' : 'published';
  const ahead = daysInclusive(today, date) - 1;
  if (ahead <= 1) return random() < 0.7 ? 'scheduled' : 'approved';
  // Due today (截稿 two days before the push): some are still being written.
  if (ahead === 2) return pick(random, ['review', 'writing', 'approved'] as const);
  if (ahead <= 10) return pick(random, ['approved', 'review', 'writing'] as const);
  if (ahead <= 24) return pick(random, ['writing', 'writing', 'topic'] as const);
  return 'topic';
}

function titleOf(random: () => number, column: Column, city: string): string {
  return pick(random, DEMO_CALENDAR.titles[column.name] ?? [`${column.name}｜本期内容`]).replace('{city}', city || '华东');
}

function fromColumn(random: () => number, account: DemoAccount, column: Column): Planned {
  return { title: titleOf(random, column, account.city), columnId: column.id, ownerId: column.ownerId ?? account.ownerId, tags: [...(DEMO_CALENDAR.tags[column.name] ?? [])] };
}

/** Writes a push: its articles in slots 1..n, due two days before unless done. Returns how many. */
function writePush(ctx: ServiceContext, { account, date, articles, status }: Push): number {
  articles.forEach((a, i) => {
    insertItem(ctx, {
      accountId: account.id,
      date,
      // Only WeChat's pushes have 头条/次条 (at the evening push); Weibo, 视频号 … plan by time.
      time: hasPushSlots(account.platform) ? '20:00' : '12:00',
      slot: hasPushSlots(account.platform) ? 1 + i : NO_SLOT,
      columnId: a.columnId,
      title: a.title,
      notes: '',
      ownerId: a.ownerId,
      dueDate: status === 'published' || status === 'cancelled' ? '' : addDays(date, -2),
      status,
      sourceKey: '',
      tags: a.tags,
    });
  });
  return articles.length;
}

/** A service account's 会员日 pushes. */
const MEMBER_DAYS = [8, 18, 28];

/** The festival on a date, whatever the year. */
const festivalOn = (date: string) => DEMO_CALENDAR.festivals.find((f) => f.day === date.slice(5));

/** Day `day` of the month of `date`, or its last day when the month is shorter. */
function dayOfMonth(date: string, day: number): string {
  const last = monthEnd(date);
  return Number(last.slice(8)) < day ? last : isoDate(Number(date.slice(0, 4)), Number(date.slice(5, 7)), day);
}

/**
 * Turns a few pushes of the last days (and of tomorrow, due yesterday) back into drafts, so that
 * between DEMO_OVERDUE.min and .max items are overdue, as in a real week; the rest stays done.
 */
function leaveSomeUndone(random: () => number, pushes: Push[], today: string): void {
  const candidates = pushes.filter((p) => (p.date < today && p.date >= addDays(today, -8)) || p.date === addDays(today, 1));
  for (let i = candidates.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [candidates[i], candidates[j]] = [candidates[j]!, candidates[i]!];
  }
  const target = DEMO_OVERDUE.min + 3 + Math.floor(random() * 5);
  let overdue = 0;
  for (const push of candidates) {
    if (overdue >= target) break;
    if (overdue + push.articles.length > DEMO_OVERDUE.max) continue;
    push.status = push.date < today ? pick(random, ['writing', 'review'] as const) : 'writing';
    overdue += push.articles.length;
  }
}

/** The WeChat accounts' pushes over the small demo's months, by their columns' cadences and the festivals. */
function planPushes(random: () => number, wechat: readonly DemoAccount[], today: string): Push[] {
  const { start, end } = smallDemoRange(today);
  const pushes: Push[] = [];
  const festivalColumn = (a: DemoAccount) => a.columns.find((c) => c.name === '节日策划') ?? null;
  for (const account of wechat) {
    const isService = account.platform === 'wechat_service';
    for (const date of eachDay(start, end)) {
      let festival = festivalOn(date);
      let articles: Planned[];
      if (isService) {
        // 4 pushes a month: the 8th, 18th and 28th (会员日) and the month's first other festival (or the 1st).
        const festivalDay = DEMO_CALENDAR.festivals.find((f) => f.day.startsWith(date.slice(5, 7)) && !MEMBER_DAYS.includes(Number(f.day.slice(3))))?.day.slice(3);
        const isExtra = date.slice(8) === (festivalDay ?? '01');
        if (!MEMBER_DAYS.includes(Number(date.slice(8))) && !isExtra) continue;
        articles = account.columns.slice(0, 2 + Math.floor(random() * 3)).map((c) => fromColumn(random, account, c));
        if (!isExtra) festival = undefined;
      } else {
        articles = account.columns.filter((c) => isCadenceDay(c.cadence, date) && random() < 0.85).map((c) => fromColumn(random, account, c));
      }
      if (festival) articles.unshift({ title: festival.title, columnId: festivalColumn(account)?.id ?? null, ownerId: account.ownerId, tags: [...festival.tags] });
      if (articles.length) pushes.push({ account, date, articles: articles.slice(0, 4), status: 'topic' });
    }
  }
  return pushes;
}

/** The deliberate violations, for the problems panel: a second push in three days on a subscription account, a 5th service push next month. */
function addViolations(pushes: Push[], wechat: readonly DemoAccount[], today: string): void {
  const subscription = wechat.find((a) => a.platform === 'wechat_subscription');
  const service = wechat.find((a) => a.platform === 'wechat_service');
  const alone = (account: DemoAccount, title: string, tags: string[]): Planned[] => [{ title, columnId: null, ownerId: account.ownerId, tags }];
  if (subscription) {
    const date = addDays(today, 3);
    if (!pushes.some((p) => p.account === subscription && p.date === date)) pushes.push({ account: subscription, date, articles: alone(subscription, '周末营业时间调整公告', ['公告']), status: 'topic' });
    pushes.push({ account: subscription, date, articles: alone(subscription, '临时加推｜会员日限时福利', ['会员', '促销']), status: 'topic' });
  }
  if (service) pushes.push({ account: service, date: addDays(addMonths(today, 1), 21), articles: alone(service, '会员专场加推｜限时狂欢夜', ['会员', '促销']), status: 'topic' });
}

/** Three months around today for the WeChat accounts, a topic pool, key dates, a few overdue drafts and two violations. */
export function fillSmallCalendar(ctx: ServiceContext, random: () => number, accounts: readonly DemoAccount[], today: string): number {
  const wechat = accounts.filter((a) => a.platform === 'wechat_subscription' || a.platform === 'wechat_service');
  const pushes = planPushes(random, wechat, today);
  addViolations(pushes, wechat, today);
  for (const push of pushes) push.status = statusFor(random, push.date, today);
  leaveSomeUndone(random, pushes, today);
  let count = pushes.reduce((n, push) => n + writePush(ctx, push), 0);
  for (const { month, day, name, kind, notes } of DEMO_CALENDAR.keyDates) ctx.repo.insert(keyDates, { date: dayOfMonth(addMonths(today, month), day), name, kind, notes });
  DEMO_CALENDAR.pool.forEach((title, i) => {
    const account = wechat[i % wechat.length];
    if (!account) return;
    insertItem(ctx, {
      accountId: account.id,
      date: '',
      time: '',
      slot: 1,
      columnId: null,
      title,
      notes: '待讨论：角度、配图和上线时间',
      ownerId: account.ownerId,
      dueDate: '',
      status: 'topic',
      sourceKey: '',
      tags: i % 2 ? ['选题'] : [],
    });
    count++;
  });
  return count;
}

/** Five years × every account around today: one article on about a third of the days (a service account: 4 pushes a month), one tag each. */
export function fillLargeCalendar(ctx: ServiceContext, random: () => number, accounts: readonly DemoAccount[], today: string): { items: number; start: string; end: string } {
  const start = addMonths(today, -LARGE_MONTHS_BEFORE);
  const end = addDays(addMonths(start, LARGE_YEARS * 12), -1);
  const dense = largeDenseMonth(today);
  let items = 0;
  for (const account of accounts) {
    const isService = account.platform === 'wechat_service';
    for (const date of eachDay(start, end)) {
      if (isService) {
        if (![1, 8, 18, 28].includes(Number(date.slice(8, 10)))) continue;
      } else if (random() > (date.startsWith(dense) ? 0.7 : 0.35)) continue;
      const column = account.columns.find((c) => isCadenceDay(c.cadence, date)) ?? pick(random, account.columns);
      const item = fromColumn(random, account, column);
      items += writePush(ctx, { account, date, articles: [{ ...item, tags: item.tags.slice(0, 1) }], status: statusFor(random, date, today) });
    }
  }
  return { items, start, end };
}
