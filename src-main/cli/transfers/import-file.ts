import { basename, resolve } from 'node:path';
import type { ImportIssue, TransferFile } from '../../../src-shared/contract/imports';
import { issueText, type MessageKey } from '../../../src-shared/i18n';
import { noMoreArguments, stringOption } from '../args';
import { call, withBackend } from '../backend-call';
import { message, UsageError, type CommandResult, type Message } from '../command';
import { readInputFile, writeOutputFile } from '../files';
import type { TransferHandler, TransferRun } from './transfer';

// `opsbench import <what> FILE [--dry-run] [--rejected FILE]` for every target of the one import
// pipeline (calendar, benchmarks, later the work log): the same preview and commit calls the
// dialog makes, the counts "imported N / duplicates N / rejected N", each rejected row's problems
// on stderr with its row number, and the rejected rows as the pipeline's file (original columns +
// 问题) that imports once fixed.

/** What every target's preview answers (a benchmarks preview lists at most its first rows). */
interface AnyPreview {
  header: string[];
  mapping: Record<string, number | null>;
  rows: Array<{ row: number; issues: ImportIssue[]; outcome?: string; duplicate?: boolean }>;
  counts: { valid: number; invalid: number; duplicate: number; update?: number };
  rejected?: TransferFile | null;
}

/** What every target's commit answers. */
interface AnyResult {
  created: number;
  updated?: number;
  duplicates: number;
  invalid: number;
  rejected?: TransferFile | null;
}

export interface ImportCommand {
  /** The contract domain with previewImport and commitImport. */
  domain: string;
  /** The one-line summaries; params imported, updated, importable, duplicates, rejected, count (default: the generic counts line). */
  done?: MessageKey;
  dryRun?: MessageKey;
  /** A field as the user reads it; default: the file's own header of its column. */
  fieldLabel?: (field: string) => Message;
  /** More input for both calls (a benchmarks layout, an account) from the options. */
  input?: (run: TransferRun) => Record<string, unknown>;
  /** More of the summary's params and `data` (the peers a benchmarks import creates). */
  extra?: (preview: AnyPreview, result: AnyResult | undefined) => { params?: Record<string, string | number>; data?: Record<string, unknown> };
}

const isRejected = (row: AnyPreview['rows'][number]) => (row.outcome ? row.outcome === 'invalid' : !row.duplicate && row.issues.length > 0);

function fieldName(command: ImportCommand, preview: AnyPreview, field: string): Message | string {
  if (command.fieldLabel) return command.fieldLabel(field);
  const column = preview.mapping[field];
  return (column !== null && column !== undefined && preview.header[column]) || field;
}

async function runImport(command: ImportCommand, run: TransferRun): Promise<CommandResult> {
  const [path, ...extra] = run.positionals;
  if (!path) throw new UsageError(message('cli.usage.needFile', { command: run.command, formats: '.csv, .xlsx' }), run.command);
  noMoreArguments(extra, run.command);
  const dryRun = run.values['dry-run'] === true;
  const rejectedPath = stringOption(run.values, 'rejected');
  const file = { fileName: basename(path), base64: readInputFile(path).toString('base64'), ...command.input?.(run) };
  return withBackend(
    run.dataDir,
    async (backend) => {
      const preview = await call<AnyPreview>(backend, command.domain, 'previewImport', file, run.command);
      const result = dryRun ? undefined : await call<AnyResult>(backend, command.domain, 'commitImport', { ...file, mapping: preview.mapping }, run.command);
      const rejected = preview.rows.filter(isRejected);
      const rejectedFile = result ? result.rejected : preview.rejected;
      const target = rejectedPath && rejectedFile ? resolve(rejectedPath) : undefined;
      if (target && rejectedFile) writeOutputFile(target, Buffer.from(rejectedFile.base64, 'base64'));
      const rejectedCount = result ? result.invalid : preview.counts.invalid;
      const written = result ? result.created + (result.updated ?? 0) : preview.counts.valid;
      const counts: Record<string, number> = result
        ? { imported: result.created, ...(result.updated !== undefined ? { updated: result.updated } : {}), duplicates: result.duplicates, rejected: result.invalid }
        : { importable: preview.counts.valid, ...(preview.counts.update !== undefined ? { updates: preview.counts.update } : {}), duplicates: preview.counts.duplicate, rejected: preview.counts.invalid };
      const more = command.extra?.(preview, result) ?? {};
      const summaryKey = result ? (command.done ?? 'cli.import.counts.done') : (command.dryRun ?? 'cli.import.counts.dryRun');
      const problems = rejected.flatMap((row) =>
        row.issues.map((issue) => run.say(message('cli.import.problem', { row: row.row, field: fieldName(command, preview, issue.field), reason: issueText(run.language, issue) }))),
      );
      return {
        summary: message(summaryKey, { imported: 0, updated: 0, importable: 0, ...counts, count: written, ...more.params }),
        data: { counts, dryRun, file: resolve(path), rejected: rejected.map(({ row, issues }) => ({ row, issues })), ...(target ? { rejectedFile: target } : {}), ...more.data },
        notes: [...problems, ...(target ? [run.say(message('cli.import.rejectedFile', { count: rejectedCount, path: target }))] : [])],
        // Nothing written because rows were rejected is a failure; nothing new because all is there already is not.
        exitCode: written === 0 && rejectedCount > 0 ? 1 : 0,
      };
    },
    { program: `opsbench ${run.command}` },
  );
}

/** The `import` handler of a target: its help, the shared options and the shared run. */
export function importHandler(help: MessageKey, command: ImportCommand, options: TransferHandler['options'] = {}): TransferHandler {
  return { help, options: { 'dry-run': { type: 'boolean' }, rejected: { type: 'string' }, ...options }, positionals: true, run: (run) => runImport(command, run) };
}
