import chineseDays from 'chinese-days';
import { z } from 'zod';
import marketingData from '../../../resources/calendar/marketing-days.json';
import type { CalendarLayerDay, CalendarLayerKind, CalendarLayersRange, HolidaySourceOfYear } from '../../../src-shared/contract/calendar-layers';
import { addDays, isoDate, nthWeekdayOf } from '../../../src-shared/domain/dates';
import type { ServiceContext } from '../context';
import { holidayLayer } from './holidays/schedule';

/** Other domains (the holiday schedules' validation) use the statutory days through here. */
export { statutoryHolidays } from './holidays/statutory';

// China's calendar as layers. Holidays and 调休 follow the workspace's schedule, else the official
// data bundled in `chinese-days`, else the statutory estimate (holidays/schedule.ts); solar terms
// and lunar festivals come from `chinese-days` (works offline; it lives here, not in src-shared,
// to keep the UI bundle small); marketing days from a data file.

const MarketingDay = z
  .discriminatedUnion('rule', [
    z.object({ rule: z.literal('fixed'), month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) }),
    z.object({ rule: z.literal('nthWeekday'), month: z.number().int().min(1).max(12), n: z.number().int().min(1).max(5), weekday: z.number().int().min(0).max(6) }),
    z.object({ rule: z.literal('beforeLunarNewYear'), days: z.number().int().min(1).max(60) }),
  ])
  .and(z.object({ id: z.string(), name: z.string().min(1), nameEn: z.string().min(1) }));
type MarketingDay = z.infer<typeof MarketingDay>;

/** Parsed once at load: a broken data file fails loudly rather than hiding days. */
const MARKETING_DAYS: readonly MarketingDay[] = z.object({ days: z.array(MarketingDay) }).parse(marketingData).days;

const LUNAR_FESTIVALS: ReadonlyArray<{ monthDay: string; name: string; nameEn: string }> = [
  { monthDay: '01-01', name: '春节', nameEn: 'Spring Festival' },
  { monthDay: '01-15', name: '元宵节', nameEn: 'Lantern Festival' },
  { monthDay: '05-05', name: '端午节', nameEn: 'Dragon Boat Festival' },
  { monthDay: '07-07', name: '七夕', nameEn: 'Qixi Festival' },
  { monthDay: '08-15', name: '中秋节', nameEn: 'Mid-Autumn Festival' },
  { monthDay: '09-09', name: '重阳节', nameEn: 'Double Ninth Festival' },
];

const SOLAR_TERMS_EN: Record<string, string> = {
  lesser_cold: 'Minor Cold',
  greater_cold: 'Major Cold',
  the_beginning_of_spring: 'Start of Spring',
  rain_water: 'Rain Water',
  the_waking_of_insects: 'Awakening of Insects',
  the_spring_equinox: 'Spring Equinox',
  pure_brightness: 'Pure Brightness',
  grain_rain: 'Grain Rain',
  the_beginning_of_summer: 'Start of Summer',
  lesser_fullness_of_grain: 'Grain Buds',
  grain_in_beard: 'Grain in Ear',
  the_summer_solstice: 'Summer Solstice',
  lesser_heat: 'Minor Heat',
  greater_heat: 'Major Heat',
  the_beginning_of_autumn: 'Start of Autumn',
  the_end_of_heat: 'End of Heat',
  white_dew: 'White Dew',
  the_autumn_equinox: 'Autumn Equinox',
  code_dew: 'Cold Dew',
  cold_dew: 'Cold Dew',
  frost_descent: "Frost's Descent",
  the_beginning_of_winter: 'Start of Winter',
  lesser_snow: 'Minor Snow',
  greater_snow: 'Major Snow',
  the_winter_solstice: 'Winter Solstice',
};

const KIND_ORDER: Record<CalendarLayerKind, number> = { holiday: 0, workday: 1, solarTerm: 2, lunarFestival: 3, marketing: 4 };

/** 春节 of a lunar year as a solar date. */
function springFestival(lunarYear: number): string {
  return chineseDays.getSolarDateFromLunar(`${lunarYear}-01-01`).date;
}

function lunarFestivals(from: string, to: string, out: CalendarLayerDay[]): void {
  const first = Number(from.slice(0, 4)) - 1; // the lunar year lags the solar one by up to ~50 days
  const last = Number(to.slice(0, 4));
  for (let year = first; year <= last; year++) {
    for (const festival of LUNAR_FESTIVALS) {
      const date = chineseDays.getSolarDateFromLunar(`${year}-${festival.monthDay}`).date;
      if (date >= from && date <= to) out.push({ date, kind: 'lunarFestival', name: festival.name, nameEn: festival.nameEn });
    }
    const eve = addDays(springFestival(year + 1), -1);
    if (eve >= from && eve <= to) out.push({ date: eve, kind: 'lunarFestival', name: '除夕', nameEn: "Chinese New Year's Eve" });
  }
}

function marketingDays(from: string, to: string, out: CalendarLayerDay[]): void {
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  for (const day of MARKETING_DAYS) {
    const dates: string[] = [];
    for (let year = first; year <= last + (day.rule === 'beforeLunarNewYear' ? 1 : 0); year++) {
      if (day.rule === 'fixed') dates.push(isoDate(year, day.month, day.day));
      else if (day.rule === 'nthWeekday') {
        const date = nthWeekdayOf(year, day.month, day.n, day.weekday);
        if (date) dates.push(date);
      } else {
        const festival = springFestival(year);
        for (let back = day.days; back >= 1; back--) dates.push(addDays(festival, -back));
      }
    }
    for (const date of dates) if (date >= from && date <= to) out.push({ date, kind: 'marketing', name: day.name, nameEn: day.nameEn });
  }
}

export function createCalendarLayersService(ctx: ServiceContext) {
  return {
    list({ from, to }: CalendarLayersRange): { days: CalendarLayerDay[]; sources: HolidaySourceOfYear[] } {
      const { days, sources } = holidayLayer(ctx.db, from, to);
      for (const term of chineseDays.getSolarTerms(from, to)) days.push({ date: term.date, kind: 'solarTerm', name: term.name, nameEn: SOLAR_TERMS_EN[term.term] ?? term.term });
      lunarFestivals(from, to, days);
      marketingDays(from, to, days);
      days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : KIND_ORDER[a.kind] - KIND_ORDER[b.kind]));
      return { days, sources };
    },
  };
}
