import { MAX_SLOT } from '../../../src-shared/contract/calendar';
import { isIsoDate } from '../../../src-shared/domain/dates';
import type { Cell } from '../../export/cell';

// Dates, times and push positions as operators type them in Chinese spreadsheets, shared by every
// import target (the calendar's 排期, benchmarks' article lists): each parser returns undefined
// for a value it cannot read, and the caller reports the cell.

const pad = (n: number) => String(n).padStart(2, '0');
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function ymd(y: number, m: number, d: number): string | undefined {
  const date = `${y}-${pad(m)}-${pad(d)}`;
  return isIsoDate(date) ? date : undefined;
}

/**
 * 'YYYY-MM-DD', '' for an empty cell, or undefined. Reads 2026-10-01, 2026/10/1, 2026.10.1,
 * 2026年10月1日, 20261001 (a time after the date, as Excel's CSV writes date-times, is ignored),
 * date cells and Excel's day numbers.
 */
export function parseDate(cell: Cell): string | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return cell >= 1 && cell < 2_958_466 ? new Date(EXCEL_EPOCH_MS + Math.floor(cell) * DAY_MS).toISOString().slice(0, 10) : undefined;
  const text = String(cell ?? '').trim();
  if (!text) return '';
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  return m ? ymd(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

function hhmm(hours: number, minutes: number): string | undefined {
  return hours <= 23 && minutes <= 59 ? `${pad(hours)}:${pad(minutes)}` : undefined;
}

/** 'HH:mm', '' or undefined. Reads 8:30, 08:30:00, 8：30, time cells and Excel's day fractions. */
export function parseTime(cell: Cell): string | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : hhmm(cell.getUTCHours(), cell.getUTCMinutes());
  if (typeof cell === 'number') {
    if (cell < 0 || cell >= 1) return undefined;
    const minutes = Math.round(cell * 1440);
    return hhmm(Math.floor(minutes / 60), minutes % 60);
  }
  const text = String(cell ?? '').trim();
  if (!text) return '';
  const m = /^(\d{1,2})[:：](\d{2})(?:[:：]\d{2})?$/.exec(text);
  return m ? hhmm(Number(m[1]), Number(m[2])) : undefined;
}

const CHINESE_DIGITS = '一二三四五六七八';

/** A push slot 1..8, 1 for an empty cell, or undefined. Reads 1, 头条, 次条, 第3条, 第三条. */
export function parseSlot(cell: Cell): number | undefined {
  const text = String(cell ?? '').trim();
  if (!text) return 1;
  if (text === '头条') return 1;
  if (text === '次条') return 2;
  const m = /^第?\s*(\d+|[一二三四五六七八])\s*条?$/.exec(text);
  if (!m) return undefined;
  const slot = /\d/.test(m[1]!) ? Number(m[1]) : CHINESE_DIGITS.indexOf(m[1]!) + 1;
  return slot >= 1 && slot <= MAX_SLOT ? slot : undefined;
}

/**
 * A date with its time when the cell has one: 'YYYY-MM-DD HH:mm', 'YYYY-MM-DD', '' for an empty
 * cell, or undefined. Reads what parseDate reads plus the time after it (2026-11-03 08:30:00,
 * 2026/11/3 8:30, 2026年11月3日 08:30), date-time cells (their wall time; midnight counts as no
 * time) and Excel's day numbers with a fraction.
 */
export function parseDateTime(cell: Cell): string | undefined {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return undefined;
    const time = hhmm(cell.getUTCHours(), cell.getUTCMinutes());
    return time === '00:00' ? cell.toISOString().slice(0, 10) : `${cell.toISOString().slice(0, 10)} ${time}`;
  }
  if (typeof cell === 'number') {
    const date = parseDate(Math.floor(cell));
    const time = parseTime(cell - Math.floor(cell));
    return date && time !== undefined ? (time && time !== '00:00' ? `${date} ${time}` : date) : undefined;
  }
  const text = String(cell ?? '').trim();
  if (!text) return '';
  const m = /^(.+?日?)[\sT]+(\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)$/.exec(text);
  const date = parseDate(m ? m[1]! : text);
  if (!date) return undefined;
  if (!m) return date;
  const time = parseTime(m[2]!);
  return time === undefined ? undefined : `${date} ${time}`;
}
