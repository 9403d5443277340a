import { addDays, isoDate, weekdayOf } from '../../../src-shared/domain/calendar-dates';

// Month arithmetic on 'YYYY-MM-DD' strings (no time zone can shift a day).

/** 'YYYY-MM' of a date. */
export function monthTitleKey(date: string): string {
  return date.slice(0, 7);
}

/** The first day of the month `delta` months away. */
export function addMonths(date: string, delta: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + delta;
  return isoDate(year + Math.floor(month / 12), (((month % 12) + 12) % 12) + 1, 1);
}

/** The 42 days (6 weeks, Monday first) the month grid of `date`'s month shows. */
export function monthDays(date: string): string[] {
  const first = `${monthTitleKey(date)}-01`;
  const start = addDays(first, -((weekdayOf(first) + 6) % 7));
  return Array.from({ length: 42 }, (_, i) => addDays(start, i));
}

/** Today in local time as 'YYYY-MM-DD'. */
export function todayIso(): string {
  const now = new Date();
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
