import { describe, expect, it } from 'vitest';
import type { DocBlock } from '../../../src-shared/contract/doc-model';
import { DocModel } from '../../../src-shared/contract/doc-model';
import { formatFen } from '../../../src-shared/domain/money/money';
import { operationsBlocks, type OperationsFacts, type PlanCostLine, type PlanCosts } from '../../../src-docs/plan/sections/operations';
import { COST_CATEGORIES } from '../../../src-shared/contract/costs';
import { wordsOf } from '../../../src-docs/words';

// Section 5 from hand-made facts: what the boss checks in the cost list, and that nothing is missing.

const zh = wordsOf('zh-CN');
const en = wordsOf('en');

const NO_COSTS: PlanCosts = { categories: [], count: 0, totalFen: 0, importantCount: 0, importantFen: 0 };
const empty: OperationsFacts = { accounts: [], accountsMore: 0, calendar: [], promotion: [], activities: 0, keyDates: [], costs: NO_COSTS, help: [] };

const line = (over: Partial<PlanCostLine>): PlanCostLine => ({ category: 'tools', name: '135编辑器会员', activity: '', unitFen: 1990, quantity: 1, amountFen: 1990, important: false, ...over });

const lines: PlanCostLine[] = [
  line({ category: 'prizes', name: '定制帆布袋', activity: '周年庆抽奖', unitFen: 1_510, quantity: 200, amountFen: 302_000, important: true }),
  line({ category: 'tools', name: '135编辑器会员', unitFen: 1_990, quantity: 3, amountFen: 5_970 }),
  line({ category: 'prizes', name: '一等奖 按摩仪', activity: '周年庆抽奖', unitFen: 39_900, quantity: 1, amountFen: 39_900, important: true }),
  line({ category: 'ads', name: '朋友圈广告', unitFen: 10, quantity: 3, amountFen: 30 }),
  line({ category: 'other', name: '退款', unitFen: -333, quantity: 1, amountFen: -333 }),
];

/** The cost list as the gatherer hands it over: by category in the cost list's order, every line listed (none over the cap). */
function costsOf(costLines: readonly PlanCostLine[]): PlanCosts {
  const total = (ls: readonly PlanCostLine[]) => ls.reduce((sum, l) => sum + l.amountFen, 0);
  const important = costLines.filter((l) => l.important);
  const categories = COST_CATEGORIES.map((category) => costLines.filter((l) => l.category === category))
    .filter((ls) => ls.length > 0)
    .map((ls) => ({ category: ls[0]!.category, lines: ls, count: ls.length, totalFen: total(ls) }));
  return { categories, count: costLines.length, totalFen: total(costLines), importantCount: important.length, importantFen: total(important) };
}

const tables = (blocks: DocBlock[]) => blocks.filter((b): b is Extract<DocBlock, { kind: 'table' }> => b.kind === 'table');
const cellText = (cell: { text: string }[]) => cell.map((r) => r.text).join('');
const allText = (blocks: DocBlock[]) => JSON.stringify(blocks);

function costTable(blocks: DocBlock[]) {
  return tables(blocks).find((t) => t.columns[0]!.title === zh('planDocOps.operations.costColumns.name'))!;
}

