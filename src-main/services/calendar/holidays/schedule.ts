import chineseDays from 'chinese-days';
import { and, between, gte, isNull, lte } from 'drizzle-orm';
import type { CalendarLayerDay, HolidaySourceOfYear } from '../../../../src-shared/contract/calendar-layers';
import { holidayNameEn } from '../../../../src-shared/domain/calendar/holidays';
import { scheduleDays } from '../../../../src-shared/domain/calendar/holiday-schedule';
import { eachDay, weekdayOf } from '../../../../src-shared/domain/dates';
import type { Db } from '../../../db/connection';
import { holidayEntries } from '../../../db/schema';
import { statutoryHolidays } from './statutory';

// Whose 休/班 the calendar shows, year by year: the workspace's own schedule (entered in 设置 or
// imported), else the official data bundled with `chinese-days` (2004–2026 in 1.5.7), else the
// statutory days computed for the year, marked estimated (the 调休 bridges and 班 days of a year
// are known only from its notice).

/** The package's short holiday names, as the calendar shows them. */
const PACKAGE_NAMES: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };

/** `chinese-days` names a holiday "National Day,国庆节,3"; ordinary days carry a weekday name. */
function packageHolidayOf(name: string): { name: string; nameEn: string } | undefined {
  const [en, cn] = name.split(',');
  if (!en || !cn) return undefined;
  return { name: PACKAGE_NAMES[cn] ?? cn, nameEn: en };
}

const builtinYears = new Map<number, boolean>();

/** Whether the package holds a year's official schedule: its 元旦 is always a holiday there. */
function isBuiltin(year: number): boolean {
  let known = builtinYears.get(year);
  if (known === undefined) builtinYears.set(year, (known = packageHolidayOf(chineseDays.getDayDetail(`${year}-01-01`).name) !== undefined));
  return known;
}

const isWeekend = (date: string) => [0, 6].includes(weekdayOf(date));
const workdayOf = (date: string, name: string, nameEn: string): CalendarLayerDay => ({ date, kind: 'workday', name: `${name}调休上班`, nameEn: `${nameEn} make-up workday` });

function builtinDay(date: string): CalendarLayerDay | undefined {
  const detail = chineseDays.getDayDetail(date);
  const holiday = packageHolidayOf(detail.name);
  if (!holiday) return undefined;
  if (!detail.work) return { date, kind: 'holiday', ...holiday };
  // A make-up working day (补班) is a Saturday or Sunday the schedule turns into a workday.
  return isWeekend(date) ? workdayOf(date, holiday.name, holiday.nameEn) : undefined;
}

function estimatedDays(year: number): Map<string, CalendarLayerDay> {
  const days = new Map<string, CalendarLayerDay>();
  for (const holiday of statutoryHolidays(year)) for (const date of holiday.dates) days.set(date, { date, kind: 'holiday', name: holiday.name, nameEn: holiday.nameEn, estimated: true });
  return days;
}

/** The 休 and 班 days of a range, and where each year's came from. */
export function holidayLayer(db: Db, from: string, to: string): { days: CalendarLayerDay[]; sources: HolidaySourceOfYear[] } {
  const fromYear = Number(from.slice(0, 4));
  const toYear = Number(to.slice(0, 4));
  const live = isNull(holidayEntries.deletedAt);
  const entries = db
    .select()
    .from(holidayEntries)
    .where(and(live, lte(holidayEntries.start, to), gte(holidayEntries.end, from)))
    .all();
  /** Year → how its schedule came in (a year replaced whole has one origin). */
  const heldYears = new Map(
    db
      .selectDistinct({ year: holidayEntries.year, origin: holidayEntries.origin })
      .from(holidayEntries)
      .where(and(live, between(holidayEntries.year, fromYear, toYear)))
      .all()
      .map((r) => [r.year, r.origin === 'imported' ? ('imported' as const) : ('entered' as const)]),
  );
  const entered = new Map(scheduleDays(entries.map((e) => ({ ...e, kind: e.kind === 'work' ? 'work' : 'off' }))).map((d) => [d.date, d]));

  const sources: HolidaySourceOfYear[] = [];
  const estimates = new Map<number, Map<string, CalendarLayerDay>>();
  for (let year = fromYear; year <= toYear; year++) {
    const source = heldYears.get(year) ?? (isBuiltin(year) ? 'builtin' : 'estimated');
    sources.push({ year, source });
    if (source === 'estimated') estimates.set(year, estimatedDays(year));
  }

  const days: CalendarLayerDay[] = [];
  for (const date of eachDay(from, to)) {
    const year = Number(date.slice(0, 4));
    const own = entered.get(date);
    if (own) {
      const nameEn = holidayNameEn(own.name);
      days.push(own.kind === 'off' ? { date, kind: 'holiday', name: own.name, nameEn } : workdayOf(date, own.name, nameEn));
      continue;
    }
    if (heldYears.has(year)) continue;
    const day = estimates.has(year) ? estimates.get(year)!.get(date) : builtinDay(date);
    if (day) days.push(day);
  }
  return { days, sources };
}
