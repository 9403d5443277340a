import { describe, expect, it } from 'vitest';
import type { DocBlock } from '../../../src-shared/contract/doc-model';
import { NO_ASSUMPTIONS } from '../../../src-shared/contract/plans';
import { forecastFollowers, type ForecastInput } from '../../../src-shared/domain/plans/forecast';
import { parsePlanPeriod } from '../../../src-shared/domain/plans/plan-sections';
import { growthBlocks, type GrowthFacts } from '../../../src-docs/plan/sections/growth';
import { staffBlocks, type PlanStaffMember } from '../../../src-docs/plan/sections/staff';
import { wordsOf } from '../../../src-docs/words';

const zh = wordsOf('zh-CN');
const en = wordsOf('en');
const tables = (blocks: DocBlock[]) => blocks.filter((b): b is Extract<DocBlock, { kind: 'table' }> => b.kind === 'table');
const cellText = (cell: { text: string }[]) => cell.map((r) => r.text).join('');
const allText = (blocks: DocBlock[]) => JSON.stringify(blocks);

const member = (over: Partial<PlanStaffMember>): PlanStaffMember => ({ name: '王芳', roles: ['copywriter'], duties: '', log: { days: 0, byCategory: [] }, kpis: [], ...over });

describe('section 6: the staff table', () => {
  const team = [
    member({
      name: '王芳',
      roles: ['copywriter', 'approver'],
      duties: '选题、写稿、定稿',
      log: {
        days: 20,
        byCategory: [
          { category: 'writing', minutes: 3_600 },
          { category: 'meeting', minutes: 600 },
        ],
      },
      kpis: [
        { name: '每月发文', target: 12, unit: '篇', metric: 'articles' },
        { name: '咨询量', target: 1_500, unit: '次', metric: '' },
      ],
    }),
    member({ name: '李雷', roles: ['designer'], duties: '' }),
  ];

  it('writes every member with roles in Chinese, duties, daily work from the log and KPIs with targets', () => {
    const [table] = tables(staffBlocks({ members: team }, zh));
    expect(table!.rows.map((r) => cellText(r.cells[0]!))).toEqual(['王芳', '李雷']);
    expect(table!.rows[0]!.cells.map(cellText)).toEqual(['王芳', '文案、定稿人', '选题、写稿、定稿', '记了 20 天，日均 3 小时 30 分\n写稿 3 小时\n会议 30 分钟', '每月发文：12篇\n咨询量：1,500次']);
    expect(table!.rows[1]!.cells.map(cellText).slice(1)).toEqual(['设计', '未填写', '暂无日志', '未设指标']);
  });

  it("says how performance is appraised from the KPIs' metrics, not sales", () => {
    const text = allText(staffBlocks({ members: team }, zh));
    expect(text).toContain('前期不考核销售，看内容和互动的实际数据：发文篇数、咨询量。');
  });

  it('still writes a one-person team, and the general appraisal when no KPI is set', () => {
    const blocks = staffBlocks({ members: [member({ name: '独自运营' })] }, zh);
    expect(tables(blocks)[0]!.rows).toHaveLength(1);
    expect(allText(blocks)).toContain('按阅读量、转发、咨询量、互动和活动效果考核');
  });

  it('writes 暂无数据 without members, and English in full', () => {
    expect(staffBlocks({ members: [] }, zh)[0]).toEqual({ kind: 'paragraph', runs: [{ text: '暂无数据' }], style: 'empty' });
    const text = allText(staffBlocks({ members: team }, en));
    expect(text).toContain('Copywriter');
    expect(text).not.toMatch(/planDocOps\.|undefined/);
  });
});

const history = [
  { month: '2026-06', followers: 9_700 },
  { month: '2026-07', followers: 10_000 },
  { month: '2026-08', followers: 10_300 },
  { month: '2026-09', followers: 10_600 },
  { month: '2026-10', followers: 11_500 },
  { month: '2026-11', followers: 11_800 },
  { month: '2026-12', followers: 12_120 },
];

function facts(over: Partial<ForecastInput> = {}): GrowthFacts {
  const input: ForecastInput = { period: parsePlanPeriod('2027H1')!, history, registered: null, pastActivities: [], plannedActivityStarts: [], assumptions: NO_ASSUMPTIONS, ...over };
  return { history: input.history, forecast: forecastFollowers(input) };
}

