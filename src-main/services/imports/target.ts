import type { ImportIssue, ImportTarget } from '../../../src-shared/contract/imports';
import type { MessageKey } from '../../../src-shared/i18n';
import type { Cell } from '../../export/cell';
import type { ServiceContext } from '../context';

// What one import target (the calendar, benchmarks, the work log) tells the one pipeline
// (pipeline.ts). The pipeline reads the file within limits, finds the header, maps columns
// (suggested from `headerNames`, else a saved mapping for this header, else the caller's), turns
// each row into cells, asks the target for the row's record, sorts rows into create / update /
// duplicate / invalid, previews, and commits the valid ones in one transaction after a backup,
// handing back a file of the rejected rows. Nothing of that is written twice.

/** One data row as the target sees it: its mapped cells as text (trimmed, one line) and as read. */
export interface RowCells<F extends string> {
  /** The row number Excel shows. */
  row: number;
  text(field: F): string;
  raw(field: F): Cell;
}

/** A row read by the target: its record (null when it has issues) and the identity that finds it again. */
export interface ReadRecord<R> {
  record: R | null;
  issues: ImportIssue[];
  /** Identity of what the row writes (an article, a period of an account …); null when it could not be read. */
  key: string | null;
}

export interface ImportSpec<F extends string, R, L> {
  target: ImportTarget;
  /** Fields in the order the mapping lists them. */
  fields: readonly F[];
  /** Header names per field (Chinese and English), compared without spaces, case or parenthesised hints. */
  headerNames: Record<F, readonly string[]>;
  /** Fields a file must map for its rows to mean anything (the mapping step says which are missing). */
  required: readonly F[];
  limits: { maxBytes: number; maxRows: number };
  /** Each field's name in words (a message key), for problems of a field the file has no column for; a mapped field is named by its column's header. */
  labels?: Partial<Record<F, MessageKey>>;
  /** Fields whose text keeps its line breaks (notes); the others are read as one line. */
  multiline?: readonly F[];
  /** Reads once per call what rows refer to (accounts and members by name …). */
  prepare(ctx: ServiceContext): L;
  readRow(cells: RowCells<F>, lookups: L): ReadRecord<R>;
  /**
   * Of the identified rows, those already stored: `same` (a duplicate, skipped) or `differs`
   * (the row brings new values for it: an update). Rows not in the map are created.
   */
  existing(ctx: ServiceContext, rows: ReadonlyArray<{ key: string; record: R }>): Map<string, 'same' | 'differs'>;
  /** Writes the rows to create and to update; runs inside the pipeline's one transaction. */
  write(ctx: ServiceContext, rows: ReadonlyArray<{ key: string; record: R; outcome: 'create' | 'update' }>, lookups: L): void;
}
