import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocBlock, DocModel } from '../../../src-shared/contract/doc-model';
import { NO_ASSUMPTIONS, type ForecastAssumptions, type Plan } from '../../../src-shared/contract/plans';
import { HybridClock } from '../../../src-shared/domain/sync/hlc';
import { formatFen } from '../../../src-shared/domain/money/money';
import { parsePlanPeriod, type PlanSectionKey } from '../../../src-shared/domain/plans/plan-sections';
import { openSqlite, wrapDrizzle } from '../../../src-main/db/connection';
import type { ServiceContext } from '../../../src-main/services/context';
import { planDocument } from '../../../src-main/services/plans/plan-document';
import { writeDemoWorkspace } from '../../../src-main/session/backend';
import { SyncRepository } from '../../../src-main/sync/repository';
import { anAccount, openTestBackend, tempDataDir, type TestBackend } from '../../helpers/backend';
import { anActivity, remoteRow } from '../../fixtures/activities/inputs';
import { aCost } from '../../fixtures/costs/inputs';

// Sections 5–7 of the plan from a real workspace: what the boss checks (the cost total is the sum of
// the lines, every member is in the staff table, the forecast's figures) and an empty workspace.

const SHOWN: PlanSectionKey[] = ['operations', 'staff', 'growth'];

function aPlan(period = '2027Q1', assumptions: ForecastAssumptions = NO_ASSUMPTIONS): Plan {
  const { kind, start, end } = parsePlanPeriod(period)!;
  return {
    id: 'plan-1',
    createdAt: '2026-12-01T00:00:00.000Z',
    updatedAt: '2026-12-01T00:00:00.000Z',
    title: '',
    author: '王芳',
    periodKind: kind,
    periodStart: start,
    periodEnd: end,
    template: 'quick',
    assumptions,
    sections: SHOWN.map((key) => ({ key, hidden: false, note: null })),
  };
}

/** A reader of the workspace beside the test's back end, as the plans service has. */
function contextOf(dataDir: string): ServiceContext {
  const sqlite = openSqlite(join(dataDir, 'workspace.sqlite'));
  return { sqlite, db: wrapDrizzle(sqlite), repo: new SyncRepository(sqlite, new HybridClock('reader')), dataDir };
}

/** Written on 2027-01-02 by default: December is the last complete month of the history. */
function compose(dataDir: string, plan = aPlan(), today = '2027-01-02'): DocModel {
  const ctx = contextOf(dataDir);
  try {
    return planDocument(ctx, plan, { locale: 'zh-CN', today, company: { name: '华东分公司', shortName: '华东' } });
  } finally {
    ctx.sqlite.close();
  }
}

/** The blocks of one section: from its level-1 heading to the next. */
function section(model: DocModel, key: PlanSectionKey): DocBlock[] {
  const start = model.blocks.findIndex((b) => b.kind === 'heading' && b.anchor === `section-${key}`);
  const end = model.blocks.findIndex((b, i) => i > start && b.kind === 'heading' && b.level === 1);
  return model.blocks.slice(start + 1, end === -1 ? undefined : end);
}

const tables = (blocks: DocBlock[]) => blocks.filter((b): b is Extract<DocBlock, { kind: 'table' }> => b.kind === 'table');
const cells = (row: { cells: { text: string }[][] }) => row.cells.map((cell) => cell.map((r) => r.text).join(''));
const text = (value: unknown) => JSON.stringify(value);

