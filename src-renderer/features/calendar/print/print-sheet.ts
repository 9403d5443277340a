import type { Platform } from '../../../../src-shared/contract/accounts';
import type { CalendarItem, KeyDate } from '../../../../src-shared/contract/calendar';
import type { CalendarLayerDay } from '../../../../src-shared/contract/calendar-layers';
import { monthDays } from '../month';
import type { PrintMode } from './route';
import { groupBy } from '../../../lib/group-by';

// What the printed month (排期表) shows, as plain data: the weeks of the month, each day's 休/班,
// holiday and key-date names and items, on one sheet for every account or one sheet per account.

export interface PrintAccount {
  id: string;
  name: string;
  platform: Platform;
}

export interface PrintDay {
  date: string;
  /** Days of the weeks' edges that belong to the months around are left blank. */
  inMonth: boolean;
  /** 休: a statutory holiday (estimated when the year's schedule is not known). */
  rest: { estimated: boolean } | null;
  /** 班: an adjusted working day (调休). */
  work: boolean;
  /** Holiday names (国庆节) and the workspace's key dates (五周年店庆), in that order. */
  holidays: string[];
  keyDates: string[];
  items: CalendarItem[];
}

export interface PrintSheet {
  key: string;
  /** The one account of the sheet; null on the sheet of every account. */
  account: PrintAccount | null;
  /** The sheet of every account marks each item with its account's mark (①, ②…), explained in this legend. */
  legend: Array<{ account: PrintAccount; mark: string }>;
  weeks: PrintDay[][];
  count: number;
}

export interface PrintInput {
  /** Any day of the month to print ('YYYY-MM-DD'). */
  date: string;
  mode: PrintMode;
  /** The workspace's accounts in their usual order. */
  accounts: readonly PrintAccount[];
  items: readonly CalendarItem[];
  layers: readonly CalendarLayerDay[];
  keyDates: readonly KeyDate[];
  english: boolean;
}

/** ① … ⑳, then (21), (22) …: a mark that reads in black and white. */
export function accountMark(index: number): string {
  return index < 20 ? String.fromCodePoint(0x2460 + index) : `(${index + 1})`;
}

/** The weeks of the month (Monday first), four to six of them, each day with what it shows. */
function monthWeeks(date: string, items: readonly CalendarItem[], input: PrintInput): PrintDay[][] {
  const month = date.slice(0, 7);
  const itemsByDay = groupBy(items, (i) => i.date);
  const layersByDay = groupBy(input.layers, (l) => l.date);
  const keyDatesByDay = groupBy(input.keyDates, (k) => k.date);
  const days = monthDays(date).map((day): PrintDay => {
    const inMonth = day.startsWith(month);
    const layers = inMonth ? (layersByDay.get(day) ?? []) : [];
    const holiday = layers.find((l) => l.kind === 'holiday');
    return {
      date: day,
      inMonth,
      rest: holiday ? { estimated: holiday.estimated === true } : null,
      work: layers.some((l) => l.kind === 'workday'),
      holidays: [...new Set(layers.filter((l) => l.kind === 'holiday').map((l) => (input.english ? l.nameEn : l.name)))],
      keyDates: inMonth ? (keyDatesByDay.get(day) ?? []).map((k) => k.name) : [],
      items: inMonth ? (itemsByDay.get(day) ?? []) : [],
    };
  });
  const weeks = Array.from({ length: days.length / 7 }, (_, w) => days.slice(w * 7, w * 7 + 7));
  return weeks.filter((week) => week.some((day) => day.inMonth));
}

/** The sheets to print: one for every account, or one per account that has items in the month. */
export function buildPrintSheets(input: PrintInput): PrintSheet[] {
  const month = input.date.slice(0, 7);
  const order = new Map(input.accounts.map((a, i) => [a.id, i]));
  const items = input.items
    .filter((item) => item.date.startsWith(month))
    .sort((a, b) => (order.get(a.accountId) ?? 999) - (order.get(b.accountId) ?? 999) || a.slot - b.slot || a.time.localeCompare(b.time) || a.title.localeCompare(b.title));
  const present = input.accounts.filter((account) => items.some((item) => item.accountId === account.id));
  if (input.mode === 'all') {
    const legend = present.map((account, i) => ({ account, mark: accountMark(i) }));
    return [{ key: 'all', account: null, legend, weeks: monthWeeks(input.date, items, input), count: items.length }];
  }
  return present.map((account) => {
    const own = items.filter((item) => item.accountId === account.id);
    return { key: account.id, account, legend: [], weeks: monthWeeks(input.date, own, input), count: own.length };
  });
}
