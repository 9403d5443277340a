import type { Language } from '../../src-shared/contract/settings';
import { formatCount } from '../../src-shared/domain/benchmarks/numbers';

// How figures read in the plan: dates as a Chinese (or English) reader writes them, counts as the
// app shows them (1.2万), ratios as percents, section numbers in the document's numerals.

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (section and quarter numbers: 1–99). */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** A number in the document's numerals: 一 in Chinese, 1 in English. */
export const numeral = (locale: Language, n: number) => (locale === 'zh-CN' ? chineseNumeral(n) : String(n));

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Language, withYear: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${withYear}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', { ...(withYear ? { year: 'numeric' } : {}), month: 'long', day: 'numeric', timeZone: 'UTC' });
    formatters.set(key, found);
  }
  return found;
}

/** 'YYYY-MM-DD' as 2026年12月2日 / 2 December 2026 (without the year: 12月2日 / 2 December); '' stays ''. */
export function longDate(locale: Language, iso: string, { year = true } = {}): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return formatter(locale, year).format(new Date(`${iso}T00:00:00Z`));
}

/** A month by its first day: 2026年11月 / November 2026. */
export function monthName(locale: Language, start: string): string {
  return new Intl.DateTimeFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-GB', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${start}T00:00:00Z`));
}

/** A span of days: 1月5日—1月20日, or the one day (the year left out when both share the plan's year `knownYear`). */
export function dateSpan(locale: Language, from: string, to: string, knownYear?: string): string {
  if (!from) return '—';
  const year = knownYear === undefined || from.slice(0, 4) !== knownYear || to.slice(0, 4) !== knownYear;
  if (from === to) return longDate(locale, from, { year });
  return `${longDate(locale, from, { year })}—${longDate(locale, to, { year })}`;
}

/** A count as the app shows it: 12,345, or 12.3万 from 10万 up; — when unknown. */
export const count = (locale: Language, value: number | null | undefined) => formatCount(value, { short: true, locale });

/** 0.125 → 12.5%; — when unknown. */
export function percent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '—';
  return `${(ratio * 100).toFixed(1).replace(/\.0$/, '')}%`;
}

/** A WCI as the benchmarks screens show it: two decimals. */
export const wciText = (value: number | null | undefined) => (value === null || value === undefined ? '—' : value.toFixed(2));
