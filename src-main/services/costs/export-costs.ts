import type { CostItem, CostTotals } from '../../../src-shared/contract/costs';
import type { TransferFile } from '../../../src-shared/contract/imports';
import { fenToYuan } from '../../../src-shared/domain/money/money';
import { translate, type MessageKey, type MessageParams } from '../../../src-shared/i18n';
import { writeXlsxSheets, XLSX_MIME, type XlsxColumn, type XlsxSpec, type XlsxValue } from '../../export/xlsx-file';

// The cost list as a workbook: 费用清单 (one row a line, 金额 in yuan shown 0.00, a 合计 row whose
// cell holds the computed value beside its SUM formula) and 汇总 (by category and importance).
// In Chinese whatever the UI language, like every export: it goes to the boss and to finance.

const zh = (key: MessageKey, params?: MessageParams) => translate('zh-CN', key, params);

const COLUMNS = [
  ['date', 12, 'date'],
  ['name', 28, 'text'],
  ['category', 12, 'text'],
  ['activity', 20, 'text'],
  ['unit', 12, 'money'],
  ['quantity', 8, 'number'],
  ['amount', 14, 'money'],
  ['importance', 10, 'text'],
  ['paid', 8, 'text'],
  ['department', 14, 'text'],
  ['notes', 30, 'multiline'],
] as const satisfies readonly (readonly [string, number, XlsxColumn['kind']])[];

const AMOUNT_COLUMN = 'G';

function line(item: CostItem): XlsxValue[] {
  return [
    item.date,
    item.name,
    zh(`costs.category.${item.category}`),
    item.activityName,
    fenToYuan(item.unitFen),
    item.quantity,
    fenToYuan(item.amountFen),
    zh(`costs.importance.${item.importance}`),
    zh(item.paid ? 'costs.export.yes' : 'costs.export.no'),
    item.department,
    item.notes,
  ];
}

function itemsSheet(items: readonly CostItem[], totalFen: number): XlsxSpec {
  const totalRow: XlsxValue[] = COLUMNS.map(() => '');
  totalRow[0] = zh('costs.export.total');
  // The value is computed here in integer fen; the formula only lets Excel follow later edits.
  // With no lines there is nothing to sum (SUM(G2:G1) would include the total row itself).
  totalRow[6] = items.length === 0 ? fenToYuan(totalFen) : { formula: `SUM(${AMOUNT_COLUMN}2:${AMOUNT_COLUMN}${items.length + 1})`, result: fenToYuan(totalFen) };
  return {
    sheetName: zh('costs.export.sheet'),
    columns: COLUMNS.map(([key, width, kind]) => ({ header: zh(`costs.export.headers.${key}`), width, kind })),
    rows: items.map(line),
    totalRow,
  };
}

function summarySheet(totals: CostTotals): XlsxSpec {
  const byCategory = totals.byCategory.map((c): XlsxValue[] => [zh('costs.export.byCategory'), zh(`costs.category.${c.category}`), c.count, fenToYuan(c.totalFen)]);
  const byImportance = totals.byImportance.map((i): XlsxValue[] => [zh('costs.export.byImportance'), zh(`costs.importance.${i.importance}`), i.count, fenToYuan(i.totalFen)]);
  const h = (key: 'group' | 'item' | 'count' | 'amount') => zh(`costs.export.summaryHeaders.${key}`);
  return {
    sheetName: zh('costs.export.summarySheet'),
    columns: [
      { header: h('group'), width: 14, kind: 'text' },
      { header: h('item'), width: 14, kind: 'text' },
      { header: h('count'), width: 8, kind: 'number' },
      { header: h('amount'), width: 16, kind: 'money' },
    ],
    rows: [...byCategory, ...byImportance],
    totalRow: [zh('costs.export.total'), '', totals.count, fenToYuan(totals.totalFen)],
  };
}

/** 费用清单_2026-11-01_2026-11-30.xlsx with the lines of [from, to] in date order. */
export async function costsWorkbook(range: { from: string; to: string }, items: readonly CostItem[], totals: CostTotals): Promise<TransferFile> {
  const bytes = await writeXlsxSheets([itemsSheet(items, totals.totalFen), summarySheet(totals)]);
  return { fileName: `${zh('costs.export.fileName', range)}.xlsx`, mimeType: XLSX_MIME, base64: bytes.toString('base64') };
}
