import type { Workbook } from 'exceljs';

// Excel workbooks are written through exceljs, loaded on first use: it takes ~180 ms to load,
// which the start-up budget cannot spare for a feature used now and then. Reading is our own
// (xlsx-reader.ts): exceljs's reading took ~15× the unpacking.

async function newWorkbook(): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  return new ExcelJS.Workbook();
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

function cellOf(kind: XlsxColumn['kind'], value: string): string | number | Date | null {
  if (kind === 'date' && value) return new Date(`${value}T00:00:00Z`);
  if (kind === 'number' && value === '') return null;
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
