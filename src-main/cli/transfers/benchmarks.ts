import type { Account } from '../../../src-shared/contract/accounts';
import { BENCHMARK_LAYOUTS, type BenchmarkImportPreview, type BenchmarkImportResult } from '../../../src-shared/contract/benchmarks';
import { translate, type MessageKey } from '../../../src-shared/i18n';
import { stringOption } from '../args';
import { call } from '../backend-call';
import { CliError, message, UsageError } from '../command';
import { importHandler } from './import-file';
import type { Transfer } from './transfer';

// `opsbench import benchmarks FILE` (the shared import command, import-file.ts): 新榜/西瓜数据
// article lists, 公众号后台's exports and our templates, through benchmarks.previewImport and
// commitImport. --layout names the file type, --account the own account of a WeChat backend file.

const nameKey = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

export const benchmarksTransfer: Transfer = {
  import: importHandler(
    'benchImport.cli.help',
    {
      domain: 'benchmarks',
      done: 'benchImport.cli.done',
      dryRun: 'benchImport.cli.dryRun',
      fieldLabel: (field) => message(`benchImport.fields.${field}` as MessageKey),
      async input(run, backend) {
        const layout = stringOption(run.values, 'layout');
        if (layout !== undefined && !(BENCHMARK_LAYOUTS as readonly string[]).includes(layout)) throw new UsageError(message('benchImport.cli.badLayout', { layouts: BENCHMARK_LAYOUTS.join(' | ') }), run.command);
        const accountName = stringOption(run.values, 'account');
        if (!accountName) return layout ? { layout } : {};
        const own = await call<Account[]>(backend, 'accounts', 'list', {}, run.command);
        const found = own.filter((a) => nameKey(a.name) === nameKey(accountName) || (a.handle && nameKey(a.handle) === nameKey(accountName)));
        if (found.length !== 1) throw new CliError(message('benchImport.cli.unknownAccount', { name: accountName }));
        return { ...(layout ? { layout } : {}), accountId: found[0]!.id };
      },
      extra(anyPreview, anyResult, run) {
        const preview = anyPreview as unknown as BenchmarkImportPreview;
        const result = anyResult as unknown as BenchmarkImportResult | undefined;
        const layout = translate(run.language, `benchImport.layouts.${preview.layout}`);
        // Told a layout the header does not fit, a dry run would only list every row as missing its fields.
        if (preview.missing.length) throw new CliError(message('benchImport.cli.missing', { layout, fields: preview.missing.join('、') }));
        const newPeers = result ? result.newPeers : preview.newPeers;
        const said = message(result ? 'benchImport.cli.newPeers' : 'benchImport.cli.wouldCreatePeers', { count: newPeers.length, names: newPeers.join('、') });
        return { params: { layout }, data: { layout: preview.layout, newPeers }, lines: newPeers.length ? [run.say(said)] : [] };
      },
    },
    { layout: { type: 'string' }, account: { type: 'string' } },
  ),
};