async function workspace(backend: TestBackend) {
  const api = backend.api;
  const wang = await api.team.create({ name: '王芳', roles: ['copywriter', 'approver'], dailyDuties: '选题、写稿', kpis: [{ name: '每月发文', target: 12, unit: '篇', metric: 'articles' }] });
  await api.team.create({ name: '李雷', roles: ['designer'] });
  const account = await api.accounts.create(anAccount({ followers: 0 }));
  const column = await api.columns.create({ accountId: account.id, name: '周二好物', purpose: '新品', cadence: { kind: 'weekly', weekdays: [2] }, ownerId: wang.id });
  await api.menus.save({ accountId: account.id, items: [{ name: '逛商城', action: { kind: 'none' }, children: [{ name: '新品', action: { kind: 'column', columnId: column.id }, children: [] }] }] });
  for (let day = 1; day <= 20; day++) await api.calendar.createItem({ accountId: account.id, date: `2027-01-${String(day).padStart(2, '0')}`, title: `一月第 ${day} 篇`, columnId: column.id, status: 'scheduled' });
  await api.calendar.createItem({ accountId: account.id, date: '2027-02-03', title: '取消的稿子', status: 'cancelled' });
  // Past activities: 400 and 200 new followers, 100 and 20 of them gone again.
  await api.activities.create(anActivity({ name: '周年庆', status: 'done', newFollowers: 400, unfollows: 100, valuePerFollowerFen: 500 }));
  await api.activities.create(anActivity({ name: '双12', status: 'done', newFollowers: 200, unfollows: 20, valuePerFollowerFen: 300 }));
  const spring = await api.activities.create(anActivity({ name: '春节红包', status: 'planned', reachChannels: ['社群', '朋友圈'], phases: [{ phase: 'main', startDate: '2027-02-01', endDate: '2027-02-10' }] }));
  // Follower history: month-end snapshots from July to December.
  const months = ['07', '08', '09', '10', '11', '12'];
  const followers = [10_000, 10_300, 10_600, 11_500, 11_800, 12_120];
  await api.benchmarks.saveSnapshots({ rows: months.map((m, i) => ({ accountId: account.id, period: { kind: 'month' as const, start: `2026-${m}-01` }, followers: followers[i]! })) });
  // Cost lines with awkward amounts; one outside the period.
  const lines = [
    aCost({ date: '2027-01-05', category: 'tools', name: '秀米会员', unitFen: 29_900, quantity: 1 }),
    aCost({ date: '2027-02-01', category: 'prizes', name: '红包', unitFen: 10, quantity: 3, importance: 'important', activityId: spring.id, department: '财务部' }),
    aCost({ date: '2027-02-02', category: 'prizes', name: '帆布袋', unitFen: 1_510, quantity: 7, importance: 'important', activityId: spring.id, department: '行政部' }),
    aCost({ date: '2027-03-31', category: 'design', name: '海报外包', unitFen: 123_45, quantity: 1 }),
    aCost({ date: '2027-03-15', category: 'other', name: '退款', unitFen: -333, quantity: 1 }),
    aCost({ date: '2027-01-20', category: 'training', name: '新媒体培训', unitFen: 50_000, quantity: 1, department: '行政部' }),
  ];
  for (const line of lines) await api.costs.create(line);
  await api.costs.create(aCost({ date: '2027-04-01', name: '下季度' }));
  remoteRow(backend, 'work_logs', 'log-1', { date: '2026-12-10', member_id: wang.id, category: 'writing', minutes: 120, created_at: new Date().toISOString() });
  remoteRow(backend, 'work_logs', 'log-2', { date: '2026-12-11', member_id: wang.id, category: 'writing', minutes: 60, created_at: new Date().toISOString() });
  return { account, exactFen: lines.reduce((sum, l) => sum + l.unitFen * l.quantity, 0) };
}

