import { resolve } from 'node:path';
import type { HolidayEntry, HolidayEntryInput } from '../../../src-shared/contract/holidays';
import { parseHolidayNotice } from '../../../src-shared/domain/calendar/holiday-notice';
import { isIsoDate, isoDate } from '../../../src-shared/domain/dates';
import { decodeText, parseCsv } from '../../export/csv-reader';
import { noMoreArguments, parseInteger } from '../args';
import { call, withBackend } from '../backend-call';
import { CliError, message, UsageError, type CommandResult } from '../command';
import { readInputFile } from '../files';
import type { Transfer, TransferRun } from './transfer';

// `opsbench import holidays FILE`: a year's official holiday schedule, from the State Council's
// notice as published (pasted into a text file) or a CSV `开始,结束,休/班,名称`. Each year in the
// file replaces that year's schedule, through the same `holidays.replaceYear` as 设置.

const CSV_LIMITS = { maxRows: 400, maxColumns: 8 };

/** 2026-10-01, 2026/10/1 or 2026年10月1日. */
function csvDate(value: string): string | undefined {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(value.trim());
  const date = match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : '';
  return isIsoDate(date) ? date : undefined;
}

/** The CSV's rows as entries (a first row that is not a date is its header). */
function csvEntries(text: string, command: string): HolidayEntryInput[] {
  const rows = parseCsv(text, CSV_LIMITS).filter((row) => row.some((cell) => cell.trim()));
  if (rows[0] && !csvDate(rows[0][0] ?? '')) rows.shift();
  return rows.map((row, i) => {
    const [start, end, kind, name] = row.map((cell) => cell.trim());
    const number = i + 2;
    const from = csvDate(start ?? '');
    const to = end ? csvDate(end) : from;
    if (!from || !to) throw new UsageError(message('validation.holidays.csvDate', { row: number, value: (from ? end : start) ?? '' }), command);
    if (kind !== '休' && kind !== '班') throw new UsageError(message('validation.holidays.csvKind', { row: number }), command);
    return { start: from, end: to, kind: kind === '休' ? 'off' : 'work', name: name ?? '' };
  });
}

/** Entries by the year they belong to (a range's last day: 元旦 from 12月30日 is next year's). */
function byYear(entries: readonly HolidayEntryInput[]): Map<number, HolidayEntryInput[]> {
  const years = new Map<number, HolidayEntryInput[]>();
  for (const entry of entries) {
    const year = Number(entry.end.slice(0, 4));
    years.set(year, [...(years.get(year) ?? []), entry]);
  }
  return years;
}

async function importHolidays(run: TransferRun): Promise<CommandResult> {
  const [path, ...extra] = run.positionals;
  if (!path) throw new UsageError(message('cli.usage.needFile', { command: run.command, formats: '.txt, .csv' }), run.command);
  noMoreArguments(extra, run.command);
  const givenYear = run.values.year === undefined ? undefined : parseInteger('year', run.values.year as string, 0, 2000, 2100, run.command);
  const { text } = decodeText(readInputFile(path));
  const isNotice = /[：:]/.test(text) && /放假/.test(text);
  let years: Map<number, HolidayEntryInput[]>;
  if (isNotice) {
    const notice = parseHolidayNotice(text, givenYear);
    if (notice.year === undefined) throw new UsageError(message('validation.holidays.noticeYear'), run.command);
    if (notice.entries.length === 0) throw new CliError(message('validation.holidays.notice'));
    years = new Map([[notice.year, notice.entries]]);
  } else {
    years = byYear(csvEntries(text, run.command));
    if (years.size === 0) throw new CliError(message('validation.holidays.notice'));
  }
  return withBackend(
    run.dataDir,
    async (backend) => {
      const saved: HolidayEntry[] = [];
      for (const [year, entries] of years) saved.push(...(await call<{ entries: HolidayEntry[] }>(backend, 'holidays', 'replaceYear', { year, entries, origin: 'imported' }, run.command)).entries);
      const counts = { years: years.size, off: saved.filter((e) => e.kind === 'off').length, work: saved.filter((e) => e.kind === 'work').length };
      return {
        summary: message('cli.import.holidays.done', { ...counts, list: [...years.keys()].join('、'), count: counts.off }),
        data: { counts, file: resolve(path), format: isNotice ? 'notice' : 'csv', years: [...years.keys()], entries: saved.map(({ year, start, end, kind, name }) => ({ year, start, end, kind, name })) },
      };
    },
    { program: `opsbench ${run.command}` },
  );
}

export const holidaysTransfer: Transfer = {
  import: { help: 'cli.help.importHolidays', options: { year: { type: 'string' } }, positionals: true, run: importHolidays },
};
