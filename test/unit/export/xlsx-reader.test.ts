import { createRequire } from 'node:module';
import type { CellValue, Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SheetLimitError, type Cell, type SheetRow } from '../../../src-main/export/cell';
import { isDateFormat } from '../../../src-main/export/xlsx-parts';
import { readXlsxRows } from '../../../src-main/export/xlsx-reader';
import { benchmarkArticleRows, benchmarkWorkbook } from '../../fixtures/files/benchmark-workbook';
import { xlsxWithSheetData, zipArchive } from '../../fixtures/files/hostile-files';

// Our own .xlsx reader against exceljs, which read the files before it: the same rows from the
// same workbooks (strings, rich text, links, formulas, dates and times, merged cells, several
// sheets), plus the shapes other writers produce and the limits.

const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');
const LIMITS = { maxRows: 5001, maxColumns: 256 };

/** What the app read through exceljs before (the former xlsx-file.ts `toCell`). */
function exceljsCell(value: CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== 'object') return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : exceljsCell(value.text as CellValue);
  if ('result' in value) return value.result === undefined ? null : exceljsCell(value.result);
  return null;
}

async function readWithExceljs(bytes: Buffer): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  const rows: SheetRow[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => (cells[column - 1] = exceljsCell(cell.value)));
    rows.push({ row: rowNumber, cells: Array.from(cells, (cell) => cell ?? null) });
  });
  return rows;
}

