import type { TFunction } from 'i18next';
import type { Period, PeriodKind } from '../../../../src-shared/contract/benchmarks';
import { addDays, addMonths, localDate } from '../../../../src-shared/domain/dates';
import { periodEnd, periodOf, shiftPeriod } from '../../../../src-shared/domain/benchmarks/periods';

// Periods as the analysis tabs name and offer them. Weeks are gsdata's (周日至周六) and say so,
// because the rest of the app keeps Monday weeks.

/** Today in local time ('YYYY-MM-DD'). */
export const today = () => localDate(new Date());

/** The last period of a kind that has ended by `date`: last week (Sunday–Saturday) or last month. */
export function lastFullPeriod(kind: PeriodKind, date = today()): Period {
  return shiftPeriod(periodOf(kind, date), -1);
}

/** 「2026-11-22 至 11-28（周日—周六，清博口径）」 or 「2026 年 11 月」. */
export function periodLabel(t: TFunction, period: Period): string {
  const end = periodEnd(period);
  if (period.kind === 'week') {
    const shownEnd = end.slice(0, 4) === period.start.slice(0, 4) ? end.slice(5) : end;
    return t('benchAnalysis.period.weekLabel', { start: period.start, end: shownEnd });
  }
  return t('benchAnalysis.period.monthLabel', { year: period.start.slice(0, 4), month: Number(period.start.slice(5, 7)) });
}

/** A short name for a period on a chart's axis: 11-22 for a week, 2026-11 for a month. */
export function periodTick(kind: PeriodKind, start: string): string {
  return kind === 'week' ? start.slice(2) : start.slice(0, 7);
}

/** The periods a picker offers, newest first: two years of weeks, five of months, up to the last full one. */
export function recentPeriods(kind: PeriodKind, date = today()): Period[] {
  const last = lastFullPeriod(kind, date);
  const count = kind === 'week' ? 104 : 60;
  return Array.from({ length: count }, (_, i) => shiftPeriod(last, -i));
}

export type RangePreset = '30d' | '90d' | '1y' | '3y' | '5y';

/** The range `preset` days or years back from `date` to `date`. */
export function rangeOf(preset: RangePreset, date = today()): { from: string; to: string } {
  const back: Record<RangePreset, string> = {
    '30d': addDays(date, -29),
    '90d': addDays(date, -89),
    '1y': addDays(addMonths(date, -12), 1),
    '3y': addDays(addMonths(date, -36), 1),
    '5y': addDays(addMonths(date, -60), 1),
  };
  return { from: back[preset], to: date };
}

/** The text a period's key holds ('week:2026-11-22'), for selects. */
export const periodKey = (period: Period) => `${period.kind}:${period.start}`;
export function periodFromKey(key: string): Period {
  const [kind, start] = key.split(':') as [PeriodKind, string];
  return { kind, start };
}
