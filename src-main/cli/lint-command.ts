import { statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { LintWordEntry } from '../../src-shared/contract/lint-words';
import { BUILTIN_WORDS } from '../../src-shared/domain/articles/builtin-words';
import { countFindings, isBlocking, lintArticle, type LintFinding, type LintText, type LintWord } from '../../src-shared/domain/articles/lint';
import { isMessageKey, translate, type MessageKey } from '../../src-shared/i18n';
import type { Language } from '../../src-shared/contract/settings';
import { ARTICLE_FILE_TYPES, ArticleFileError, readArticleFile } from '../export/article-readers';
import { noMoreArguments, parseCommandArgs, stringOption } from './args';
import { call, withBackend } from './backend-call';
import { CliError, message, UsageError, type Command } from './command';
import { readInputFile, reasonOf } from './files';

// `opsbench lint FILE`: the editor's checks on a Markdown, HTML, .docx or .txt file, with no
// workspace needed. With --data-dir the workspace's word list (its own words, built-in words it
// turned off) replaces the built-in one; HQ's words join that list with issues 14/15 (sync).

/** Larger than any article file with its images (WeChat takes 20,000 characters). */
const MAX_FILE_MB = 50;

function say(language: Language, text: LintText | string): string {
  if (typeof text === 'string') return isMessageKey(text) ? translate(language, text) : text;
  if ('text' in text) return text.text;
  return isMessageKey(text.key) ? translate(language, text.key, text.params) : text.key;
}

function findingLines(language: Language, f: LintFinding): string[] {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params);
  const where = f.field === 'body' && f.line !== null ? t('lint.cli.line', { line: f.line }) : t(`lint.field.${f.field}`);
  const head = t('lint.cli.finding', {
    where,
    severity: t(`lint.severity.${f.severity}`),
    rule: t(`lint.rule.${f.rule}`),
    text: f.text,
    message: say(language, { key: f.message, params: f.params }),
    reason: say(language, f.reason),
  });
  const suggestion = f.suggestion ? say(language, f.suggestion) : '';
  return suggestion ? [head, t('lint.cli.suggestion', { suggestion })] : [head];
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch (error) {
    throw new CliError(message('cli.error.cannotRead', { path, reason: reasonOf(error) }));
  }
}

/** The file's bytes, refusing a file too large to be an article before reading it. */
function readable(path: string): Buffer {
  if (sizeOf(path) > MAX_FILE_MB * 1024 * 1024) throw new CliError(message('lint.cli.tooLarge', { file: path, max: MAX_FILE_MB }));
  return readInputFile(path);
}

async function workspaceWords(dataDir: string): Promise<readonly LintWord[]> {
  return withBackend(dataDir, (backend) => call<LintWordEntry[]>(backend, 'lintWords', 'listWords', {}, 'lint'), { access: 'read' });
}

export const lintCommand: Command = async (ctx) => {
  const { values, positionals } = parseCommandArgs('lint', ctx.args, {}, true);
  const [path, ...extra] = positionals;
  if (!path) throw new UsageError(message('cli.usage.needFile', { command: 'lint', formats: ARTICLE_FILE_TYPES.join(', ') }), 'lint');
  noMoreArguments(extra, 'lint');
  const ext = extname(path).toLowerCase();
  if (!(ARTICLE_FILE_TYPES as readonly string[]).includes(ext)) throw new UsageError(message('lint.cli.unsupported', { ext: ext || path }), 'lint');
  const dataDir = stringOption(values, 'data-dir');
  const words = dataDir ? await workspaceWords(dataDir) : BUILTIN_WORDS;
  const article = await readArticleFile(path, readable(path)).catch((error: unknown) => {
    if (!(error instanceof ArticleFileError)) throw error;
    if (error.reason === 'encoding') throw new CliError(message('lint.cli.encoding', { file: path }));
    throw new CliError(message('lint.cli.unreadable', { file: path, reason: error.message }));
  });
  const findings = lintArticle({ ...article, words, exemptions: [] });
  const counts = countFindings(findings);
  return {
    summary: message('lint.cli.summary', { file: path, error: counts.error, warning: counts.warning, info: counts.info }),
    data: { counts, file: resolve(path), title: article.title, findings },
    lines: findings.flatMap((f) => findingLines(ctx.language, f)),
    exitCode: findings.some(isBlocking) ? 1 : 0,
  };
};