describe('plan sections 5–7 from a workspace', { timeout: 60_000 }, () => {
  it('closes the cost list with a 合计 equal to the exact sum of the period’s lines, by category, important lines marked', async () => {
    const backend = openTestBackend();
    const { exactFen } = await workspace(backend);
    const costs = tables(section(compose(backend.dataDir), 'operations')).find((t) => t.columns[0]!.title === '项目')!;
    const total = costs.rows.at(-1)!;
    expect(total.kind).toBe('total');
    expect(cells(total)[4]).toBe(formatFen(exactFen, { symbol: false }));
    expect(costs.rows.filter((r) => r.kind === 'subtotal').map((r) => cells(r)[0])).toEqual(['工具/系统小计', '奖品小计', '设计/外包小计', '培训小计', '其他小计']);
    expect(cells(costs.rows.find((r) => cells(r)[0] === '帆布袋')!)).toEqual(['帆布袋', '春节红包', '15.10', '7', '105.70', '重要']);
    expect(text(costs.rows)).not.toContain('下季度');
  });

  it('writes columns, menu, the calendar per month, promotion, dates and the departments to ask', async () => {
    const backend = openTestBackend();
    await workspace(backend);
    const blocks = section(compose(backend.dataDir), 'operations');
    const all = text(blocks);
    expect(all).toContain('每周二');
    expect(all).toContain('新品');
    expect(all).toContain('2027年1月（20 篇）');
    expect(all).toContain('另有 8 篇，见排期表。');
    expect(all).not.toContain('取消的稿子');
    expect(all).toContain('社群：1 个活动');
    expect(all).toContain('春节');
    expect(all).toContain('立春');
    const help = tables(blocks).at(-1)!;
    expect(help.rows.map(cells)).toEqual([
      ['行政部', '新媒体培训、春节红包', '605.70'],
      ['财务部', '春节红包', '0.30'],
    ]);
  });

  it('leaves a deleted account’s items out of the period’s calendar, as the calendar screen does', async () => {
    const backend = openTestBackend();
    const { account } = await workspace(backend);
    await backend.api.accounts.remove({ id: account.id });
    const all = text(section(compose(backend.dataDir), 'operations'));
    expect(all).not.toContain('一月第 1 篇');
    expect(all).not.toContain('2027年1月（20 篇）');
  });

  it('names every member in the staff table with the daily work from the log', async () => {
    const backend = openTestBackend();
    await workspace(backend);
    const [staff] = tables(section(compose(backend.dataDir), 'staff'));
    expect(staff!.rows.map((r) => cells(r)[0])).toEqual(['王芳', '李雷']);
    expect(cells(staff!.rows[0]!)[3]).toBe('记了 2 天，日均 1 小时 30 分\n写稿 1 小时 30 分');
    expect(cells(staff!.rows[1]!)[3]).toBe('暂无日志');
  });

  it('forecasts from the history and the activities, or from the operator’s assumptions', async () => {
    const backend = openTestBackend();
    await workspace(backend);
    const [assumptions, forecast] = tables(section(compose(backend.dataDir), 'growth'));
    expect(assumptions!.rows.map((r) => cells(r)[1])).toEqual(['300 人', '300 人', '80%', '¥4.00']);
    // 12,120 + 3 × 300 + one activity keeping 240.
    expect(forecast!.rows.map(cells)).toEqual([['2027年第一季度', '12,120', '+900', '+240（1 场活动）', '13,260']]);
    const own = tables(section(compose(backend.dataDir, aPlan('2027Q1', { ...NO_ASSUMPTIONS, monthlyNetGrowth: 100 })), 'growth'));
    expect(cells(own[0]!.rows[0]!)).toEqual(['每月自然净增', '100 人', '运营者设定']);
    expect(cells(own[1]!.rows[0]!)[4]).toBe('12,660');
  });

  it('writes the plan from what is known today: the month under way is no history, the log is the last 30 days', async () => {
    const backend = openTestBackend();
    await workspace(backend);
    // On 12-05 December has four days of figures: November (11,800) is the last month, December is grown like any month.
    const model = compose(backend.dataDir, aPlan(), '2026-12-05');
    const [, forecast] = tables(section(model, 'growth'));
    expect(cells(forecast!.rows[0]!)).toEqual(['2027年第一季度', '12,100', '+900', '+240（1 场活动）', '13,240']);
    // The log of 12-10 and 12-11 is not written yet on 12-05; the 30 days up to today are.
    const [staff] = tables(section(model, 'staff'));
    expect(cells(staff!.rows[0]!)[3]).toBe('暂无日志');
  });

  it('lists a busy category’s important and largest lines and adds the rest up in one row', () => {
    const backend = openTestBackend();
    // 40 prize lines of ¥1.01 … ¥1.40, the smallest one important.
    for (let i = 1; i <= 40; i++)
      remoteRow(backend, 'cost_items', `prize-${i}`, {
        date: '2027-02-01',
        category: 'prizes',
        name: `奖品 ${i}`,
        unit_fen: 100 + i,
        quantity: 1,
        importance: i === 1 ? 'important' : 'normal',
        created_at: new Date().toISOString(),
      });
    const costs = tables(section(compose(backend.dataDir), 'operations')).find((t) => t.columns[0]!.title === '项目')!;
    const names = costs.rows.map((r) => cells(r)[0]);
    expect(names).toContain('奖品 1');
    expect(names).toContain('奖品 40');
    expect(names).not.toContain('奖品 26');
    const rest = Array.from({ length: 25 }, (_, i) => 100 + i + 2).reduce((a, b) => a + b, 0);
    expect(cells(costs.rows.at(-3)!)).toEqual(['其余 25 项', '', '', '', formatFen(rest, { symbol: false }), '']);
    const all = Array.from({ length: 40 }, (_, i) => 100 + i + 1).reduce((a, b) => a + b, 0);
    expect(costs.rows.slice(-2).map((r) => cells(r)[4])).toEqual([formatFen(all, { symbol: false }), formatFen(all, { symbol: false })]);
  });

  it('writes 暂无数据 for an empty workspace and still composes the three sections', () => {
    const backend = openTestBackend();
    const model = compose(backend.dataDir);
    for (const key of SHOWN) expect(text(section(model, key))).toContain('暂无数据');
    expect(text(section(model, 'operations'))).toContain('本期还没有登记费用。');
  });

  it('keeps control characters, emoji and 2,000-character names that reach the workspace by sync', async () => {
    const backend = openTestBackend();
    const { exactFen } = await workspace(backend);
    const long = `超长${'名'.repeat(2_000)}`;
    remoteRow(backend, 'cost_items', 'cost-sync', {
      date: '2027-01-09',
      category: 'ads',
      name: `投放\u0007🎯${long}`,
      unit_fen: 1,
      quantity: 1,
      importance: 'normal',
      department: `市场\u0000部🎯`,
      created_at: new Date().toISOString(),
    });
    remoteRow(backend, 'members', 'member-sync', { name: `🎯${long}`, daily_duties: '值班\u0007', created_at: new Date().toISOString() });
    const model = compose(backend.dataDir);
    const costs = tables(section(model, 'operations')).find((t) => t.columns[0]!.title === '项目')!;
    expect(cells(costs.rows.at(-1)!)[4]).toBe(formatFen(exactFen + 1, { symbol: false }));
    expect(text(section(model, 'staff'))).toContain(long);
  });
});

