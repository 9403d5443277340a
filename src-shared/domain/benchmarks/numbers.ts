// Numbers as operators and tools write them: 12,345 · 12 345 · 1.2万 · 3.5w · 10万+ · 1.1亿 ·
// 12.5%. "10万+" (WeChat's cap on shown reads) is kept as 100,001 and shown as 10万+ again.

/** What "10万+" is stored as. */
export const TEN_WAN_PLUS = 100_001;

const UNITS: Record<string, number> = { '': 1, k: 1_000, K: 1_000, 千: 1_000, w: 10_000, W: 10_000, 万: 10_000, 亿: 100_000_000 };
const COUNT = /^([+-]?)(\d+(?:\.\d+)?)\s*(k|K|千|w|W|万|亿)?(\+?)$/;

/** Thousands separators and spaces people put inside numbers (also full-width and thin spaces). */
const stripSeparators = (text: string) => text.replace(/[,，'’\s\u00a0\u2009\u202f\u3000]/g, '');

export type ParsedNumber = { ok: true; value: number | null } | { ok: false };

/**
 * A count from a cell's text: null for an empty cell or a dash, `{ok: false}` for text that is
 * not a count. "10万+" and "10w+" give 100,001; any other "+" is dropped ("5万+" = 50,000).
 */
export function parseCount(text: string): ParsedNumber {
  const trimmed = stripSeparators(text.normalize('NFKC'));
  if (trimmed === '' || /^[-—–]+$/.test(trimmed)) return { ok: true, value: null };
  const match = COUNT.exec(trimmed);
  if (!match) return { ok: false };
  const [, sign, digits, unit = '', plus] = match;
  const value = Math.round(Number(digits) * UNITS[unit]!) * (sign === '-' ? -1 : 1);
  if (!Number.isFinite(value)) return { ok: false };
  return { ok: true, value: plus && value === 100_000 ? TEN_WAN_PLUS : value };
}

/** A share from '12.5%', '12.5' (read as percent) or '0.125' with `fraction` set: 0.125. */
export function parsePercent(text: string, { fraction = false } = {}): ParsedNumber {
  const trimmed = stripSeparators(text.normalize('NFKC'));
  if (trimmed === '' || /^[-—–]+$/.test(trimmed)) return { ok: true, value: null };
  const match = /^([+-]?\d+(?:\.\d+)?)(%?)$/.exec(trimmed);
  if (!match) return { ok: false };
  const number = Number(match[1]);
  return { ok: true, value: match[2] || !fraction ? number / 100 : number };
}

/** A count for display: 10万+ for the stored sentinel, else grouped digits (zh: 12,345; ≥ 10万 as 12.3万 when `short`). */
export function formatCount(value: number | null | undefined, { short = false, locale = 'zh-CN' } = {}): string {
  if (value === null || value === undefined) return '—';
  if (value === TEN_WAN_PLUS) return '10万+';
  if (short && Math.abs(value) >= 10_000) {
    if (locale.startsWith('zh')) return Math.abs(value) >= 100_000_000 ? `${trimFixed(value / 100_000_000)}亿` : `${trimFixed(value / 10_000)}万`;
    return Math.abs(value) >= 1_000_000 ? `${trimFixed(value / 1_000_000)}M` : `${trimFixed(value / 1_000)}k`;
  }
  return value.toLocaleString(locale);
}

const trimFixed = (n: number) => n.toFixed(1).replace(/\.0$/, '');

/** The median of some numbers (the mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
