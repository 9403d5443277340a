import type { CellValue, Workbook } from 'exceljs';
import { SheetLimitError, type Cell, type SheetLimits, type SheetRow } from './cell';
import { unpackWithLimits } from './zip-guard';

// Excel workbooks through exceljs, loaded on first use: it takes ~180 ms to load, which the
// start-up budget cannot spare for a feature used now and then.

async function newWorkbook(): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  return new ExcelJS.Workbook();
}

function toCell(value: CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== 'object') return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : toCell(value.text as CellValue);
  if ('result' in value) return value.result === undefined ? null : toCell(value.result);
  return null; // an error value (#N/A …) or a formula without a cached result
}

/** 'A' → 1, 'XFD' → 16,384. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * A look at a sheet's XML before exceljs builds its model (which is slow and large for a sheet
 * of far-away cells): a cell with a value past the column limit, or far too many rows, refuse
 * the file at once. Styled empty cells (`<c r="XFD1" s="1"/>`) are no content and pass.
 */
function scanSheetXml(xml: string, limits: SheetLimits): void {
  const cell = /<c r="([A-Z]{1,3})\d+"[^>]*?(\/?)>(<[a-z]+)?/g;
  for (let match = cell.exec(xml); match; match = cell.exec(xml)) {
    const hasValue = match[2] !== '/' && (match[3] === '<v' || match[3] === '<is' || match[3] === '<f');
    if (hasValue && columnNumber(match[1]!) > limits.maxColumns) throw new SheetLimitError('tooManyColumns', limits.maxColumns);
  }
  let rows = 0;
  for (let at = xml.indexOf('<row '); at >= 0; at = xml.indexOf('<row ', at + 5)) if (++rows > limits.maxRows * 10) throw new SheetLimitError('tooManyRows', limits.maxRows);
}

/**
 * The rows of the first worksheet that has any, empty rows left out. The archive is checked
 * before exceljs unpacks it, and reading stops at the limits: only the cells that hold something
 * are visited (a row whose one cell is in column XFD is one cell, not 16,384).
 */
export async function readXlsx(bytes: Uint8Array, limits: SheetLimits): Promise<SheetRow[]> {
  for (const [name, xml] of unpackWithLimits(bytes)) if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) scanSheetXml(xml.toString('utf8'), limits);
  const workbook = await newWorkbook();
  // exceljs types its input as its own Buffer alias; JSZip underneath takes any byte array.
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) return [];
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rows.length >= limits.maxRows) throw new SheetLimitError('tooManyRows', limits.maxRows);
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (column > limits.maxColumns) throw new SheetLimitError('tooManyColumns', limits.maxColumns);
      cells[column - 1] = toCell(cell.value);
    });
    rows.push({ row: rowNumber, cells: Array.from(cells, (cell) => cell ?? null) });
  });
  return rows;
}

export interface XlsxColumn {
  header: string;
  /** In characters (a Chinese character counts about two). */
  width: number;
  /** Dates are written as real date cells, so Excel sorts and filters them as dates; numbers as number cells where the text is a plain number ('10万+' stays text). */
  kind?: 'text' | 'date' | 'multiline' | 'number';
}

export interface XlsxSpec {
  sheetName: string;
  columns: XlsxColumn[];
  /** Date columns take 'YYYY-MM-DD' or ''. */
  rows: string[][];
}

function cellOf(kind: XlsxColumn['kind'], value: string): string | number | Date {
  if (kind === 'date' && value) return new Date(`${value}T00:00:00Z`);
  if (kind === 'number' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return value;
}

/** A workbook of one sheet: bold, frozen header row with a filter, set column widths. */
export async function writeXlsx(spec: XlsxSpec): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'OpsBench 运营台';
  const sheet = workbook.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: c.kind === 'date' ? { numFmt: 'yyyy-mm-dd' } : c.kind === 'multiline' ? { alignment: { wrapText: true, vertical: 'top' } } : {},
  }));
  for (const row of spec.rows) {
    sheet.addRow(row.map((value, i) => cellOf(spec.columns[i]?.kind, value)));
  }
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
