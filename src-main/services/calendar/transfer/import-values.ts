import { ItemStatus, MAX_SLOT } from '../../../../src-shared/contract/calendar';
import { isIsoDate } from '../../../../src-shared/domain/dates';
import type { Cell } from '../../../export/cell';
import { statusLabel } from '../labels';

// The cell values operators type in Chinese spreadsheets, read into the calendar's own: each
// parser returns undefined for a value it cannot read, and the caller reports the cell.

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

const STATUS_BY_WORD = new Map<string, ItemStatus>(
  ItemStatus.options.flatMap((status) => [
    [statusLabel(status), status],
    [status, status],
  ]),
);

/** A status from its Chinese label or English key; 选题 for an empty cell; undefined if unknown. */
export function parseStatus(text: string): ItemStatus | undefined {
  if (!text) return 'topic';
  return STATUS_BY_WORD.get(text.toLowerCase());
}

/** Tags separated by 、，,;； or spaces. */
export function splitTags(text: string): string[] {
  return text.split(/[、，,;；\s]+/).filter(Boolean);
}
