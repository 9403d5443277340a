import { resolve } from 'node:path';
import type { CostTotals } from '../../../src-shared/contract/costs';
import type { TransferFile } from '../../../src-shared/contract/imports';
import { isIsoDate } from '../../../src-shared/domain/dates';
import { formatFen } from '../../../src-shared/domain/money/money';
import { noMoreArguments, stringOption } from '../args';
import { call, withBackend } from '../backend-call';
import { message, UsageError, type CommandResult } from '../command';
import { writeOutputFile } from '../files';
import type { TransferHandler, TransferRun } from './transfer';

// `opsbench export costs --from DATE --to DATE [--out FILE.xlsx]`: the cost list of a period
// through the same contract method as the screen's 导出. Opens the workspace read-only.

function dateOption(run: TransferRun, name: 'from' | 'to'): string {
  const raw = stringOption(run.values, name);
  if (!raw) throw new UsageError(message('costs.cli.needRange', { command: run.command }), run.command);
  if (!isIsoDate(raw)) throw new UsageError(message('costs.cli.badDate', { value: raw }), run.command);
  return raw;
}

async function exportCosts(run: TransferRun): Promise<CommandResult> {
  noMoreArguments(run.positionals, run.command);
  const from = dateOption(run, 'from');
  const to = dateOption(run, 'to');
  if (to < from) throw new UsageError(message('costs.cli.badRange', { from, to }), run.command);
  const out = stringOption(run.values, 'out');
  return withBackend(
    run.dataDir,
    async (backend) => {
      const file = await call<TransferFile>(backend, 'costs', 'exportXlsx', { from, to }, run.command);
      const totals = await call<CostTotals>(backend, 'costs', 'totals', { from, to }, run.command);
      const target = resolve(out ?? file.fileName);
      writeOutputFile(target, Buffer.from(file.base64, 'base64'));
      return {
        summary: message('costs.cli.exported', { from, to, count: totals.count, total: formatFen(totals.totalFen), path: target }),
        data: { counts: { exported: totals.count }, totalFen: totals.totalFen, from, to, file: target },
      };
    },
    { access: 'read' },
  );
}

export const costsExport: TransferHandler = {
  help: 'costs.cli.help',
  options: { from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' } },
  positionals: false,
  run: exportCosts,
};
