import type { ForecastAssumptions } from '../../contract/plans';
import { addDays, daysInclusive, isoDate, monthEnd } from '../dates';
import type { PlanPeriod } from './plan-sections';

// The plan's follower forecast (发展规划): followers now, grown month by month at the history's
// net growth, plus what the planned activities bring and keep, per three months of the period.
// Every assumption comes from the history unless the operator set it; the document says which.

/** Own accounts' followers at the end of a month ('YYYY-MM'). */
export interface FollowerMonth {
  month: string;
  followers: number;
}

/** A finished activity's results, for what one activity brings. */
export interface PastActivityResult {
  newFollowers: number;
  unfollows: number;
  valuePerFollowerFen: number;
}

export interface ForecastInput {
  period: PlanPeriod;
  /** Month-end followers known before the period, oldest first (months may be missing). */
  history: FollowerMonth[];
  /** The accounts register's 粉丝数, for followers now when no month is known; null = none entered. */
  registered: number | null;
  pastActivities: PastActivityResult[];
  /** The start dates of the activities planned in the period. */
  plannedActivityStarts: string[];
  assumptions: ForecastAssumptions;
}

export type AssumptionKey = keyof ForecastAssumptions;
const ASSUMPTION_KEYS: readonly AssumptionKey[] = ['monthlyNetGrowth', 'perActivityNewFollowers', 'retentionPct', 'valuePerFollowerFen'];

/** How many recent months the monthly net growth is taken from. */
const HISTORY_MONTHS = 6;

export interface ForecastAssumption {
  key: AssumptionKey;
  /** null = neither set nor known (the forecast counts it as nothing). */
  value: number | null;
  source: 'operator' | 'history' | 'none';
  /** Months (monthly growth) or activities (the others) the history value is taken from. */
  basis: number;
}

export interface ForecastQuarter {
  start: string;
  end: string;
  startFollowers: number;
  organic: number;
  activities: number;
  fromActivities: number;
  endFollowers: number;
}

export interface Forecast {
  /** Followers now: the last known month, else the register; null = nothing known. */
  now: number | null;
  nowSource: 'history' | 'register' | 'none';
  /** The last month known, and the months between it and the period grown at the monthly net. */
  lastKnownMonth: string | null;
  gapMonths: number;
  assumptions: ForecastAssumption[];
  /** Empty when followers now are unknown. */
  quarters: ForecastQuarter[];
  /** Followers at the period's end minus at its start. */
  extraFollowers: number;
  /** extraFollowers (when positive) × value per follower; null without a value per follower. */
  impactFen: number | null;
}

/** Rounded to whole people, never -0 (the document would print it). */
const whole = (n: number) => Math.round(n) + 0;

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Each month's net growth in the last HISTORY_MONTHS months; a gap of k months spreads its change over k months. */
export function monthlyNets(history: readonly FollowerMonth[]): number[] {
  if (history.length < 2) return [];
  const last = monthIndex(history[history.length - 1]!.month);
  const nets: number[] = [];
  for (let i = 1; i < history.length; i++) {
    const before = monthIndex(history[i - 1]!.month);
    const after = monthIndex(history[i]!.month);
    const perMonth = (history[i]!.followers - history[i - 1]!.followers) / (after - before);
    for (let m = before + 1; m <= after; m++) if (m > last - HISTORY_MONTHS) nets.push(perMonth);
  }
  return nets;
}

