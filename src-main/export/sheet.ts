import { SheetLimitError, type SheetLimits, type SheetRow } from './cell';
import { decodeText, parseCsv, type TextEncoding } from './csv-reader';
import { readXlsxRows } from './xlsx-reader';
import { MAX_UNPACKED_BYTES, ZipLimitError } from './zip-guard';

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

/** Decoded text that holds control characters or undecodable bytes (beyond a stray few): a binary file, whatever its name. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 64 * 1024);
  const odd = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return odd > Math.max(2, sample.length / 100);
}

/**
 * Reads a .csv or .xlsx file (told apart by content, since names lie); the old binary .xls is
 * refused. Reading stops at `limits` with a SheetLimitError, so a hostile file costs little.
 */
export async function readSheet(fileName: string, bytes: Uint8Array, limits: SheetLimits): Promise<Sheet> {
  if (startsWith(bytes, ZIP_MAGIC)) {
    try {
      return { format: 'xlsx', encoding: 'utf-8', rows: readXlsxRows(bytes, limits) };
    } catch (error) {
      if (error instanceof SheetLimitError) throw error;
      if (error instanceof ZipLimitError && error.reason === 'tooLarge') throw new SheetLimitError('unpacksTooLarge', MAX_UNPACKED_BYTES);
      throw new UnreadableFileError(`${fileName} is not a readable .xlsx workbook: ${(error as Error).message}`);
    }
  }
  if (startsWith(bytes, OLE2_MAGIC) || /\.xlsx?$/i.test(fileName)) throw new UnreadableFileError(`${fileName} is not a .csv or .xlsx file`);
  const { text, encoding } = decodeText(bytes);
  if (looksBinary(text)) throw new UnreadableFileError(`${fileName} is not text: a binary file named .csv`);
  return { format: 'csv', encoding, rows: parseCsv(text, limits).map((cells, i) => ({ row: i + 1, cells })) };
}
