import { decodeText, parseCsv, type TextEncoding } from './csv-reader';
import { readXlsx } from './xlsx-file';

// One shape for every tabular file read: rows of cells with the row number Excel shows, so the
// calendar import does not care whether the file was CSV or a workbook.

/** A cell: CSV gives text; a workbook also gives numbers, booleans and dates (as UTC midnight). */
export type Cell = string | number | boolean | Date | null;

export interface SheetRow {
  /** 1-based, as Excel numbers rows. */
  row: number;
  cells: Cell[];
}

export interface Sheet {
  format: 'csv' | 'xlsx';
  encoding: TextEncoding;
  rows: SheetRow[];
}

/** Thrown for a file that is neither CSV nor a readable workbook. */
export class UnreadableFileError extends Error {
  override name = 'UnreadableFileError';
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The old binary .xls (an OLE2 compound file). */
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Reads a .csv or .xlsx file (told apart by content, since names lie); the old binary .xls is refused. */
export async function readSheet(fileName: string, bytes: Uint8Array): Promise<Sheet> {
  if (startsWith(bytes, ZIP_MAGIC)) {
    try {
      return { format: 'xlsx', encoding: 'utf-8', rows: await readXlsx(bytes) };
    } catch (error) {
      throw new UnreadableFileError(`${fileName} is not a readable .xlsx workbook: ${(error as Error).message}`);
    }
  }
  if (startsWith(bytes, OLE2_MAGIC) || /\.xlsx?$/i.test(fileName)) throw new UnreadableFileError(`${fileName} is not a .csv or .xlsx file`);
  const { text, encoding } = decodeText(bytes);
  return { format: 'csv', encoding, rows: parseCsv(text).map((cells, i) => ({ row: i + 1, cells })) };
}

/** A cell as trimmed text (dates as YYYY-MM-DD, as they read in the sheet). */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}
