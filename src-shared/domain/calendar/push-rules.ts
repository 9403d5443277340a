// WeChat official-account push rules (DOMAIN.md, "WeChat official-account rules"), checked over a
// plan of calendar items. The check never blocks: it lists problems for the problems panel.
//
// The model. A calendar item carries an account, a date and a slot (1 = 头条, 2 = 次条 … 8), not a
// push id, so pushes are inferred:
// - the items of one account on one date form that day's push(es);
// - every 头条 (slot 1) opens a push, so a day with k headlines holds k pushes (at least one when
//   it has items at all). For a subscription account k > 1 is `subscriptionTwiceADay`;
// - within a day of k pushes each slot number may appear at most k times (once per push; more is
//   `slotDuplicate`) and each push is contiguous from 1, i.e. slot s appears at least as often as
//   slot s+1 (otherwise a push lacks slot s: `slotGap`);
// - a push holds at most 8 articles: a slot above 8, or more than 8·k items, is `tooManyArticles`;
// - a service account has at most 4 pushes per calendar month (unused ones do not carry over): the
//   month's pushes are the sum of k over its days; the 5th and later are `serviceOverMonthly`.
// Cancelled items, and accounts on other platforms (or unknown ones), are ignored. One pass groups items by account and date in maps; only the few
// days of an over-limit month are sorted.

import { hasPushSlots } from './slots';

export const MAX_ARTICLES_PER_PUSH = 8;
export const SERVICE_PUSHES_PER_MONTH = 4;
export const SUBSCRIPTION_PUSHES_PER_DAY = 1;

/**
 * The most pushes a calendar month may hold on a platform, where a month is the limit: a 服务号's
 * 4. A 订阅号's limit is one a day, which no plan of whole days exceeds; other platforms have none.
 */
export function monthlyPushLimit(platform: string): number | undefined {
  return platform === 'wechat_service' ? SERVICE_PUSHES_PER_MONTH : undefined;
}

export interface PlanItem {
  id: string;
  accountId: string;
  /** 'YYYY-MM-DD' */
  date: string;
  /** 1 = 头条, 2 = 次条 … */
  slot: number;
  status: string;
}

export interface AccountKind {
  id: string;
  /** Platform of the account; only `wechat_subscription` and `wechat_service` have push limits. */
  platform: string;
}

export type PushProblemCode = 'subscriptionTwiceADay' | 'serviceOverMonthly' | 'tooManyArticles' | 'slotDuplicate' | 'slotGap';

export interface PushProblem {
  /** Translation key under `calendar.problems`. */
  code: PushProblemCode;
  accountId: string;
  /** 'YYYY-MM-DD', or 'YYYY-MM' for `serviceOverMonthly`. */
  date: string;
  itemIds: string[];
  params?: Record<string, number | string>;
}

const CANCELLED = 'cancelled';

/** The non-cancelled items of one account on one date. */
interface Day {
  date: string;
  items: PlanItem[];
}

/** The number of pushes a day holds: one per headline, at least one. */
function pushesOf(day: Day): number {
  let headlines = 0;
  for (const item of day.items) if (item.slot === 1) headlines++;
  return Math.max(1, headlines);
}

