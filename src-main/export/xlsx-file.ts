import type { CellValue, Workbook } from 'exceljs';
import type { Cell, SheetRow } from './cell';

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

/** The rows of the first worksheet that has any, empty rows left out. */
export async function readXlsx(bytes: Uint8Array): Promise<SheetRow[]> {
  const workbook = await newWorkbook();
  // exceljs types its input as its own Buffer alias; JSZip underneath takes any byte array.
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) return [];
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(toCell(row.getCell(c).value));
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}

export interface XlsxColumn {
  header: string;
  /** In characters (a Chinese character counts about two). */
  width: number;
  /** Dates are written as real date cells, so Excel sorts and filters them as dates. */
  kind?: 'text' | 'date' | 'multiline';
}

export interface XlsxSpec {
  sheetName: string;
  columns: XlsxColumn[];
  /** Date columns take 'YYYY-MM-DD' or ''. */
  rows: string[][];
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
    sheet.addRow(row.map((value, i) => (spec.columns[i]?.kind === 'date' && value ? new Date(`${value}T00:00:00Z`) : value)));
  }
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
