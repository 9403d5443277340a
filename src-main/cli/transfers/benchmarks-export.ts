import { extname, resolve } from 'node:path';
import type { Period, Ranking } from '../../../src-shared/contract/benchmarks';
import type { TransferFile } from '../../../src-shared/contract/imports';
import { isPeriodStart, parseMonth } from '../../../src-shared/domain/benchmarks/periods';
import { isIsoDate } from '../../../src-shared/domain/dates';
import { noMoreArguments, parseChoice, stringOption } from '../args';
import { call, withBackend } from '../backend-call';
import { message, UsageError, type CommandResult } from '../command';
import { writeOutputFile } from '../files';
import type { TransferHandler, TransferRun } from './transfer';

// `opsbench export benchmarks --period 2026-11 [--week] [--format xlsx|csv] [--out FILE]`: the
// ranking of a month (or a gsdata week, named by its Sunday) with each account's WCI, through the
// same contract method as the screen's export. Opens the workspace read-only.

function periodOf(run: TransferRun): Period {
  const raw = stringOption(run.values, 'period');
  if (!raw) throw new UsageError(message('benchmarks.cli.needPeriod', { command: run.command }), run.command);
  if (run.values.week === true) {
    if (!isIsoDate(raw) || !isPeriodStart('week', raw)) throw new UsageError(message('benchmarks.cli.badWeek', { value: raw }), run.command);
    return { kind: 'week', start: raw };
  }
  const month = parseMonth(raw);
  if (!month) throw new UsageError(message('benchmarks.cli.badMonth', { value: raw }), run.command);
  return month;
}

async function exportBenchmarks(run: TransferRun): Promise<CommandResult> {
  noMoreArguments(run.positionals, run.command);
  const period = periodOf(run);
  const out = stringOption(run.values, 'out');
  const format = parseChoice('format', stringOption(run.values, 'format'), ['xlsx', 'csv'] as const, out && extname(out).toLowerCase() === '.csv' ? 'csv' : 'xlsx', run.command);
  return withBackend(
    run.dataDir,
    async (backend) => {
      const file = await call<TransferFile>(backend, 'benchmarks', 'exportRanking', { period, format }, run.command);
      const ranking = await call<Ranking>(backend, 'benchmarks', 'ranking', { period }, run.command);
      const target = resolve(out ?? file.fileName);
      writeOutputFile(target, Buffer.from(file.base64, 'base64'));
      const label = period.kind === 'month' ? period.start.slice(0, 7) : `${period.start}–${ranking.end}`;
      return {
        summary: message('benchmarks.cli.exported', { period: label, count: ranking.rows.length, path: target }),
        data: { counts: { exported: ranking.rows.length }, format, period, file: target },
      };
    },
    { access: 'read' },
  );
}

export const benchmarksExport: TransferHandler = {
  help: 'benchmarks.cli.help',
  options: { period: { type: 'string' }, week: { type: 'boolean' }, format: { type: 'string' }, out: { type: 'string' } },
  positionals: false,
  run: exportBenchmarks,
};
