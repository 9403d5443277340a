// Money is integer fen (分) everywhere: stored, carried and summed as integers, so totals are exact.
// Only this module turns text into fen and fen into text.

/** Largest amount a line may hold: ¥1 亿 in fen, so the sum of 100,000 lines (1e15) stays a safe JavaScript integer. */
export const MAX_FEN = 10_000_000_000;

/** Largest hourly cost: ¥10 万 an hour, so a year of logged minutes times it stays far inside the exact range. */
export const MAX_HOURLY_FEN = 10_000_000;

export type MoneyParse = { ok: true; fen: number } | { ok: false; reason: 'empty' | 'invalid' | 'tooLarge' | 'tooPrecise' };

const FULL_WIDTH = /[０-９．，－＋]/g;

/**
 * Reads an amount as people type it: ¥1,234.5 / ￥1234 / 1.2万 / -300 / （300） / 1 234 元 /
 * 3千 / 12.5k. Up to two decimals of a yuan (a third is refused rather than rounded: money is not
 * guessed). Returns fen.
 */
export function parseMoney(text: string): MoneyParse {
  let s = text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
  if (s === '') return { ok: false, reason: 'empty' };
  // One sign at most: a minus before or after ¥, or accounting brackets (300) / （300）. Two of
  // them (--300, (-300), -¥-300) are a typo whose meaning is not guessed.
  let signs = 0;
  const bracketed = /^[(（](.*)[)）]$/.exec(s);
  if (bracketed) {
    signs++;
    s = (bracketed[1] ?? '').trim();
  }
  const takeSign = () => {
    if (/^[-−–]/.test(s)) {
      signs++;
      s = s.slice(1).trim();
    } else if (s.startsWith('+')) s = s.slice(1).trim();
  };
  takeSign();
  s = s.replace(/^(RMB|CNY|[¥￥])\s*/i, '').replace(/\s*(元|RMB|CNY)$/i, '');
  takeSign();
  if (signs > 1) return { ok: false, reason: 'invalid' };
  const negative = signs === 1;
  let scale = 1;
  const unit = /^(.*?)\s*(万|w|W|千|k|K)$/.exec(s);
  if (unit) {
    s = unit[1] ?? '';
    scale = unit[2] === '万' || unit[2] === 'w' || unit[2] === 'W' ? 10_000 : 1_000;
  }
  // Thousands separators: commas, spaces, apostrophes between digit groups.
  s = s.replace(/(?<=\d)[,\s'](?=\d{3}(\D|$))/g, '');
  if (!/^\d+(\.\d+)?$/.test(s)) return { ok: false, reason: 'invalid' };
  const [whole, decimals = ''] = s.split('.');
  // Exact decimal arithmetic on the digits: the amount in 1/10^d yuan, times the scale, must land on whole fen.
  const digits = BigInt(whole + decimals) * BigInt(scale) * 100n;
  const divisor = 10n ** BigInt(decimals.length);
  if (digits % divisor !== 0n) return { ok: false, reason: 'tooPrecise' };
  const fen = digits / divisor;
  if (fen > BigInt(MAX_FEN)) return { ok: false, reason: 'tooLarge' };
  const value = Number(fen);
  return { ok: true, fen: negative && value !== 0 ? -value : value };
}

/** ¥1,234.50 (zh and en alike; `symbol: false` leaves the ¥ out, for a table column headed 金额（元）). */
export function formatFen(fen: number, { symbol = true } = {}): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(fen));
  const yuan = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (abs % 100).toString().padStart(2, '0');
  return `${sign}${symbol ? '¥' : ''}${yuan}.${cents}`;
}

/** Fen as a yuan number for a spreadsheet cell (exact to the cent for every amount under MAX_FEN). */
export function fenToYuan(fen: number): number {
  return fen / 100;
}

/** A line's amount: unit price × quantity, integers both. */
export function lineFen(unitFen: number, quantity: number): number {
  return unitFen * quantity;
}

/** Minutes of a member's time at an hourly cost, rounded to the fen once (half up) — round the sum, not each entry. */
export function timeCostFen(minutes: number, hourlyFen: number): number {
  return Math.round((minutes * hourlyFen) / 60);
}
