import type { DocBlock, DocModel } from '../../../src-shared/contract/doc-model';
import type { PlanDocumentInput } from '../../../src-docs/plan/plan-facts';
import { PLAN_SECTION_KEYS } from '../../../src-shared/domain/plans/plan-sections';

// Hand-made inputs of the plan composer and ways to read what it made, for the composition tests.

export function anInput(overrides: Partial<PlanDocumentInput> = {}): PlanDocumentInput {
  return {
    locale: 'zh-CN',
    today: '2026-12-02',
    company: { name: '悦汇商业管理有限公司华东分公司', shortName: '悦汇华东' },
    title: '',
    author: '周婷',
    period: { kind: 'quarter', start: '2027-01-01', end: '2027-03-31' },
    sections: PLAN_SECTION_KEYS.map((key) => ({ key, note: null })),
    facts: {},
    ...overrides,
  };
}

/** A block's words: a paragraph's runs, a list's items, a table's heads and cells. */
export function textOf(block: DocBlock): string {
  const runs = (rs: ReadonlyArray<{ text: string }>) => rs.map((r) => r.text).join('');
  switch (block.kind) {
    case 'heading':
      return block.text;
    case 'paragraph':
      return runs(block.runs);
    case 'list':
      return block.items.map(runs).join('\n');
    case 'table':
      return [block.columns.map((c) => c.title).join(' | '), ...block.rows.map((r) => r.cells.map(runs).join(' | '))].join('\n');
    default:
      return '';
  }
}

/** The blocks of the section under the level-1 heading starting with `title` (up to the next one). */
export function sectionOf(model: DocModel, title: string): DocBlock[] {
  const start = model.blocks.findIndex((b) => b.kind === 'heading' && b.level === 1 && b.text.includes(title));
  if (start < 0) throw new Error(`no section ${title}`);
  const next = model.blocks.findIndex((b, i) => i > start && b.kind === 'heading' && b.level === 1);
  return model.blocks.slice(start + 1, next < 0 ? undefined : next);
}

/** The section's rows of its first table with a column titled `column`, as cell texts. */
export function tableRows(blocks: readonly DocBlock[], column: string): string[][] {
  const table = blocks.find((b): b is Extract<DocBlock, { kind: 'table' }> => b.kind === 'table' && b.columns.some((c) => c.title === column));
  if (!table) throw new Error(`no table with column ${column}`);
  return table.rows.map((r) => r.cells.map((cell) => cell.map((run) => run.text).join('')));
}

export const headings = (model: DocModel, level = 1) => model.blocks.filter((b) => b.kind === 'heading' && b.level === level).map((b) => (b as { text: string }).text);