describe('plan sections 5–7 on the demo', { timeout: 180_000 }, () => {
  it('fills the staff table with every demo member and forecasts from the demo’s history', () => {
    const dataDir = tempDataDir();
    writeDemoWorkspace({ dataDir, scale: 'small', seed: 1, today: '2026-12-02' });
    const model = compose(dataDir);
    const ctx = contextOf(dataDir);
    const members = ctx.sqlite.prepare('SELECT name FROM members WHERE deleted_at IS NULL').all() as { name: string }[];
    const lineSum = (ctx.sqlite.prepare(`SELECT SUM(unit_fen * quantity) AS fen FROM cost_items WHERE deleted_at IS NULL AND date BETWEEN '2027-01-01' AND '2027-03-31'`).get() as { fen: number | null }).fen ?? 0;
    ctx.sqlite.close();
    const [staff] = tables(section(model, 'staff'));
    expect(staff!.rows.map((r) => cells(r)[0]).sort()).toEqual(members.map((m) => m.name).sort());
    const growth = section(model, 'growth');
    expect(growth.some((b) => b.kind === 'chart')).toBe(true);
    expect(tables(growth)[1]!.rows).toHaveLength(1);
    const costs = tables(section(model, 'operations')).find((t) => t.columns[0]!.title === '项目');
    expect(lineSum).not.toBe(0);
    expect(cells(costs!.rows.at(-1)!)[4]).toBe(formatFen(lineSum, { symbol: false }));
  });
});
