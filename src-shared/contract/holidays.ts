import { z } from 'zod';
import { HOLIDAY_YEARS } from '../domain/calendar/holidays';
import { scheduleIssues } from '../domain/calendar/holiday-schedule';
import { Ok, requiredText, RowMeta } from './common';
import { defineDomain, method } from './define';

// The official holiday schedule as the workspace holds it: a year's 休 ranges and 班 days, from
// the State Council's notice (pasted in 设置 or imported by the CLI). The calendar's layers
// follow it ahead of the bundled data and the estimate.

const IsoDate = z.iso.date('validation.invalid');

export const HolidayYear = z
  .number('validation.holidays.year')
  .int('validation.holidays.year')
  .refine((year) => year >= HOLIDAY_YEARS.min && year <= HOLIDAY_YEARS.max, { message: 'validation.holidays.year', params: { ...HOLIDAY_YEARS } });

/** 休 (off) or 班 (a weekend made a working day, 调休上班). */
export const HolidayDayKind = z.enum(['off', 'work']);

export const HolidayEntryInput = z.object({
  start: IsoDate,
  end: IsoDate,
  kind: HolidayDayKind,
  /** 春节, 国庆节、中秋节 … */
  name: requiredText(40),
});
export type HolidayEntryInput = z.infer<typeof HolidayEntryInput>;

export const HolidayEntry = RowMeta.extend({ year: z.number().int(), start: z.string(), end: z.string(), kind: HolidayDayKind, name: z.string() });
export type HolidayEntry = z.infer<typeof HolidayEntry>;

/** A whole year's schedule: 班 days on weekends, no overlaps, within the year (± a month). */
/** How a year's schedule came in: pasted in 设置 (entered) or by `opsbench import holidays` (imported). */
export const HolidayOrigin = z.enum(['entered', 'imported']);

export const HolidayYearSchedule = z.object({ year: HolidayYear, entries: z.array(HolidayEntryInput).min(1, 'validation.required').max(60), origin: HolidayOrigin.optional() }).superRefine((schedule, ctx) => {
  for (const issue of scheduleIssues(schedule.year, schedule.entries)) {
    ctx.addIssue({ code: 'custom', message: issue.message, path: ['entries', issue.index, issue.field], params: issue.params });
  }
});
export type HolidayYearSchedule = z.infer<typeof HolidayYearSchedule>;

export const holidaysContract = defineDomain('holidays', {
  list: method("Lists the workspace's holiday schedule entries of a year, in date order.", z.object({ year: HolidayYear }), z.object({ entries: z.array(HolidayEntry) })),
  years: method('Lists the years the workspace holds a schedule for, newest first.', z.object({}), z.object({ years: z.array(z.number().int()) })),
  replaceYear: method("Replaces a year's schedule with the given entries in one transaction (a 休 range must hold its holiday's statutory days).", HolidayYearSchedule, z.object({ entries: z.array(HolidayEntry) })),
  removeYear: method("Removes a year's schedule: the calendar falls back to the bundled data or the estimate.", z.object({ year: HolidayYear }), Ok),
});