describe('section 5: the cost list', () => {
  const blocks = operationsBlocks({ ...empty, costs: costsOf(lines) }, zh);
  const table = costTable(blocks);

  it('closes with a 合计 row equal to the exact sum of the lines in fen', () => {
    const total = table.rows[table.rows.length - 1]!;
    expect(total.kind).toBe('total');
    expect(cellText(total.cells[0]!)).toBe('合计');
    const exact = lines.reduce((sum, l) => sum + l.amountFen, 0);
    expect(cellText(total.cells[4]!)).toBe(formatFen(exact, { symbol: false }));
    expect(cellText(total.cells[4]!)).toBe('3,475.67');
  });

  it('groups the lines by category in the cost list order, each with its subtotal', () => {
    const subtotals = table.rows.filter((r) => r.kind === 'subtotal').map((r) => [cellText(r.cells[0]!), cellText(r.cells[4]!)]);
    expect(subtotals).toEqual([
      ['工具/系统小计', '59.70'],
      ['奖品小计', '3,419.00'],
      ['投放小计', '0.30'],
      ['其他小计', '-3.33'],
    ]);
    // The prizes' two lines sit right above their subtotal.
    const prizes = table.rows.findIndex((r) => cellText(r.cells[0]!) === '奖品小计');
    expect(table.rows.slice(prizes - 2, prizes).map((r) => cellText(r.cells[0]!))).toEqual(['定制帆布袋', '一等奖 按摩仪']);
  });

  it('marks important lines as 重要 in bold red and the others as 一般', () => {
    const row = table.rows.find((r) => cellText(r.cells[0]!) === '定制帆布袋')!;
    expect(row.cells[5]).toEqual([{ text: '重要', bold: true, color: 'C00000' }]);
    expect(row.cells[0]![0]!.bold).toBe(true);
    expect(cellText(table.rows.find((r) => cellText(r.cells[0]!) === '朋友圈广告')!.cells[5]!)).toBe('一般');
  });

  it('shows unit price, quantity and activity of each line', () => {
    const row = table.rows.find((r) => cellText(r.cells[0]!) === '定制帆布袋')!;
    expect(row.cells.map(cellText).slice(1, 5)).toEqual(['周年庆抽奖', '15.10', '200', '3,020.00']);
    expect(cellText(table.rows.find((r) => cellText(r.cells[0]!) === '135编辑器会员')!.cells[1]!)).toBe('—');
  });

  it('says the total and the important share in the sentence above the table', () => {
    expect(allText(blocks)).toContain('本期费用共 5 项，合计 ¥3,475.67；其中重要项 2 项，¥3,419.00。');
  });

  it('lists the departments whose help is needed with what for and how much', () => {
    const help = operationsBlocks({ ...empty, help: [{ department: '行政部', purposes: ['周年庆抽奖'], morePurposes: 0, amountFen: 341_900 }] }, zh);
    const table = tables(help).at(-1)!;
    expect(table.rows.map((r) => r.cells.map(cellText))).toEqual([['行政部', '周年庆抽奖', '3,419.00']]);
  });
});

describe('section 5: a long cost list', () => {
  it('lists the first lines of a busy category and adds the rest up in one row, so subtotal and 合计 still hold', () => {
    const listed = Array.from({ length: 15 }, (_, i) => line({ category: 'prizes', name: `奖品 ${i + 1}`, unitFen: 1_000, amountFen: 1_000 }));
    const costs: PlanCosts = { categories: [{ category: 'prizes', lines: listed, count: 40, totalFen: 40_001 }], count: 40, totalFen: 40_001, importantCount: 0, importantFen: 0 };
    const table = costTable(operationsBlocks({ ...empty, costs }, zh));
    expect(table.rows).toHaveLength(15 + 3);
    expect(table.rows[15]!.cells.map(cellText)).toEqual(['其余 25 项', '', '', '', '250.01', '']);
    expect(table.rows.slice(-2).map((r) => [r.kind, cellText(r.cells[4]!)])).toEqual([
      ['subtotal', '400.01'],
      ['total', '400.01'],
    ]);
  });

  it('names a few purposes per department and counts the rest', () => {
    const help = operationsBlocks({ ...empty, help: [{ department: '市场部', purposes: ['春节红包', '朋友圈广告'], morePurposes: 7, amountFen: 100 }] }, zh);
    expect(tables(help).at(-1)!.rows[0]!.cells.map(cellText)).toEqual(['市场部', '春节红包、朋友圈广告等，另有 7 项', '1.00']);
  });
});

