import type { DocBlock, DocModel, DocRun } from '../../src-shared/contract/doc-model';

// A document model as plain text, one line per paragraph, list item, table row or chart series:
// what the versions' comparison diffs, so a changed figure shows as that row, not as a shifted page.

const runsText = (runs: readonly DocRun[]) => runs.map((run) => run.text).join('');

function blockLines(block: DocBlock, headings: readonly string[]): string[] {
  switch (block.kind) {
    case 'heading':
      return [block.text];
    case 'paragraph':
      return [runsText(block.runs)];
    case 'list':
      return block.items.map((item, index) => `${block.ordered ? `${index + 1}.` : '•'} ${runsText(item)}`);
    case 'table':
      return [...(block.caption ? [block.caption] : []), block.columns.map((column) => column.title).join(' | '), ...block.rows.map((row) => row.cells.map(runsText).join(' | '))];
    case 'chart':
      return [
        block.title,
        `${block.categories.join(' | ')}${block.unit ? ` (${block.unit})` : ''}`,
        ...block.series.map((series) => `${series.name}: ${series.values.map((value) => (value === null ? '—' : String(value))).join(' | ')}`),
      ];
    case 'toc':
      return [block.title, ...headings];
    case 'pageBreak':
      return [];
  }
}

/** The text of a document model: the cover, then every block in order (the contents list their headings). */
export function docModelText(model: DocModel): string {
  const headings = model.blocks.flatMap((block) => (block.kind === 'heading' && block.level === 1 ? [block.text] : []));
  const cover = model.cover ? [model.cover.title, model.cover.subtitle, ...model.cover.lines.map((line) => `${line.label}: ${line.value}`)] : [];
  return [...cover, ...model.blocks.flatMap((block) => blockLines(block, headings))].join('\n');
}