describe('section 7: the forecast', () => {
  const withActivities = facts({ pastActivities: [{ newFollowers: 500, unfollows: 100, valuePerFollowerFen: 250 }], plannedActivityStarts: ['2027-05-01'] });

  it('shows each assumption with its value and where it came from', () => {
    const [assumptions] = tables(growthBlocks(withActivities, zh));
    expect(assumptions!.rows.map((r) => r.cells.map(cellText))).toEqual([
      ['每月自然净增', '300 人', '按近6个月每月净增的中位数 300 人'],
      ['每场活动新增粉丝', '500 人', '按以往 1 场活动平均每场新增 500 人'],
      ['活动粉丝留存率', '80%', '按以往 1 场活动新增粉丝中没有取关的比例'],
      ['每位粉丝的价值', '¥2.50', '按以往 1 场活动设定的每位粉丝价值的平均数'],
    ]);
  });

  it("says 运营者设定 for the operator's own values", () => {
    const [assumptions] = tables(growthBlocks(facts({ assumptions: { ...NO_ASSUMPTIONS, monthlyNetGrowth: 500 } }), zh));
    expect(assumptions!.rows[0]!.cells.map(cellText)).toEqual(['每月自然净增', '500 人', '运营者设定']);
  });

  it('tables the start, organic growth, activities and end of each quarter', () => {
    const [, forecast] = tables(growthBlocks(withActivities, zh));
    expect(forecast!.rows.map((r) => r.cells.map(cellText))).toEqual([
      ['2027年第一季度', '12,120', '+900', '0（未计划活动）', '13,020'],
      ['2027年第二季度', '13,020', '+900', '+400（1 场活动）', '14,320'],
    ]);
  });

  it('charts the last four quarters of history and the forecast, joined at the last known month', () => {
    const chart = growthBlocks(withActivities, zh).find((b) => b.kind === 'chart')!;
    expect(chart).toMatchObject({ chart: 'line', categories: ['2026年6月', '2026年9月', '2026年12月', '2027年第一季度', '2027年第二季度'], unit: '人' });
    if (chart.kind !== 'chart') throw new Error('no chart');
    expect(chart.series).toEqual([
      { name: '历史', values: [9_700, 10_600, 12_120, null, null] },
      { name: '预测', values: [null, null, 12_120, 13_020, 14_320] },
    ]);
  });

  it('puts the extra followers into money, or says why it cannot', () => {
    expect(allText(growthBlocks(withActivities, zh))).toContain('本期预计净增粉丝 2,200 人，按每位粉丝 ¥2.50 计，约合 ¥5,500.00。');
    expect(allText(growthBlocks(facts(), zh))).toContain('还没有每位粉丝价值的依据');
    const falling = facts({ history: [history[0]!, { month: '2026-07', followers: 9_000 }] });
    expect(allText(growthBlocks(falling, zh))).toContain('本期粉丝会减少');
  });

  it('writes 暂无数据 and what to enter when nothing is known', () => {
    const blocks = growthBlocks(facts({ history: [] }), zh);
    expect(blocks[0]).toEqual({ kind: 'paragraph', runs: [{ text: '暂无数据' }], style: 'empty' });
    expect(allText(blocks)).toContain('用户分析');
    expect(blocks.some((b) => b.kind === 'chart')).toBe(false);
  });

  it('starts from the register, the chart a forecast line from today’s figure, when no month is known', () => {
    const blocks = growthBlocks(facts({ history: [], registered: 3_000 }), zh);
    expect(allText(blocks)).toContain('目前粉丝 3,000 人（账号登记的粉丝数');
    const chart = blocks.find((b) => b.kind === 'chart');
    // No 历史 series: it would be a legend entry without a line.
    expect(chart && chart.kind === 'chart' && chart.series.map((s) => s.name)).toEqual(['预测']);
    expect(chart && chart.kind === 'chart' && chart.series[0]!.values[0]).toBe(3_000);
  });

  it('names custom spans by their dates and writes English in full', () => {
    const custom = facts({ period: { kind: 'custom', start: '2027-01-15', end: '2027-05-14' } });
    expect(tables(growthBlocks(custom, zh))[1]!.rows.map((r) => cellText(r.cells[0]!))).toEqual(['2027年1月15日至2027年4月14日', '2027年4月15日至2027年5月14日']);
    const text = allText(growthBlocks(withActivities, en));
    expect(text).toContain('Median monthly net growth of the last 6 months: 300');
    expect(text).not.toMatch(/planDocOps\.|planDoc\.|undefined/);
  });
});
