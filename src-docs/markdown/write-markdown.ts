import type { DocAlign, DocBlock, DocCover, DocModel, DocRun } from '../../src-shared/contract/doc-model';
import { docText } from '../text';
import { wordsOf, type Words } from '../words';
import { escapeBlockMarks, escapeText, headingSlugs, inlineRuns } from './inline';

// The document model as GitHub-flavoured Markdown: the cover's title is the one level-1 heading
// (the model's headings move one level down under it), the contents a list of links to the
// headings' GitHub ids, tables pipe tables (total rows bold), charts the table of their values.
// Page breaks have no Markdown and write nothing. The same model always gives the same text.

type TableBlock = Extract<DocBlock, { kind: 'table' }>;
type ChartBlock = Extract<DocBlock, { kind: 'chart' }>;

const DELIMITER = { left: ':---', center: ':---:', right: '---:' } as const;
/** A heading's text on one line. */
const oneLine = (text: string) => docText(text).replace(/\s*[\r\n]+\s*/g, ' ');

function coverBlock(cover: DocCover, words: Words): string[] {
  const lines = cover.lines.map((line) => `- ${escapeBlockMarks(escapeText(oneLine(words('docWriter.coverLine', { label: line.label, value: line.value }))))}`);
  const subtitle = escapeBlockMarks(escapeText(oneLine(cover.subtitle)));
  return [`# ${escapeText(oneLine(cover.title))}`, ...(subtitle ? [subtitle] : []), ...(lines.length ? [lines.join('\n')] : []), '---'];
}

/** A pipe table: one cell a column, pipes escaped, line breaks as <br>. */
function pipeTable(header: readonly string[], aligns: readonly (DocAlign | undefined)[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => cell || ' ').join(' | ')} |`;
  return [line(header), line(aligns.map((align) => (align ? DELIMITER[align] : '---'))), ...rows.map(line)].join('\n');
}

const cellText = (runs: readonly DocRun[], bold = false) => inlineRuns(runs, '<br>', bold);

function tableBlock(block: TableBlock, words: Words): string[] {
  const header = block.columns.map((column) => cellText([{ text: column.title }]));
  const rows = block.rows.length
    ? block.rows.map((row) => block.columns.map((_, i) => cellText(row.cells[i] ?? [], row.kind === 'subtotal' || row.kind === 'total')))
    : [block.columns.map((_, i) => (i === 0 ? escapeText(words('docWriter.emptyTable')) : ''))];
  const table = pipeTable(
    header,
    block.columns.map((column) => column.align),
    rows,
  );
  return block.caption ? [`**${escapeText(oneLine(block.caption))}**`, table] : [table];
}

function chartBlock(block: ChartBlock, words: Words): string[] {
  const title = block.unit ? words('docWriter.withUnit', { title: oneLine(block.title), unit: oneLine(block.unit) }) : oneLine(block.title);
  const heading = `**${escapeText(title)}**`;
  if (!block.categories.length || !block.series.length) return [heading, escapeText(words('docWriter.emptyTable'))];
  const header = ['', ...block.series.map((series) => cellText([{ text: series.name }]))];
  const rows = block.categories.map((category, c) => [
    cellText([{ text: category }]),
    ...block.series.map((series) => {
      const value = series.values[c];
      return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
    }),
  ]);
  return [heading, pipeTable(header, ['left', ...block.series.map(() => 'right' as const)], rows)];
}

/** The document model as Markdown text, ending with a newline. */
export function writeMarkdown(model: DocModel): string {
  const words = wordsOf(model.locale);
  // Under a cover's title, a section (level 1) is ##.
  const depth = model.cover ? 1 : 0;
  const slugOf = headingSlugs();
  const slugs = new Map(model.blocks.flatMap((block) => (block.kind === 'heading' ? [[block, slugOf(oneLine(block.text))] as const] : [])));
  const parts = model.blocks.flatMap((block, index): string[] => {
    switch (block.kind) {
      case 'heading':
        return [`${'#'.repeat(block.level + depth)} ${escapeText(oneLine(block.text))}`];
      case 'paragraph': {
        const text = escapeBlockMarks(inlineRuns(block.runs, '\\\n'));
        if (!text.trim()) return [];
        return [block.style === 'note' ? text.replace(/^/gm, '> ') : text];
      }
      case 'list':
        return [block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${escapeBlockMarks(inlineRuns(item, '\\\n   '))}`).join('\n')];
      case 'table':
        return tableBlock(block, words);
      case 'chart':
        return chartBlock(block, words);
      case 'toc': {
        const entries = model.blocks.slice(index + 1).flatMap((next) => (next.kind === 'heading' && next.level === 1 ? [`- [${escapeText(oneLine(next.text))}](#${slugs.get(next)!})`] : []));
        return [`**${escapeText(oneLine(block.title))}**`, ...(entries.length ? [entries.join('\n')] : [])];
      }
      case 'pageBreak':
        return [];
    }
  });
  const all = [...(model.cover ? coverBlock(model.cover, words) : []), ...parts];
  return all.length ? `${all.join('\n\n')}\n` : '';
}
