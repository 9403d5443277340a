import type { ImportIssue, TransferFile } from '../../../src-shared/contract/imports';
import { issueText, translate } from '../../../src-shared/i18n';
import { cellText, type SheetRow } from '../../export/cell';
import { writeCsv } from '../../export/csv-writer';

// The rows an import did not take, as a file the operator fixes and imports again: the original
// header and cells, plus a 问题 column saying in words what is wrong with each row
// (「第 3 行 日期：…」). CSV, UTF-8 with a BOM, so Chinese Excel opens it as is.

export type Rejected = TransferFile | null;

export const CSV_MIME = 'text/csv';

interface RejectedSource<F extends string> {
  fileName: string;
  header: readonly string[];
  rows: ReadonlyArray<{ row: number; source: SheetRow['cells']; issues: ImportIssue[]; outcome: string }>;
  /** Not used here; present so an analysed import can be passed as is. */
  mapping?: Partial<Record<F, number | null>>;
}

/** One row's problems in words, each with the row number and the field's name. */
export function problemsText(row: { row: number; issues: readonly ImportIssue[] }, fieldName: (field: string) => string): string {
  return row.issues.map((issue) => translate('zh-CN', 'imports.issue', { row: row.row, field: fieldName(issue.field), message: issueText('zh-CN', issue) })).join('\n');
}

/** The invalid rows as a CSV file (null when there are none). */
export function rejectedFile<F extends string>(source: RejectedSource<F>, fieldName: (field: F) => string): Rejected {
  const rejected = source.rows.filter((row) => row.outcome === 'invalid');
  if (!rejected.length) return null;
  const width = Math.max(source.header.length, ...rejected.map((row) => row.source.length));
  const header = [...source.header, ...Array<string>(width - source.header.length).fill(''), translate('zh-CN', 'imports.problems')];
  const records = rejected.map((row) => {
    const cells = Array.from({ length: width }, (_, i) => cellText(row.source[i] ?? null));
    return [...cells, problemsText(row, fieldName as (field: string) => string)];
  });
  const name = source.fileName.replace(/\.[^.]*$/, '') || 'import';
  return { fileName: translate('zh-CN', 'imports.rejectedFileName', { name }), mimeType: CSV_MIME, base64: writeCsv([header, ...records]).toString('base64') };
}
