import { extname, resolve } from 'node:path';
import type { TransferFile } from '../../../src-shared/contract/imports';
import type { WorkLog, WorklogImportField } from '../../../src-shared/contract/worklog';
import { noMoreArguments, parseChoice, stringOption } from '../args';
import { call, withBackend } from '../backend-call';
import { message, UsageError, type CommandResult } from '../command';
import { writeOutputFile } from '../files';
import { importHandler } from './import-file';
import type { Transfer, TransferRun } from './transfer';

// `opsbench import worklog FILE` (the shared import command, import-file.ts) and `opsbench export
// worklog --from --to [--format xlsx|csv] [--out FILE]`, through the same contract methods as the
// 日志 screen's buttons. The export opens the workspace read-only.

async function exportWorklog(run: TransferRun): Promise<CommandResult> {
  noMoreArguments(run.positionals, run.command);
  const from = stringOption(run.values, 'from');
  const to = stringOption(run.values, 'to');
  if (!from || !to) throw new UsageError(message('cli.usage.needRange', { command: run.command }), run.command);
  const out = stringOption(run.values, 'out');
  const format = parseChoice('format', stringOption(run.values, 'format'), ['xlsx', 'csv'] as const, out && extname(out).toLowerCase() === '.csv' ? 'csv' : 'xlsx', run.command);
  return withBackend(
    run.dataDir,
    async (backend) => {
      const file = await call<TransferFile>(backend, 'worklog', 'export', { from, to, format }, run.command);
      const entries = await call<WorkLog[]>(backend, 'worklog', 'list', { from, to }, run.command);
      const target = resolve(out ?? file.fileName);
      writeOutputFile(target, Buffer.from(file.base64, 'base64'));
      return {
        summary: message('worklog.cli.exported', { count: entries.length, from, to, path: target }),
        data: { counts: { exported: entries.length }, format, file: target },
      };
    },
    { access: 'read' },
  );
}

export const worklogTransfer: Transfer = {
  import: importHandler('worklog.cli.importHelp', {
    domain: 'worklog',
    done: 'worklog.cli.done',
    dryRun: 'worklog.cli.dryRun',
    fieldLabel: (field) => message(`worklog.fields.${field as WorklogImportField}`),
  }),
  export: { help: 'worklog.cli.exportHelp', options: { from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } }, positionals: false, run: exportWorklog },
};
