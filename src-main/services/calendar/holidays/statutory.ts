import chineseDays from 'chinese-days';
import { addDays, isoDate } from '../../../../src-shared/domain/dates';
import { STATUTORY_HOLIDAYS, type StatutoryHolidayName } from '../../../../src-shared/domain/calendar/holidays';

// The statutory days off of any year, computed from 《全国年节及纪念日放假办法》 as amended in 2024
// (in force from 2025): 元旦 1 day, 春节 4 (除夕 and 正月初一–初三), 清明节 1 (the 清明 solar term),
// 劳动节 2 (5月1日–2日), 端午节 1 (五月初五), 中秋节 1 (八月十五), 国庆节 3 (10月1日–3日).
// Before 2025 (2014–2024 rules): 春节 3 (初一–初三) and 劳动节 1. Earlier rules (春节 with 除夕 in
// 2008–2013, 劳动节 3 days before 2008) are not modelled: the package's official data covers
// 2004–2026, so the estimate only matters for years after 2026. The 调休 bridges and 班 days
// cannot be computed: only the State Council's notice says them.

export interface StatutoryHoliday {
  name: StatutoryHolidayName;
  nameEn: string;
  /** Its statutory days off, in date order. */
  dates: string[];
}

/** A lunar date of a solar year's lunar year ('MM-DD') as a solar date. */
function lunar(year: number, monthDay: string): string {
  return chineseDays.getSolarDateFromLunar(`${year}-${monthDay}`).date;
}

function run(first: string, days: number): string[] {
  return Array.from({ length: days }, (_, i) => addDays(first, i));
}

/** The statutory days off of `year`, holiday by holiday (春节 is always in late January or February). */
export function statutoryHolidays(year: number): StatutoryHoliday[] {
  const amended = year >= 2025;
  const springFestival = lunar(year, '01-01');
  const dates: Record<StatutoryHolidayName, string[]> = {
    元旦: [isoDate(year, 1, 1)],
    // 除夕 is the day before 正月初一, whether the 12th month ends on its 29th or 30th.
    春节: amended ? run(addDays(springFestival, -1), 4) : run(springFestival, 3),
    清明节: [chineseDays.getSolarTermDate(year, 4, 'pure_brightness')],
    劳动节: run(isoDate(year, 5, 1), amended ? 2 : 1),
    端午节: [lunar(year, '05-05')],
    中秋节: [lunar(year, '08-15')],
    国庆节: run(isoDate(year, 10, 1), 3),
  };
  return STATUTORY_HOLIDAYS.map((h) => ({ name: h.name, nameEn: h.nameEn, dates: dates[h.name] }));
}
