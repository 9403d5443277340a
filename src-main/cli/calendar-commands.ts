import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import type { ImportPreview, ImportResult, TransferFile } from '../../src-shared/contract/calendar-transfer';
import { call, withBackend, type CliIo } from './commands';
import { resolveDataDir } from './data-dir';
import { CliError, parseCommandArgs, UsageError } from './usage';

// `opsbench import calendar FILE` and `opsbench export calendar`: the calendar's import and export
// for scripts and HQ IT, through the same contract methods as the dialog.

function onlyCalendar(command: string, what: string | undefined): void {
  if (what !== 'calendar') throw new UsageError(`${command} needs what to ${command}: calendar (got ${what === undefined ? 'nothing' : `"${what}"`})`, command);
}

function problemLines(preview: ImportPreview): string[] {
  return preview.rows.flatMap((row) => row.issues.map((issue) => `row ${row.row}\t${issue.field}\t${issue.message}${issue.params ? `\t${JSON.stringify(issue.params)}` : ''}`));
}

export async function importCommand(args: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseCommandArgs('import', args, { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } }, true);
  const [what, path, ...extra] = positionals;
  onlyCalendar('import', what);
  if (!path) throw new UsageError('import calendar needs the FILE to import (.csv or .xlsx)', 'import');
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`, 'import');
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${(error as Error).message}`);
  }
  const file = { fileName: basename(path), base64: bytes.toString('base64') };
  await withBackend(resolveDataDir(values['data-dir'] as string | undefined, io.env), async (backend) => {
    const preview = await call<ImportPreview>(backend, 'calendarTransfer', 'previewImport', file, 'import');
    const result: ImportResult = values['dry-run']
      ? { created: 0, duplicates: preview.counts.duplicate, invalid: preview.counts.invalid }
      : await call<ImportResult>(backend, 'calendarTransfer', 'commitImport', { ...file, mapping: preview.mapping }, 'import');
    if (values.json) return io.out(JSON.stringify({ ...result, wouldCreate: preview.counts.valid, problems: preview.rows.filter((r) => r.issues.length).map(({ row, issues }) => ({ row, issues })) }, null, 2));
    problemLines(preview).forEach((line) => io.err(line));
    const skipped = `${preview.counts.duplicate} duplicates skipped, ${preview.counts.invalid} with errors`;
    io.out(values['dry-run'] ? `Dry run: ${preview.counts.valid} items would be imported (${skipped}).` : `Imported ${result.created} items (${skipped}).`);
  });
}

export async function exportCommand(args: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseCommandArgs('export', args, { from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } }, true);
  const [what, ...extra] = positionals;
  onlyCalendar('export', what);
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`, 'export');
  if (!values.from || !values.to) throw new UsageError('export calendar needs --from YYYY-MM-DD and --to YYYY-MM-DD', 'export');
  const out = values.out as string | undefined;
  const format = (values.format as string | undefined) ?? (out && extname(out).toLowerCase() === '.ics' ? 'ics' : 'xlsx');
  if (format !== 'xlsx' && format !== 'ics') throw new UsageError(`--format must be xlsx or ics (got "${format}")`, 'export');
  await withBackend(resolveDataDir(values['data-dir'] as string | undefined, io.env), async (backend) => {
    const filter = { from: values.from, to: values.to };
    const file = await call<TransferFile>(backend, 'calendarTransfer', format === 'xlsx' ? 'exportXlsx' : 'exportIcs', { filter }, 'export');
    const target = resolve(out ?? file.fileName);
    try {
      writeFileSync(target, Buffer.from(file.base64, 'base64'));
    } catch (error) {
      throw new CliError(`cannot write ${target}: ${(error as Error).message}`);
    }
    io.out(`Exported ${filter.from} to ${filter.to} to ${target}`);
  });
}
