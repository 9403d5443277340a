import type { DocBlock, DocRun, DocTableColumn, DocTableRow } from '../../src-shared/contract/doc-model';
import type { Words } from '../words';

// Small constructors the section composers share, so every section says 暂无数据 the same way.

export const text = (value: string, style: Partial<Omit<DocRun, 'text'>> = {}): DocRun => ({ text: value, ...style });

export function paragraph(value: string | DocRun[], style?: 'body' | 'note'): DocBlock {
  return { kind: 'paragraph', runs: typeof value === 'string' ? [text(value)] : value, ...(style ? { style } : {}) };
}

/** The paragraph that stands where a section has no data yet. */
export function noData(words: Words): DocBlock {
  return { kind: 'paragraph', runs: [text(words('planDoc.noData'))], style: 'empty' };
}

export function table(columns: DocTableColumn[], rows: DocTableRow[], caption?: string): DocBlock {
  return { kind: 'table', columns, rows, ...(caption ? { caption } : {}) };
}

/** A table row of plain cells. */
export function row(cells: readonly string[], kind?: DocTableRow['kind']): DocTableRow {
  return { cells: cells.map((cell) => [text(cell)]), ...(kind ? { kind } : {}) };
}
