import { extname, resolve } from 'node:path';
import type { CalendarItem } from '../../../src-shared/contract/calendar';
import type { ImportField, TransferFile } from '../../../src-shared/contract/calendar-transfer';
import { noMoreArguments, parseChoice, stringOption } from '../args';
import { call, withBackend } from '../backend-call';
import { message, UsageError, type CommandResult } from '../command';
import { writeOutputFile } from '../files';
import { importHandler } from './import-file';
import type { Transfer, TransferRun } from './transfer';

// `opsbench import calendar FILE` (the shared import command, import-file.ts) and `opsbench export
// calendar`: the calendar's import and export for scripts and HQ IT, through the same contract
// methods as the dialog.

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
  import: importHandler('cli.help.importCalendar', {
    domain: 'calendarTransfer',
    done: 'cli.import.calendar.done',
    dryRun: 'cli.import.calendar.dryRun',
    fieldLabel: (field) => message(`calendarTransfer.fields.${field as ImportField}`),
  }),
  export: { help: 'cli.help.exportCalendar', options: { from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } }, positionals: false, run: exportCalendar },
};