describe('section 5: columns, menu, calendar, promotion, dates', () => {
  const facts: OperationsFacts = {
    ...empty,
    accounts: [
      {
        name: '华东分公司',
        platform: 'wechat_subscription',
        columns: [{ name: '周二好物', cadence: { kind: 'weekly', weekdays: [4, 2] }, purpose: '新品推荐', owner: '王芳' }],
        menu: [{ name: '逛商城', subItems: ['新品', '会员'] }, { name: '联系我们', subItems: [] }],
      },
    ],
    calendar: [
      { month: '2027-01', items: [{ date: '2027-01-05', account: '华东分公司', column: '周二好物', title: '冬季新品', status: 'approved' }], total: 15 },
      { month: '2027-02', items: [], total: 0 },
    ],
    promotion: [
      { channel: '社群', activities: 2 },
      { channel: '门店', activities: 1 },
    ],
    activities: 2,
    keyDates: [
      { start: '2027-02-06', end: '2027-02-14', kind: 'holiday', name: '春节', nameEn: 'Spring Festival' },
      { start: '2027-03-08', end: '2027-03-08', kind: 'marketing', name: '妇女节/女神节', nameEn: "Women's Day" },
    ],
  };

  it('lists each account’s columns with their cadence in words and its menu with sub-items', () => {
    const blocks = operationsBlocks(facts, zh);
    expect(blocks).toContainEqual({ kind: 'heading', level: 3, text: '华东分公司（订阅号）' });
    const [columns, menu] = tables(blocks);
    expect(columns!.rows[0]!.cells.map(cellText)).toEqual(['周二好物', '每周二、周四', '新品推荐', '王芳']);
    expect(menu!.rows.map((r) => r.cells.map(cellText))).toEqual([
      ['逛商城', '新品、会员'],
      ['联系我们', '—'],
    ]);
    expect(allText(blocks)).not.toContain("个账号的栏目和菜单");
    expect(allText(operationsBlocks({ ...facts, accountsMore: 40 }, zh))).toContain('以上是粉丝最多的账号；另有 40 个账号的栏目和菜单见运营台的账号页。');
  });

  it('tables each month of the calendar and says how many more items it has', () => {
    const text = allText(operationsBlocks(facts, zh));
    expect(text).toContain('2027年1月（15 篇）');
    expect(text).toContain('另有 14 篇，见排期表。');
    expect(text).toContain('已定稿');
    expect(text).not.toContain('2027年2月');
  });

  it('counts the promotion channels and names the dates with their kind, in either language', () => {
    expect(allText(operationsBlocks(facts, zh))).toContain('社群：2 个活动');
    const dates = tables(operationsBlocks(facts, zh)).at(-1)!;
    expect(dates.rows.map((r) => r.cells.map(cellText))).toEqual([
      ['2027-02-06至02-14', '春节', '节假日'],
      ['2027-03-08', '妇女节/女神节', '营销节点'],
    ]);
    expect(JSON.stringify(tables(operationsBlocks(facts, en)).at(-1))).toContain("Women's Day");
  });

  it('writes 暂无数据 and what to enter for an empty workspace, with a valid document model', () => {
    const blocks = operationsBlocks(empty, zh);
    expect(blocks).toContainEqual({ kind: 'paragraph', runs: [{ text: '暂无数据' }], style: 'empty' });
    expect(allText(blocks)).toContain('本期还没有登记费用。');
    expect(tables(blocks)).toEqual([]);
    expect(DocModel.safeParse({ locale: 'zh-CN', meta: { title: '', author: '', subject: '' }, cover: null, header: '', blocks }).success).toBe(true);
  });

  it('keeps control characters, emoji and 2,000-character names as text the writers receive', () => {
    const long = '长'.repeat(2_000);
    const blocks = operationsBlocks({ ...empty, costs: costsOf([line({ name: `奖品\u0007🎁${long}` })]), help: [{ department: '市场\u0000部', purposes: [long], morePurposes: 0, amountFen: 1990 }] }, zh);
    const table = costTable(blocks);
    expect(cellText(table.rows[0]!.cells[0]!)).toContain('🎁');
    expect(cellText(table.rows.at(-1)!.cells[4]!)).toBe('19.90');
    expect(DocModel.safeParse({ locale: 'zh-CN', meta: { title: '', author: '', subject: '' }, cover: null, header: '', blocks }).success).toBe(true);
  });

  it('has every English text written', () => {
    const text = allText(operationsBlocks({ ...facts, costs: costsOf(lines) }, en));
    expect(text).toContain('Subtotal: Prizes');
    expect(text).not.toMatch(/planDocOps\./);
  });
});
