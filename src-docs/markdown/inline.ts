import type { DocRun } from '../../src-shared/contract/doc-model';
import { safeHref } from '../../src-shared/domain/articles/links';
import { docText } from '../text';

// Inline Markdown (GitHub-flavoured): text escaped so it reads as written, bold and italic as
// ** and *, links as [text](address). Underline and colour have no Markdown and are left out.

/** What starts a heading, quote, list item or setext underline at a line's start. */
const BLOCK_MARK = /^(\s*)(#{1,6}(?=\s|$)|[-+](?=\s|$)|>|\d{1,9}[.)](?=\s|$)|=+(?=\s*$)|-+(?=\s*$))/gm;

/** Escapes what Markdown would read as inline markup: emphasis, links, code, HTML, pipes. */
export function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (ch) => `\\${ch}`);
}

/** In a paragraph or list item, escapes what would start a block at a line's start ('1. ', '# ', '- ' …). */
export function escapeBlockMarks(text: string): string {
  return text.replace(BLOCK_MARK, (_, space: string, mark: string) => `${space}${mark.replace(/^(\d*)/, '$1\\')}`);
}

/** Emphasis markers hug the text: `** bold**` is not bold in GFM, so spaces move outside them. */
function wrap(text: string, marker: string): string {
  if (!marker || !text.trim()) return text;
  const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return `${lead}${marker}${core}${marker}${trail}`;
}

function linkTarget(href: string): string {
  return href.replace(/[()\s<>]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Runs as one line of inline Markdown; `newline` is what a line break inside the text becomes. */
export function inlineRuns(runs: readonly DocRun[], newline: string, bold = false): string {
  return runs
    .map((run) => {
      const lines = docText(run.text).replace(/\r\n?/g, '\n').split('\n');
      const marker = `${run.bold || bold ? '**' : ''}${run.italic ? '*' : ''}`;
      const text = lines.map((line) => wrap(escapeText(line), marker)).join(newline);
      const href = run.link === undefined ? undefined : safeHref(run.link);
      return href && text.trim() ? `[${text}](${linkTarget(href)})` : text;
    })
    .join('');
}

/** GitHub's heading ids: lower case, punctuation dropped, spaces as hyphens; a repeated id gains -1, -2 … */
export function headingSlugs(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) => {
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count ? `${base}-${count}` : base;
  };
}
