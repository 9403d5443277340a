import type { ReactNode } from 'react';
import type { RowOutcome, TransferFile } from '../../../src-shared/contract/imports';

// What the generic import dialog shows, whatever the target: every target's preview has this shape
// (the calendar's adds its items, benchmarks its layout and new peers).

export interface PreviewIssue {
  field: string;
  message: string;
  params?: Record<string, string | number>;
}

export interface ImportPreviewRow {
  row: number;
  cells: Partial<Record<string, string>>;
  issues: PreviewIssue[];
  outcome: RowOutcome;
}

export interface ImportPreviewView<Row extends ImportPreviewRow = ImportPreviewRow> {
  format: string;
  encoding: string;
  header: string[];
  mapping: Record<string, number | null>;
  rows: Row[];
  counts: { valid: number; invalid: number; duplicate: number; update?: number };
  savedMapping?: { id: string; name: string } | null;
  unmapped?: string[];
  rejected?: TransferFile | null;
}

/** A field of the mapping step, labelled by the caller. */
export interface ImportFieldDef {
  key: string;
  label: string;
  required?: boolean;
}

/** A column of the preview table: a field's cell by default, or what `render` makes of the row. */
export interface PreviewColumn<Row extends ImportPreviewRow> {
  key: string;
  title: string;
  width?: number;
  render?: (row: Row) => ReactNode;
}