function checkDay(accountId: string, day: Day, isSubscription: boolean, out: PushProblem[]): void {
  const { items, date } = day;
  if (items.length === 1 && items[0]!.slot === 1) return; // the common case: a one-article push
  const counts: number[] = [];
  let maxSlot = 0;
  const invalid: PlanItem[] = [];
  for (const item of items) {
    const slot = item.slot;
    if (!Number.isInteger(slot) || slot < 1) {
      invalid.push(item);
      continue;
    }
    counts[slot] = (counts[slot] ?? 0) + 1;
    if (slot > maxSlot) maxSlot = slot;
  }
  const pushes = Math.max(1, counts[1] ?? 0);
  if (isSubscription && pushes > SUBSCRIPTION_PUSHES_PER_DAY) {
    out.push({ code: 'subscriptionTwiceADay', accountId, date, itemIds: items.filter((i) => i.slot === 1).map((i) => i.id), params: { pushes } });
  }
  if (maxSlot > MAX_ARTICLES_PER_PUSH || items.length > MAX_ARTICLES_PER_PUSH * pushes) {
    const beyond = items.filter((i) => i.slot > MAX_ARTICLES_PER_PUSH);
    out.push({ code: 'tooManyArticles', accountId, date, itemIds: (beyond.length ? beyond : items).map((i) => i.id), params: { count: items.length, max: MAX_ARTICLES_PER_PUSH } });
  }
  for (let slot = 1; slot <= maxSlot; slot++) {
    if ((counts[slot] ?? 0) > pushes) {
      out.push({ code: 'slotDuplicate', accountId, date, itemIds: items.filter((i) => i.slot === slot).map((i) => i.id), params: { slot } });
    }
  }
  // A push lacks slot s when fewer items hold s than hold any later slot (capped at the number of
  // pushes): a day with only a 第3条 lacks its 头条 first.
  let missing = 0;
  let later = 0;
  for (let slot = maxSlot; slot >= 1; slot--) {
    if ((counts[slot] ?? 0) < Math.min(later, pushes)) missing = slot;
    later = Math.max(later, counts[slot] ?? 0);
  }
  if (missing || invalid.length) {
    const after = missing ? items.filter((i) => i.slot > missing) : [];
    out.push({ code: 'slotGap', accountId, date, itemIds: [...invalid, ...after].map((i) => i.id), params: missing ? { slot: missing } : { slot: String(invalid[0]!.slot) } });
  }
}

function checkServiceMonth(accountId: string, month: string, days: Day[], pushes: number, out: PushProblem[]): void {
  days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const excess: string[] = [];
  let seen = 0;
  for (const day of days) {
    const before = seen;
    seen += pushesOf(day);
    if (seen > SERVICE_PUSHES_PER_MONTH) {
      // Only the pushes past the 4th: on a day straddling the limit, the later headlines.
      const headlines = day.items.filter((i) => i.slot === 1);
      const skip = Math.max(0, SERVICE_PUSHES_PER_MONTH - before);
      const flagged = headlines.length > 1 ? headlines.slice(skip) : day.items;
      for (const item of flagged) excess.push(item.id);
    }
  }
  out.push({ code: 'serviceOverMonthly', accountId, date: month, itemIds: excess, params: { count: pushes, max: SERVICE_PUSHES_PER_MONTH } });
}

/** Checks a plan against WeChat's push rules; returns the problems sorted by date, then account. */
export function checkPushRules(items: readonly PlanItem[], accounts: readonly AccountKind[]): PushProblem[] {
  const platformOf = new Map<string, string>();
  for (const account of accounts) platformOf.set(account.id, account.platform);

  const byAccount = new Map<string, Map<string, Day>>();
  for (const item of items) {
    if (item.status === CANCELLED) continue;
    let days = byAccount.get(item.accountId);
    if (!days) byAccount.set(item.accountId, (days = new Map()));
    const day = days.get(item.date);
    if (day) day.items.push(item);
    else days.set(item.date, { date: item.date, items: [item] });
  }

  const out: PushProblem[] = [];
  for (const [accountId, days] of byAccount) {
    const platform = platformOf.get(accountId) ?? '';
    if (!hasPushSlots(platform)) continue; // slots and push limits are WeChat's; other platforms have none
    const isSubscription = platform === 'wechat_subscription';
    const isService = platform === 'wechat_service';
    const months = isService ? new Map<string, { days: Day[]; pushes: number }>() : undefined;
    for (const day of days.values()) {
      checkDay(accountId, day, isSubscription, out);
      if (months) {
        const key = day.date.slice(0, 7);
        const month = months.get(key);
        if (month) {
          month.days.push(day);
          month.pushes += pushesOf(day);
        } else months.set(key, { days: [day], pushes: pushesOf(day) });
      }
    }
    if (months) for (const [key, month] of months) if (month.pushes > SERVICE_PUSHES_PER_MONTH) checkServiceMonth(accountId, key, month.days, month.pushes, out);
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0));
}
