import type { MessageKey, MessageParams } from '../../i18n';

// Durations as operators type them in the work log's quick entry and in spreadsheets:
// 90 (minutes), 1.5h, 1.5小时, 1h30m, 1小时30分(钟), 1:30, 45分钟, 2 小时. Full-width digits and
// colons (typed with a Chinese IME) read the same. One parser for the form and the import.

/** One entry is at most a day. */
export const MAX_ENTRY_MINUTES = 24 * 60;

const FULL_WIDTH = /[０-９．：]/g;
const halfWidth = (text: string) => text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

const NUMBER = String.raw`(\d+(?:\.\d+)?|\.\d+)`;
const HOURS = String.raw`(?:h|hr|hrs|hour|hours|小时|个小时|钟头|个钟头|时)`;
const MINUTES = String.raw`(?:m|min|mins|minute|minutes|分钟|分)`;
const HOURS_AND_MINUTES = new RegExp(String.raw`^(?:${NUMBER}\s*${HOURS})?\s*(?:${NUMBER}\s*${MINUTES})?$`, 'i');

/**
 * Minutes (a whole number, rounded to the nearest minute), or undefined when the text is not a
 * duration or is not more than zero. A bare number counts minutes; h:mm counts hours and minutes.
 */
export function parseDuration(input: string | number): number | undefined {
  if (typeof input === 'number') return positive(input);
  const text = halfWidth(input).trim().replace(/\s+/g, ' ');
  if (!text) return undefined;
  if (/^\d+(?:\.\d+)?$/.test(text)) return positive(Number(text));
  const clock = /^(\d{1,2}):([0-5]\d)$/.exec(text);
  if (clock) return positive(Number(clock[1]) * 60 + Number(clock[2]));
  const m = HOURS_AND_MINUTES.exec(text);
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  return positive(Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0));
}

function positive(minutes: number): number | undefined {
  const whole = Math.round(minutes);
  return Number.isFinite(whole) && whole > 0 ? whole : undefined;
}

/** Hours and the minutes left over, for '1 小时 30 分' / '1 h 30 min'. */
export function splitMinutes(minutes: number): { hours: number; minutes: number } {
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

/** Hours with at most one decimal (450 → 7.5), as timesheets show them. */
export function hoursOf(minutes: number): number {
  return Math.round(minutes / 6) / 10;
}

/** Minutes in words: 1 小时 30 分 / 2 小时 / 45 分钟 (the work log screens and the plan document). */
export function durationText(total: number, t: (key: MessageKey, params?: MessageParams) => string): string {
  const { hours, minutes } = splitMinutes(total);
  if (hours && minutes) return t('worklog.duration.hm', { hours, minutes });
  return hours ? t('worklog.duration.h', { hours }) : t('worklog.duration.m', { minutes });
}
