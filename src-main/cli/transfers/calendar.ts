import { basename, extname, resolve } from 'node:path';
import type { CalendarItem } from '../../../src-shared/contract/calendar';
import type { ImportPreview, ImportResult, PreviewRow, TransferFile } from '../../../src-shared/contract/calendar-transfer';
import { issueText, translate } from '../../../src-shared/i18n';
import { writeCsv } from '../../export/csv-writer';
import { noMoreArguments, parseChoice, stringOption } from '../args';
import { call, withBackend } from '../backend-call';
import { message, UsageError, type CommandResult } from '../command';
import { readInputFile, writeOutputFile } from '../files';
import type { Transfer, TransferRun } from './transfer';

// `opsbench import calendar FILE` and `opsbench export calendar`: the calendar's import and export
// for scripts and HQ IT, through the same contract methods as the dialog.

const rejectedRows = (rows: readonly PreviewRow[]) => rows.filter((row) => !row.duplicate && row.issues.length > 0);

function problemLines({ say, language }: TransferRun, rows: readonly PreviewRow[]): string[] {
  return rows.flatMap((row) => row.issues.map((issue) => say(message('cli.import.problem', { row: row.row, field: message(`calendarTransfer.fields.${issue.field}`), reason: issueText(language, issue) }))));
}

/**
 * The rejected rows as a CSV the import reads back once fixed: the original row number, the mapped
 * cells under their Chinese headers (calendar files are Chinese whatever the UI language), and why.
 */
function rejectedCsv({ language }: TransferRun, preview: ImportPreview, rows: readonly PreviewRow[]): Buffer {
  const fields = Object.entries(preview.mapping)
    .filter(([, column]) => column !== null)
    .sort(([, a], [, b]) => a! - b!)
    .map(([field]) => field as keyof PreviewRow['cells']);
  const header = [translate('zh-CN', 'calendarTransfer.row'), ...fields.map((field) => translate('zh-CN', `calendarTransfer.fields.${field}`)), translate('zh-CN', 'calendarTransfer.problems')];
  const reasons = (row: PreviewRow) =>
    row.issues.map((issue) => translate(language, 'calendarTransfer.issue', { field: translate(language, `calendarTransfer.fields.${issue.field}`), message: issueText(language, issue) })).join('\n');
  return writeCsv([header, ...rows.map((row) => [String(row.row), ...fields.map((field) => row.cells[field] ?? ''), reasons(row)])]);
}

async function importCalendar(run: TransferRun): Promise<CommandResult> {
  const [path, ...extra] = run.positionals;
  if (!path) throw new UsageError(message('cli.usage.needFile', { command: run.command, formats: '.csv, .xlsx' }), run.command);
  noMoreArguments(extra, run.command);
  const dryRun = run.values['dry-run'] === true;
  const rejectedPath = stringOption(run.values, 'rejected');
  const file = { fileName: basename(path), base64: readInputFile(path).toString('base64') };
  return withBackend(
    run.dataDir,
    async (backend) => {
      const preview = await call<ImportPreview>(backend, 'calendarTransfer', 'previewImport', file, run.command);
      const result = dryRun ? undefined : await call<ImportResult>(backend, 'calendarTransfer', 'commitImport', { ...file, mapping: preview.mapping }, run.command);
      const rejected = rejectedRows(preview.rows);
      const target = rejectedPath && rejected.length ? resolve(rejectedPath) : undefined;
      if (target) writeOutputFile(target, rejectedCsv(run, preview, rejected));
      const counts: Record<string, number> = result
        ? { imported: result.created, duplicates: result.duplicates, rejected: result.invalid }
        : { importable: preview.counts.valid, duplicates: preview.counts.duplicate, rejected: preview.counts.invalid };
      const created = result ? result.created : preview.counts.valid;
      const rejectedCount = result ? result.invalid : preview.counts.invalid;
      return {
        summary: message(result ? 'cli.import.calendar.done' : 'cli.import.calendar.dryRun', { ...counts, count: created }),
        data: { counts, dryRun, file: resolve(path), rejected: rejected.map(({ row, issues }) => ({ row, issues })), ...(target ? { rejectedFile: target } : {}) },
        notes: [...problemLines(run, rejected), ...(target ? [run.say(message('cli.import.rejectedFile', { count: rejected.length, path: target }))] : [])],
        // Nothing new because rows were rejected is a failure; nothing new because all is there already is not.
        exitCode: created === 0 && rejectedCount > 0 ? 1 : 0,
      };
    },
    { program: `opsbench ${run.command}` },
  );
}

async function exportCalendar(run: TransferRun): Promise<CommandResult> {
  noMoreArguments(run.positionals, run.command);
  const from = stringOption(run.values, 'from');
  const to = stringOption(run.values, 'to');
  if (!from || !to) throw new UsageError(message('cli.usage.needRange', { command: run.command }), run.command);
  const out = stringOption(run.values, 'out');
  const format = parseChoice('format', stringOption(run.values, 'format'), ['xlsx', 'ics'] as const, out && extname(out).toLowerCase() === '.ics' ? 'ics' : 'xlsx', run.command);
  return withBackend(
    run.dataDir,
    async (backend) => {
      const filter = { from, to };
      const file = await call<TransferFile>(backend, 'calendarTransfer', format === 'xlsx' ? 'exportXlsx' : 'exportIcs', { filter }, run.command);
      const items = await call<CalendarItem[]>(backend, 'calendar', 'listItems', filter, run.command);
      const target = resolve(out ?? file.fileName);
      writeOutputFile(target, Buffer.from(file.base64, 'base64'));
      return {
        summary: message('cli.export.calendar.done', { count: items.length, from, to, path: target }),
        data: { counts: { exported: items.length }, format, file: target },
      };
    },
    { access: 'read' },
  );
}

export const calendarTransfer: Transfer = {
  import: { help: 'cli.help.importCalendar', options: { 'dry-run': { type: 'boolean' }, rejected: { type: 'string' } }, positionals: true, run: importCalendar },
  export: { help: 'cli.help.exportCalendar', options: { from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } }, positionals: false, run: exportCalendar },
};
