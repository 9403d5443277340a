// China's statutory holidays (《全国年节及纪念日放假办法》), by the names the State Council's notices use.

/** The seven holidays every citizen has off, in the order of the notices. */
export const STATUTORY_HOLIDAYS = [
  { name: '元旦', nameEn: "New Year's Day" },
  { name: '春节', nameEn: 'Spring Festival' },
  { name: '清明节', nameEn: 'Tomb-sweeping Day' },
  { name: '劳动节', nameEn: 'Labour Day' },
  { name: '端午节', nameEn: 'Dragon Boat Festival' },
  { name: '中秋节', nameEn: 'Mid-autumn Festival' },
  { name: '国庆节', nameEn: 'National Day' },
] as const;

export type StatutoryHolidayName = (typeof STATUTORY_HOLIDAYS)[number]['name'];

/** A schedule's day: 休 (off) or 班 (a weekend made a working day, 调休上班). */
export type HolidayDayKind = 'off' | 'work';

/** The first and last year a schedule may be entered for. */
export const HOLIDAY_YEARS = { min: 2000, max: 2100 } as const;

const SHORT_NAMES: Record<string, StatutoryHolidayName> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节', 五一: '劳动节', 国庆: '国庆节' };

/** The statutory holidays an entry's name covers: "国庆节、中秋节" covers two, "清明" one, a one-off day none. */
export function statutoryHolidaysNamed(name: string): StatutoryHolidayName[] {
  const found: StatutoryHolidayName[] = [];
  for (const part of name.split(/[、,，/和及]/)) {
    const trimmed = part.trim();
    const statutory = STATUTORY_HOLIDAYS.find((h) => h.name === trimmed)?.name ?? SHORT_NAMES[trimmed];
    if (statutory && !found.includes(statutory)) found.push(statutory);
  }
  return found;
}

/** The English name of an entry's name, holiday by holiday where known. */
export function holidayNameEn(name: string): string {
  const known = statutoryHolidaysNamed(name);
  return known.length > 0 ? known.map((n) => STATUTORY_HOLIDAYS.find((h) => h.name === n)!.nameEn).join(' / ') : name;
}
