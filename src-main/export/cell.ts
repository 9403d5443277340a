// One shape for every tabular file read: rows of cells with the row number Excel shows, so the
// calendar import does not care whether the file was CSV or a workbook.

/** A cell: CSV gives text; a workbook also gives numbers, booleans and dates (as UTC midnight). */
export type Cell = string | number | boolean | Date | null;

export interface SheetRow {
  /** 1-based, as Excel numbers rows. */
  row: number;
  cells: Cell[];
}

/** A cell as trimmed text (dates as YYYY-MM-DD, as they read in the sheet). */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** How much of a file is read: past these, reading stops with a SheetLimitError. */
export interface SheetLimits {
  /** Rows that hold something (blank rows are not counted, but a file of blank lines is refused at 10×). */
  maxRows: number;
  maxColumns: number;
}

/** A file larger than the import takes, found while reading (before it is all in memory). */
export class SheetLimitError extends Error {
  override name = 'SheetLimitError';
  constructor(
    readonly reason: 'tooManyRows' | 'tooManyColumns' | 'unpacksTooLarge',
    readonly limit: number,
  ) {
    super(`${reason}: the limit is ${limit}`);
  }
}
