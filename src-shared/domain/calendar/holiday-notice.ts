import { isIsoDate, isoDate } from '../dates';
import type { HolidayRange } from './holiday-schedule';

// Reads the State Council's yearly notice (《国务院办公厅关于20XX年部分节假日安排的通知》) as
// published, e.g.
//   二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
// One line per holiday: the name before the colon; the dates before 放假 are the days off (one
// day, or a range whose end may leave out its month); every date after them in a line that says
// 上班 is a make-up workday. Parentheses (weekday, lunar date) are dropped.

export interface ParsedNotice {
  /** From the title (20XX年部分节假日安排), or undefined when the paste has no title. */
  year: number | undefined;
  entries: HolidayRange[];
  /** Lines that look like a holiday's line (numbered, or a colon and 放假) but gave no dates. */
  unread: string[];
}

const NUMBERING = /^\s*(?:[一二三四五六七八九十]+[、.．]|\d+\s*[、.．]|[（(][一二三四五六七八九十\d]+[）)])\s*/;
const DATE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日/g;

/** Full-width digits and colons as ASCII, so a paste from any source reads the same. */
function normalize(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\r/g, '');
}

/** Where the reading is: a date without a month or year takes the previous one's; 12月 → 1月 is the next year. */
interface Cursor {
  year: number;
  month: number;
}

function datesOf(clause: string, cursor: Cursor): string[] {
  const dates: string[] = [];
  for (const match of clause.matchAll(DATE)) {
    const month = match[2] ? Number(match[2]) : cursor.month;
    if (match[1]) cursor.year = Number(match[1]);
    else if (month < cursor.month) cursor.year++;
    cursor.month = month;
    const date = isoDate(cursor.year, month, Number(match[3]));
    if (month > 0 && isIsoDate(date)) dates.push(date);
  }
  return dates;
}

/** A 元旦 clause that starts in 12月 is in the year before the notice's. */
function startOf(year: number, name: string, clause: string): Cursor {
  return { year: /元旦/.test(name) && /^\s*12月/.test(clause) ? year - 1 : year, month: 0 };
}

function lineEntries(line: string, year: number): HolidayRange[] {
  const colon = line.search(/[：:]/);
  if (colon < 0) return [];
  const name = line.slice(0, colon).replace(NUMBERING, '').trim();
  const body = line.slice(colon + 1).replace(/（[^）]*）|\([^)]*\)/g, '');
  const off = body.indexOf('放假');
  if (!name || name.length > 20 || off < 0) return [];
  const offDates = datesOf(body.slice(0, off), startOf(year, name, body));
  if (offDates.length === 0) return [];
  const entries: HolidayRange[] = [{ start: offDates[0]!, end: offDates.at(-1)!, kind: 'off', name }];
  const rest = body.slice(off);
  if (rest.includes('上班')) {
    const workdays = rest.slice(rest.search(/[。，；]/) + 1, rest.lastIndexOf('上班'));
    for (const date of datesOf(workdays, startOf(year, name, workdays))) entries.push({ start: date, end: date, kind: 'work', name });
  }
  return entries;
}

const looksLikeHolidayLine = (line: string) => NUMBERING.test(line) || (/[：:]/.test(line) && line.includes('放假'));

/** The entries of a pasted notice; `year` is used when the paste has no title. */
export function parseHolidayNotice(text: string, year?: number): ParsedNotice {
  const clean = normalize(text);
  const titled = /(\d{4})\s*年\s*部分节假日安排/.exec(clean);
  const noticeYear = titled ? Number(titled[1]) : year;
  if (noticeYear === undefined) return { year: undefined, entries: [], unread: [] };
  const entries: HolidayRange[] = [];
  const unread: string[] = [];
  for (const line of clean.split('\n')) {
    const read = lineEntries(line, noticeYear);
    if (read.length > 0) entries.push(...read);
    else if (looksLikeHolidayLine(line)) unread.push(line.trim());
  }
  return { year: noticeYear, entries: entries.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)), unread };
}
