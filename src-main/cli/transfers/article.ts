import { extname, resolve } from 'node:path';
import type { ArticleFile, ArticleTheme } from '../../../src-shared/contract/articles';
import { noMoreArguments, parseChoice, stringOption } from '../args';
import { call, withBackend } from '../backend-call';
import { message, UsageError, type CommandResult } from '../command';
import { writeOutputFile } from '../files';
import type { Transfer, TransferRun } from './transfer';

// `opsbench export article ID --format html|md|docx --out FILE`: one article as a file, through
// `articles.exportFile`, so the html is byte for byte what 复制到公众号 puts on the clipboard.

const FORMATS = ['html', 'md', 'docx'] as const;
const THEMES = ['default', 'business', 'fresh'] as const;
const FORMAT_OF_EXTENSION: Readonly<Record<string, (typeof FORMATS)[number]>> = { '.html': 'html', '.htm': 'html', '.md': 'md', '.markdown': 'md', '.docx': 'docx' };

async function exportArticle(run: TransferRun): Promise<CommandResult> {
  const [id, ...extra] = run.positionals;
  if (!id) throw new UsageError(message('wechat.export.needId', { command: run.command }), run.command);
  noMoreArguments(extra, run.command);
  const out = stringOption(run.values, 'out');
  const format = parseChoice('format', stringOption(run.values, 'format'), FORMATS, (out && FORMAT_OF_EXTENSION[extname(out).toLowerCase()]) || 'html', run.command);
  const rawTheme = stringOption(run.values, 'theme');
  const theme: ArticleTheme | undefined = rawTheme === undefined ? undefined : parseChoice('theme', rawTheme, THEMES, 'default', run.command);
  return withBackend(
    run.dataDir,
    async (backend) => {
      const file = await call<ArticleFile>(backend, 'articles', 'exportFile', { id, format, ...(theme ? { theme } : {}) }, run.command);
      const target = resolve(out ?? file.fileName);
      writeOutputFile(target, Buffer.from(file.base64, 'base64'));
      const title = file.fileName.slice(0, -extname(file.fileName).length);
      return { summary: message('wechat.export.done', { title, format, path: target }), data: { counts: { exported: 1 }, format, file: target } };
    },
    { access: 'read' },
  );
}

export const articleTransfer: Transfer = {
  export: { help: 'wechat.export.help', options: { format: { type: 'string' }, out: { type: 'string' }, theme: { type: 'string' } }, positionals: true, run: exportArticle },
};
