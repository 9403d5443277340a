import { addDays, addMonths, eachDay, isoDate, monthEnd, monthStart, weekdayOf } from '../../../src-shared/domain/dates';
import type { CalendarView } from './route';

// The days each calendar view shows, on 'YYYY-MM-DD' strings (src-shared/domain/dates.ts).

/** 'YYYY-MM' of a date. */
export function monthTitleKey(date: string): string {
  return date.slice(0, 7);
}

/** The 42 days (6 weeks, Monday first) the month grid of `date`'s month shows. */
export function monthDays(date: string): string[] {
  const first = monthStart(date);
  const start = addDays(first, -((weekdayOf(first) + 6) % 7));
  return Array.from({ length: 42 }, (_, i) => addDays(start, i));
}

/** Today in local time as 'YYYY-MM-DD'. */
export function todayIso(): string {
  const now = new Date();
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The 7 days (Monday first) of `date`'s week. */
export function weekDays(date: string): string[] {
  const start = addDays(date, -((weekdayOf(date) + 6) % 7));
  return Array.from({ length: 7 }, (_, i) => addDays(start, i));
}

/** The days of `date`'s month, 1st to last. */
export function daysOfMonth(date: string): string[] {
  return eachDay(monthStart(date), monthEnd(date));
}

/** The first and last of a list of days. */
export function periodOf(days: readonly string[]): [string, string] {
  return [days[0]!, days[days.length - 1]!];
}

/** The days a view shows around `date`: a 6-week month grid, a week, or the month itself (list, board). */
export function viewDays(view: CalendarView, date: string): string[] {
  if (view === 'month') return monthDays(date);
  if (view === 'week') return weekDays(date);
  return daysOfMonth(date);
}

/** The date one period (a week in the week view, else a month) before (-1) or after (+1). */
export function stepDate(view: CalendarView, date: string, delta: -1 | 1): string {
  return view === 'week' ? addDays(date, 7 * delta) : addMonths(date, delta);
}
