// Plain calendar-date arithmetic on 'YYYY-MM-DD' strings, in UTC so the local time zone (and its
// daylight saving) never shifts a day.

const DAY_MS = 24 * 60 * 60 * 1000;

function toUtc(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whether a 'YYYY-MM-DD' string names a real calendar day. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return fromUtc(toUtc(value)) === value;
}

/** The day a moment falls on in the device's time zone, as 'YYYY-MM-DD'. */
export function localDate(moment: Date): string {
  return isoDate(moment.getFullYear(), moment.getMonth() + 1, moment.getDate());
}

/** The time of day of a moment in the device's time zone, as 'HH:mm'. */
export function localTime(moment: Date): string {
  return `${String(moment.getHours()).padStart(2, '0')}:${String(moment.getMinutes()).padStart(2, '0')}`;
}

export function isoDate(year: number, month: number, day: number): string {
  return fromUtc(Date.UTC(year, month - 1, day));
}

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Days from `from` to `to`, both counted: 1 for the same day. */
export function daysInclusive(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS) + 1;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return new Date(toUtc(date)).getUTCDay();
}

/** The n-th given weekday (0 = Sunday) of a month, e.g. 母亲节 = (year, 5, 2, 0); undefined when the month has fewer. */
export function nthWeekdayOf(year: number, month: number, n: number, weekday: number): string | undefined {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const day = 1 + ((weekday - first + 7) % 7) + (n - 1) * 7;
  const date = isoDate(year, month, day);
  return Number(date.slice(5, 7)) === month ? date : undefined;
}

/** Every date from `from` to `to`, both included. */
export function eachDay(from: string, to: string): string[] {
  const out: string[] = [];
  for (let ms = toUtc(from), end = toUtc(to); ms <= end; ms += DAY_MS) out.push(fromUtc(ms));
  return out;
}

/** The first day of the month `delta` months away from `date`'s month. */
export function addMonths(date: string, delta: number): string {
  const month = Number(date.slice(5, 7)) - 1 + delta;
  return isoDate(Number(date.slice(0, 4)) + Math.floor(month / 12), (((month % 12) + 12) % 12) + 1, 1);
}

/** The first day of `date`'s month. */
export function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/** The last day of `date`'s month. */
export function monthEnd(date: string): string {
  return addDays(addMonths(date, 1), -1);
}
