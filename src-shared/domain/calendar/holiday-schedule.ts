import { eachDay, weekdayOf } from '../dates';
import { statutoryHolidaysNamed, type HolidayDayKind, type StatutoryHolidayName } from './holidays';

// The rules a year's holiday schedule keeps, whoever enters it (设置, the CLI, a pasted notice).

export interface HolidayRange {
  /** 'YYYY-MM-DD', inclusive. */
  start: string;
  end: string;
  kind: HolidayDayKind;
  /** 春节, 国庆节、中秋节 … */
  name: string;
}

/** A broken rule: a `validation.holidays.*` key, the entry it concerns and what to show. */
export interface ScheduleIssue {
  index: number;
  field: 'start' | 'end' | 'name';
  message: string;
  params?: Record<string, string | number>;
}

/** A notice's ranges may reach a month into the neighbouring years (元旦 from 12月30日, a 班 on 1月4日 …). */
export function scheduleWindow(year: number): { from: string; to: string } {
  return { from: `${year - 1}-12-01`, to: `${year + 1}-01-31` };
}

/** (The year itself is checked by the contract.) Dates, order, the window of the year, 班 on weekends only, no two ranges sharing a day. */
export function scheduleIssues(year: number, entries: readonly HolidayRange[]): ScheduleIssue[] {
  const issues: ScheduleIssue[] = [];
  const window = scheduleWindow(year);
  const taken = new Map<string, number>();
  entries.forEach((entry, index) => {
    if (entry.start > entry.end) return issues.push({ index, field: 'end', message: 'validation.rangeOrder' });
    if (entry.start < window.from || entry.end > window.to) return issues.push({ index, field: 'start', message: 'validation.holidays.outsideYear', params: { year } });
    for (const date of eachDay(entry.start, entry.end)) {
      const weekday = weekdayOf(date);
      if (entry.kind === 'work' && weekday !== 0 && weekday !== 6) return issues.push({ index, field: 'start', message: 'validation.holidays.workdayNotWeekend', params: { date } });
      const other = taken.get(date);
      if (other !== undefined) return issues.push({ index, field: 'start', message: 'validation.holidays.overlap', params: { date, other: entries[other]!.name } });
      taken.set(date, index);
    }
  });
  return issues;
}

/** Every statutory day of a holiday the schedule names must be off in a range bearing that name. */
export function missingStatutoryIssues(entries: readonly HolidayRange[], statutory: ReadonlyArray<{ name: StatutoryHolidayName; dates: readonly string[] }>): ScheduleIssue[] {
  const issues: ScheduleIssue[] = [];
  entries.forEach((entry, index) => {
    if (entry.kind !== 'off') return;
    for (const name of statutoryHolidaysNamed(entry.name)) {
      const off = entries.filter((e) => e.kind === 'off' && statutoryHolidaysNamed(e.name).includes(name));
      const missing = statutory.find((s) => s.name === name)?.dates.find((date) => !off.some((e) => e.start <= date && date <= e.end));
      if (missing && !issues.some((i) => i.params?.name === name)) issues.push({ index, field: 'start', message: 'validation.holidays.missingStatutory', params: { name, date: missing } });
    }
  });
  return issues;
}

/** Each day of a schedule with its mark, for the calendar. */
export function scheduleDays(entries: readonly HolidayRange[]): Array<{ date: string; kind: HolidayDayKind; name: string }> {
  return entries.flatMap((entry) => eachDay(entry.start, entry.end).map((date) => ({ date, kind: entry.kind, name: entry.name })));
}
