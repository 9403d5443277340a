import { addDays, addMonths, daysInclusive, monthEnd, monthStart, weekdayOf } from '../dates';

// The periods figures are kept for. Benchmark weeks are gsdata's, Sunday to Saturday, so our WCI
// matches the one operators see on 清博/新榜; the rest of the app keeps Monday weeks. A period is
// named by its kind and first day.

export const PERIOD_KINDS = ['week', 'month'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  kind: PeriodKind;
  /** First day: a Sunday, or the 1st of the month. */
  start: string;
}

/** The Sunday a benchmark week containing `date` starts on. */
export function weekStartOf(date: string): string {
  return addDays(date, -weekdayOf(date));
}

/** The period of a kind that contains `date`. */
export function periodOf(kind: PeriodKind, date: string): Period {
  return { kind, start: kind === 'week' ? weekStartOf(date) : monthStart(date) };
}

export function periodEnd(period: Period): string {
  return period.kind === 'week' ? addDays(period.start, 6) : monthEnd(period.start);
}

/** d of the WCI: 7 for a week, 28–31 for a month. */
export function periodDays(period: Period): number {
  return daysInclusive(period.start, periodEnd(period));
}

/** The period `steps` periods after (negative: before) this one. */
export function shiftPeriod(period: Period, steps: number): Period {
  return { kind: period.kind, start: period.kind === 'week' ? addDays(period.start, 7 * steps) : addMonths(period.start, steps) };
}

/** Whether `start` is a valid first day for the kind. */
export function isPeriodStart(kind: PeriodKind, start: string): boolean {
  return periodOf(kind, start).start === start;
}

/** 'YYYY-MM' → the month; 'YYYY-Www' is not used (weeks are named by their Sunday). */
export function parseMonth(value: string): Period | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) return undefined;
  return { kind: 'month', start: `${value}-01` };
}

/** Every period of a kind overlapping from..to, oldest first. */
export function periodsBetween(kind: PeriodKind, from: string, to: string): Period[] {
  const out: Period[] = [];
  for (let p = periodOf(kind, from); p.start <= to; p = shiftPeriod(p, 1)) out.push(p);
  return out;
}
