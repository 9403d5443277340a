import type { Workbook } from 'exceljs';

// Excel workbooks are written through exceljs, loaded on first use: it takes ~180 ms to load,
// which the start-up budget cannot spare for a feature used now and then. Reading is our own
// (xlsx-reader.ts): exceljs's reading took ~15× the unpacking.

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function newWorkbook(): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  return new ExcelJS.Workbook();
}

export interface XlsxColumn {
  header: string;
  /** In characters (a Chinese character counts about two). */
  width: number;
  /** Dates are written as real date cells, so Excel sorts and filters them as dates; numbers as number cells where the text is a plain number ('10万+' stays text); money as yuan numbers shown 0.00. */
  kind?: 'text' | 'date' | 'multiline' | 'number' | 'money';
}

/** A formula written with its computed value, so readers that do not calculate (and our own reader) see the value. */
export interface XlsxFormula {
  formula: string;
  result: number;
}
export type XlsxValue = string | number | XlsxFormula;

export interface XlsxSpec {
  sheetName: string;
  columns: XlsxColumn[];
  /** Date columns take 'YYYY-MM-DD' or ''. */
  rows: XlsxValue[][];
  /** A last row in bold (a 合计). */
  totalRow?: XlsxValue[];
}

function cellOf(kind: XlsxColumn['kind'], value: XlsxValue): string | number | Date | XlsxFormula | null {
  if (typeof value !== 'string') return value;
  // A date column's other words (a 合计 label) stay text.
  if (kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
  if (kind === 'number' && value === '') return null;
  if (kind === 'number' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return value;
}

const STYLE_OF: Record<NonNullable<XlsxColumn['kind']>, object> = {
  text: {},
  number: {},
  date: { numFmt: 'yyyy-mm-dd' },
  multiline: { alignment: { wrapText: true, vertical: 'top' } },
  money: { numFmt: '0.00' },
};

/** A workbook of one sheet: bold, frozen header row with a filter, set column widths. */
export async function writeXlsx(spec: XlsxSpec): Promise<Buffer> {
  return writeXlsxSheets([spec]);
}

/** A workbook of several sheets, each like writeXlsx's, in the order given. */
export async function writeXlsxSheets(specs: XlsxSpec[]): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'OpsBench 运营台';
  for (const spec of specs) {
    const sheet = workbook.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = spec.columns.map((c) => ({ header: c.header, width: c.width, style: STYLE_OF[c.kind ?? 'text'] }));
    for (const row of spec.rows) sheet.addRow(row.map((value, i) => cellOf(spec.columns[i]?.kind, value)));
    if (spec.totalRow) sheet.addRow(spec.totalRow.map((value, i) => cellOf(spec.columns[i]?.kind, value))).font = { bold: true };
    sheet.getRow(1).font = { bold: true };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