async function written(fill: (workbook: Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const sheetXml = (body: string) => xlsxWithSheetData(body);

describe('the .xlsx reader', () => {
  it('reads what exceljs read: strings with entities and emoji, rich text, links, formulas, booleans, dates, times, merged cells, gaps', async () => {
    const bytes = await written((workbook) => {
      workbook.addWorksheet('空白');
      const sheet = workbook.addWorksheet('排期');
      sheet.addRow(['账号', '日期', '时间', '标题', '阅读', '比例', '备注']);
      sheet.addRow(['悦汇·上海生活', new Date('2026-12-04T00:00:00Z'), new Date('2026-12-04T20:30:00Z'), 'A & B <冬日> "火锅" 🍲', 12345, 0.125, true]);
      sheet.getCell('B2').numFmt = 'yyyy-mm-dd';
      sheet.getCell('C2').numFmt = 'yyyy"年"m"月"d"日" hh:mm';
      sheet.getCell('F2').numFmt = '0.00%';
      sheet.addRow([]);
      sheet.addRow(['悦汇·杭州生活', 46300, null, { richText: [{ text: '周末' }, { font: { bold: true }, text: '去哪儿' }] }, { formula: 'E2*2', result: 24690 }, { formula: 'A2&"!"', result: '悦汇·上海生活!' }, false]);
      sheet.getCell('B4').numFmt = '[$-804]yyyy/m/d;@';
      sheet.getCell('H4').value = { text: '原文', hyperlink: 'https://mp.weixin.qq.com/s?a=1&b=2' };
      sheet.getCell('J4').value = -3.5e-7;
      sheet.getCell('A6').value = '合并的账号';
      sheet.mergeCells('A6:B7');
      sheet.getCell('C7').value = { formula: 'NA()', result: { error: '#N/A' } };
      sheet.getCell('D8').value = '  前后有空格  ';
      sheet.getCell('E8').value = '第一行\n第二行';
    });
    const rows = readXlsxRows(bytes, LIMITS);
    expect(rows).toEqual(await readWithExceljs(bytes));
    expect(rows[1]!.cells).toEqual(['悦汇·上海生活', new Date('2026-12-04T00:00:00Z'), new Date('2026-12-04T20:30:00Z'), 'A & B <冬日> "火锅" 🍲', 12345, 0.125, true]);
    expect(rows.find((r) => r.row === 7)!.cells.slice(0, 2)).toEqual(['合并的账号', '合并的账号']);
  });

  it('reads the 新榜-style benchmark workbook as exceljs does: text and date-time 发布时间, 10万+, links with &', async () => {
    const bytes = await benchmarkWorkbook({ rows: 300 });
    const rows = readXlsxRows(bytes, LIMITS);
    expect(rows).toEqual(await readWithExceljs(bytes));
    const [first, second] = benchmarkArticleRows(2);
    expect(rows[1]!.cells).toEqual([first!.account, first!.publishedAt, first!.position, first!.title, first!.reads, first!.zaikan, first!.likes, first!.shares, first!.url, first!.kind]);
    expect(rows[2]!.cells[1]).toEqual(new Date(`${second!.publishedAt.replace(' ', 'T')}:00Z`));
    expect(rows.some((r) => r.cells[4] === '10万+')).toBe(true);
  });

  it('reads inline rich text, numeric entities, cells without references and ISO date cells, leaving out phonetic runs', () => {
    const rows = readXlsxRows(
      sheetXml(
        '<row r="2"><c r="A2" t="inlineStr"><is><r><t>冬日</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 火锅&#x5B63;&#26376;</t></r><rPh sb="0" eb="1"><t>ふゆ</t></rPh></is></c>' +
          '<c t="inlineStr"><is><t>B &amp;amp; C</t></is></c><c t="d"><v>2026-12-04T20:30:00</v></c><c t="str"><f>A1</f><v>1 &lt; 2</v></c><c><f>1/0</f></c></row>' +
          '<row><c r="C3"><v>  7 </v></c></row>',
      ),
      LIMITS,
    );
    expect(rows).toEqual([
      { row: 2, cells: ['冬日 火锅季月', 'B &amp; C', new Date('2026-12-04T20:30:00Z'), '1 < 2', null] },
      { row: 3, cells: [null, null, 7] },
    ]);
  });

  it('reads dates of a 1904 workbook and of built-in Chinese date formats (exceljs gave numbers for those)', () => {
    const sheet =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" s="1"><v>44900</v></c><c r="B1" s="2"><v>44900.5</v></c><c r="C1" s="3"><v>44900</v></c></row></sheetData></worksheet>';
    const styles =
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0&quot;天&quot;"/></numFmts>' +
      '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="31"/><xf numFmtId="22"/><xf numFmtId="164"/></cellXfs></styleSheet>';
    const workbook = (date1904: boolean) =>
      zipArchive([
        { name: 'xl/workbook.xml', data: Buffer.from(`<workbook xmlns:r="r">${date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets><sheet name="a" sheetId="1" r:id="rId1"/></sheets></workbook>`) },
        {
          name: 'xl/_rels/workbook.xml.rels',
          data: Buffer.from('<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="/xl/worksheets/data.xml"/><Relationship Id="rId2" Type="x/styles" Target="styles.xml"/></Relationships>'),
        },
        { name: 'xl/worksheets/data.xml', data: Buffer.from(sheet) },
        { name: 'xl/styles.xml', data: Buffer.from(styles) },
      ]);
    expect(readXlsxRows(workbook(false), LIMITS)[0]!.cells).toEqual([new Date('2022-12-05T00:00:00Z'), new Date('2022-12-05T12:00:00Z'), 44900]);
    expect(readXlsxRows(workbook(true), LIMITS)[0]!.cells).toEqual([new Date('2026-12-06T00:00:00Z'), new Date('2026-12-06T12:00:00Z'), 44900]);
  });

  it('tells date formats from others by their letters outside quotes, brackets and escapes', () => {
    expect(['yyyy-mm-dd', 'm/d/yy h:mm', '[$-804]yyyy/m/d;@', 'hh:mm:ss', 'yyyy"年"m"月"', 'DD/MM/YYYY'].filter((f) => !isDateFormat(f))).toEqual([]);
    expect(['General', '0.00%', '#,##0', '0 "days"', '[Red]0.00', '0\\d', '@'].filter(isDateFormat)).toEqual([]);
  });

  it('stops as it reads: one row too many, a valued cell past the last column, ten times too many empty rows, a merge past the limits', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    expect(readXlsxRows(sheetXml(rows(3)), { maxRows: 3, maxColumns: 2 })).toHaveLength(3);
    const refusal = (body: string) => {
      try {
        readXlsxRows(sheetXml(body), { maxRows: 3, maxColumns: 2 });
        return 'read';
      } catch (error) {
        return error instanceof SheetLimitError ? error.reason : String(error);
      }
    };
    expect(refusal(rows(4))).toBe('tooManyRows');
    expect(refusal('<row r="1"><c r="C1"><v>1</v></c></row>')).toBe('tooManyColumns');
    expect(refusal('<row r="1"><c r="A1"><v>1</v></c><c r="XFD1" s="1"/></row>')).toBe('read');
    expect(refusal(`<row r="1"><c r="A1"><v>1</v></c></row>${'<row r="2"/>'.repeat(30)}`)).toBe('tooManyRows');
    expect(refusal('<row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells><mergeCell ref="A1:A1048576"/></mergeCells><sheetData>')).toBe('tooManyRows');
  });
});