function fromHistory(key: AssumptionKey, input: ForecastInput): Omit<ForecastAssumption, 'key' | 'source'> | null {
  const results = input.pastActivities.filter((a) => a.newFollowers > 0);
  switch (key) {
    case 'monthlyNetGrowth': {
      // The median, not the mean: one month with a big campaign would otherwise count twice (as growth and as an activity).
      const nets = monthlyNets(input.history);
      return nets.length ? { value: whole(median(nets)), basis: nets.length } : null;
    }
    case 'perActivityNewFollowers':
      return results.length ? { value: Math.round(results.reduce((s, a) => s + a.newFollowers, 0) / results.length), basis: results.length } : null;
    case 'retentionPct': {
      if (!results.length) return null;
      const gained = results.reduce((s, a) => s + a.newFollowers, 0);
      const lost = results.reduce((s, a) => s + Math.min(a.unfollows, a.newFollowers), 0);
      return { value: Math.round((1 - lost / gained) * 1000) / 10, basis: results.length };
    }
    case 'valuePerFollowerFen': {
      const valued = input.pastActivities.filter((a) => a.valuePerFollowerFen > 0);
      return valued.length ? { value: Math.round(valued.reduce((s, a) => s + a.valuePerFollowerFen, 0) / valued.length), basis: valued.length } : null;
    }
  }
}

function forecastAssumptions(input: ForecastInput): ForecastAssumption[] {
  return ASSUMPTION_KEYS.map((key) => {
    const set = input.assumptions[key];
    if (set !== null) return { key, value: set, source: 'operator', basis: 0 };
    const known = fromHistory(key, input);
    return known ? { key, ...known, source: 'history' } : { key, value: null, source: 'none', basis: 0 };
  });
}

/** The date `months` months after `date`, on the same day where the month has it, else its last day. */
function shiftMonths(date: string, months: number): string {
  const index = monthIndex(date) + months;
  const first = isoDate(Math.floor(index / 12), (index % 12) + 1, 1);
  return isoDate(Math.floor(index / 12), (index % 12) + 1, Math.min(Number(date.slice(8, 10)), Number(monthEnd(first).slice(8, 10))));
}

/** The period in spans of three months from its start (a quarter is one, a half year two); the last may be shorter. */
export function threeMonthSpans(period: PlanPeriod): { start: string; end: string; months: number }[] {
  const spans: { start: string; end: string; months: number }[] = [];
  for (let i = 0; ; i++) {
    const start = shiftMonths(period.start, 3 * i);
    if (start > period.end) return spans;
    const fullEnd = addDays(shiftMonths(period.start, 3 * (i + 1)), -1);
    const end = fullEnd < period.end ? fullEnd : period.end;
    spans.push({ start, end, months: end === fullEnd ? 3 : (3 * daysInclusive(start, end)) / daysInclusive(start, fullEnd) });
  }
}

export function forecastFollowers(input: ForecastInput): Forecast {
  const assumptions = forecastAssumptions(input);
  const value = (key: AssumptionKey) => assumptions.find((a) => a.key === key)!.value;
  const last = input.history[input.history.length - 1];
  const now = last ? last.followers : input.registered;
  const nowSource = last ? 'history' : input.registered !== null ? 'register' : 'none';
  const gapMonths = last ? Math.max(0, monthIndex(input.period.start) - monthIndex(last.month) - 1) : 0;
  const base = { now, nowSource, lastKnownMonth: last?.month ?? null, gapMonths, assumptions } as const;
  if (now === null) return { ...base, quarters: [], extraFollowers: 0, impactFen: null };

  const net = value('monthlyNetGrowth') ?? 0;
  const perActivityKept = ((value('perActivityNewFollowers') ?? 0) * (value('retentionPct') ?? 100)) / 100;
  let followers = Math.max(0, now + whole(net * gapMonths));
  const periodStart = followers;
  const quarters = threeMonthSpans(input.period).map(({ start, end, months }) => {
    const activities = input.plannedActivityStarts.filter((date) => date >= start && date <= end).length;
    const fromActivities = whole(activities * perActivityKept);
    // Followers cannot go below none: a falling account's loss stops at what it has.
    const organic = Math.max(whole(net * months), -(followers + fromActivities)) + 0;
    const quarter = { start, end, startFollowers: followers, organic, activities, fromActivities, endFollowers: followers + organic + fromActivities };
    followers = quarter.endFollowers;
    return quarter;
  });
  const extraFollowers = followers - periodStart;
  const worth = value('valuePerFollowerFen');
  return { ...base, quarters, extraFollowers, impactFen: worth === null ? null : Math.max(0, extraFollowers) * worth };
}
