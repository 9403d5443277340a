import { basename, resolve } from 'node:path';
import type { Account } from '../../../src-shared/contract/accounts';
import { BENCHMARK_LAYOUTS, type BenchmarkImportPreview, type BenchmarkImportResult, type BenchmarkLayout } from '../../../src-shared/contract/benchmarks';
import { issueText, translate, type MessageKey } from '../../../src-shared/i18n';
import { noMoreArguments, stringOption } from '../args';
import { call, withBackend } from '../backend-call';
import { CliError, message, UsageError, type CommandResult } from '../command';
import { readInputFile, writeOutputFile } from '../files';
import type { Transfer, TransferRun } from './transfer';

// `opsbench import benchmarks FILE`: 新榜/西瓜数据 article lists, 公众号后台's exports and our
// templates, through the same contract methods as the app (benchmarks.previewImport/commitImport).

const nameKey = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

function problemLines({ say, language }: TransferRun, rows: BenchmarkImportPreview['rows']): string[] {
  return rows.flatMap((row) => row.issues.map((issue) => say(message('cli.import.problem', { row: row.row, field: message(`benchImport.fields.${issue.field}` as MessageKey), reason: issueText(language, issue) }))));
}

async function importBenchmarks(run: TransferRun): Promise<CommandResult> {
  const [path, ...extra] = run.positionals;
  if (!path) throw new UsageError(message('cli.usage.needFile', { command: run.command, formats: '.csv, .xlsx' }), run.command);
  noMoreArguments(extra, run.command);
  const dryRun = run.values['dry-run'] === true;
  const rejectedPath = stringOption(run.values, 'rejected');
  const layoutOption = stringOption(run.values, 'layout');
  if (layoutOption !== undefined && !(BENCHMARK_LAYOUTS as readonly string[]).includes(layoutOption)) throw new UsageError(message('benchImport.cli.badLayout', { layouts: BENCHMARK_LAYOUTS.join(' | ') }), run.command);
  const accountName = stringOption(run.values, 'account');
  const file = { fileName: basename(path), base64: readInputFile(path).toString('base64'), ...(layoutOption ? { layout: layoutOption as BenchmarkLayout } : {}) };
  return withBackend(
    run.dataDir,
    async (backend) => {
      let accountId: string | undefined;
      if (accountName) {
        const own = await call<Account[]>(backend, 'accounts', 'list', {}, run.command);
        const found = own.filter((a) => nameKey(a.name) === nameKey(accountName) || (a.handle && nameKey(a.handle) === nameKey(accountName)));
        if (found.length !== 1) throw new CliError(message('benchImport.cli.unknownAccount', { name: accountName }));
        accountId = found[0]!.id;
      }
      const input = { ...file, ...(accountId ? { accountId } : {}) };
      const preview = await call<BenchmarkImportPreview>(backend, 'benchmarks', 'previewImport', input, run.command);
      const layout = translate(run.language, `benchImport.layouts.${preview.layout}`);
      if (preview.missing.length) throw new CliError(message('benchImport.cli.missing', { layout, fields: preview.missing.join('、') }));
      const result = dryRun ? undefined : await call<BenchmarkImportResult>(backend, 'benchmarks', 'commitImport', { ...input, layout: preview.layout, mapping: preview.mapping }, run.command);
      const rejectedRows = preview.rows.filter((row) => row.outcome === 'invalid');
      const target = rejectedPath && result?.rejected ? resolve(rejectedPath) : undefined;
      if (target) writeOutputFile(target, Buffer.from(result!.rejected!.base64, 'base64'));
      const counts: Record<string, number> = result
        ? { imported: result.created, updated: result.updated, duplicates: result.duplicates, rejected: result.invalid }
        : { importable: preview.counts.valid, updated: preview.counts.update ?? 0, duplicates: preview.counts.duplicate, rejected: preview.counts.invalid };
      const written = result ? result.created + result.updated : preview.counts.valid + (preview.counts.update ?? 0);
      const rejectedCount = result ? result.invalid : preview.counts.invalid;
      const newPeers = result ? result.newPeers : preview.newPeers;
      const peersLine = newPeers.length ? [run.say(message(result ? 'benchImport.cli.newPeers' : 'benchImport.cli.wouldCreatePeers', { count: newPeers.length, names: newPeers.join('、') }))] : [];
      return {
        summary: message(result ? 'benchImport.cli.done' : 'benchImport.cli.dryRun', { ...counts, layout, count: counts.imported ?? counts.importable ?? 0 }),
        data: { counts, dryRun, layout: preview.layout, newPeers, file: resolve(path), rejected: rejectedRows.map(({ row, issues }) => ({ row, issues })), ...(target ? { rejectedFile: target } : {}) },
        lines: peersLine,
        notes: [...problemLines(run, rejectedRows), ...(target ? [run.say(message('cli.import.rejectedFile', { count: rejectedCount, path: target }))] : [])],
        // Nothing written because rows were rejected is a failure; nothing new because all is there already is not.
        exitCode: written === 0 && rejectedCount > 0 ? 1 : 0,
      };
    },
    { program: `opsbench ${run.command}` },
  );
}

export const benchmarksTransfer: Transfer = {
  import: {
    help: 'benchImport.cli.help',
    options: { 'dry-run': { type: 'boolean' }, layout: { type: 'string' }, account: { type: 'string' }, rejected: { type: 'string' } },
    positionals: true,
    run: importBenchmarks,
  },
};
