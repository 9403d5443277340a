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
