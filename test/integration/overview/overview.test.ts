import { describe, expect, it } from 'vitest';
import type { CalendarItemInput } from '../../../src-shared/contract/calendar';
import { aMember, anAccount, openTestBackend } from '../../helpers/backend';
import { putRows } from './rows';

// 工作台 on a small hand-made workspace, Wednesday 2026-10-14 (the week runs 10-12 … 10-18).
const TODAY = '2026-10-14';

async function aWorkspace() {
  const backend = openTestBackend();
  const { api } = backend;
  const account = await api.accounts.create(anAccount({ name: '悦汇·上海生活', platform: 'wechat_subscription' }));
  const gone = await api.accounts.create(anAccount({ name: '悦汇·已停用', platform: 'wechat_subscription' }));
  const writer = await api.team.create(aMember({ name: '周婷', kpis: [] }));
  const item = (fields: Partial<CalendarItemInput>) => api.calendar.createItem({ accountId: account.id, title: '稿件', ...fields });
  return { backend, api, account, gone, writer, item };
}

describe('工作台 (overview.get)', () => {
  it("lists today's pushes, drafts due today and overdue ones, and this week's plan", async () => {
    const { api, account, gone, item } = await aWorkspace();
    const push = await item({ date: TODAY, time: '08:00', slot: 1, title: '国庆返场福利', status: 'scheduled' });
    await item({ date: TODAY, slot: 2, title: '取消的次条', status: 'cancelled' });
    const due = await item({ date: '2026-10-16', title: '周末去哪儿', status: 'writing', dueDate: TODAY });
    const late = await item({ date: '2026-10-10', title: '迟交的稿件', status: 'writing' });
    await item({ date: '2026-10-12', title: '已发', status: 'published' });
    await api.calendar.createItem({ accountId: gone.id, date: TODAY, title: '停用账号的推送', status: 'scheduled' });
    await api.accounts.remove({ id: gone.id });

    const overview = await api.overview.get({ today: TODAY });
    expect(overview.pushes.map((p) => [p.title, p.time, p.slot, p.accountId])).toEqual([['国庆返场福利', '08:00', 1, account.id]]);
    expect(overview.dueToday).toEqual({ rows: [expect.objectContaining({ id: due.id, dueDate: TODAY })], total: 1 });
    expect(overview.overdue.rows.map((r) => r.id)).toEqual([late.id]);
    expect(overview.overdue.total).toBe(1);
    expect(overview.week.days.map((d) => d.date)).toEqual(['2026-10-12', '2026-10-13', '2026-10-14', '2026-10-15', '2026-10-16', '2026-10-17', '2026-10-18']);
    expect(overview.week.days.map((d) => d.total)).toEqual([1, 0, 1, 0, 1, 0, 0]);
    expect(overview.week.days[0]!.byStatus).toEqual({ published: 1 });
    // The short list holds what is still to do this week: neither published nor cancelled.
    expect(overview.week.items.rows.map((r) => r.id)).toEqual([push.id, due.id]);
    expect(overview.week.items.total).toBe(2);
  });

  it('lists drafts waiting for review with their article, oldest push first', async () => {
    const { api, item } = await aWorkspace();
    const later = await item({ date: '2026-10-20', title: '双11预告', status: 'review' });
    const sooner = await item({ date: '2026-10-15', title: '会员日', status: 'review' });
    await item({ date: '2026-10-15', title: '没有稿件的待审', status: 'review' });
    const laterArticle = await api.articles.create({ itemId: later.id });
    const soonerArticle = await api.articles.create({ itemId: sooner.id });
    const { reviews } = await api.overview.get({ today: TODAY });
    expect(reviews.rows.map((r) => [r.articleId, r.title])).toEqual([
      [soonerArticle.id, '会员日'],
      [laterArticle.id, '双11预告'],
    ]);
    expect(reviews.total).toBe(2);
  });

  it('shows running activities with their phase and figures, the budget of the month and the new concerns by frequency', async () => {
    const { backend, api } = await aWorkspace();
    putRows(backend, 'activities', [
      { id: 'act-run', name: '金秋打卡', status: 'running', participants: 800, new_followers: 320 },
      { id: 'act-phase', name: '双11预热', status: 'planned' },
      { id: 'act-soon', name: '双12秒杀', status: 'planned' },
      { id: 'act-later', name: '元旦直播', status: 'planned' },
      { id: 'act-done', name: '中秋抽奖', status: 'done' },
      { id: 'act-cancelled', name: '取消的秒杀', status: 'cancelled' },
      { id: 'act-deleted', name: '删掉的拼团', status: 'running', deleted_at: '2026-10-01T00:00:00Z' },
    ]);
    putRows(backend, 'activity_phases', [
      { id: 'act-run:warmup', activity_id: 'act-run', phase: 'warmup', start_date: '2026-10-08', end_date: '2026-10-12' },
      { id: 'act-run:main', activity_id: 'act-run', phase: 'main', start_date: '2026-10-13', end_date: '2026-10-20' },
      { id: 'act-phase:warmup', activity_id: 'act-phase', phase: 'warmup', start_date: '2026-10-14', end_date: '2026-10-31' },
      { id: 'act-soon:warmup', activity_id: 'act-soon', phase: 'warmup', start_date: '2026-10-20', end_date: '2026-10-25' },
      { id: 'act-later:main', activity_id: 'act-later', phase: 'main', start_date: '2026-11-30', end_date: '2026-12-01' },
      { id: 'act-done:main', activity_id: 'act-done', phase: 'main', start_date: '2026-09-01', end_date: '2026-09-10' },
      { id: 'act-cancelled:main', activity_id: 'act-cancelled', phase: 'main', start_date: '2026-10-01', end_date: '2026-10-31' },
    ]);
    putRows(backend, 'cost_items', [
      { id: 'c1', activity_id: 'act-run', date: '2026-10-08', name: '奖品', unit_fen: 50_000, quantity: 2, importance: 'important', paid: 1 },
      { id: 'c2', activity_id: 'act-run', date: '2026-10-20', name: '海报设计', unit_fen: 30_000, quantity: 1, importance: 'normal', paid: 0 },
      { id: 'c3', activity_id: null, date: '2026-10-05', name: '秀米会员', unit_fen: 9_900, quantity: 1, importance: 'normal', paid: 1 },
      { id: 'c4', activity_id: null, date: '2026-09-30', name: '九月的工具', unit_fen: 1_000_000, quantity: 1, importance: 'important', paid: 1 },
      // Live on a deleted activity (synced from a device that had not seen the delete): it counts, as on 费用.
      { id: 'c5', activity_id: 'act-deleted', date: '2026-10-09', name: '删掉活动的奖品', unit_fen: 70_000, quantity: 1, importance: 'important', paid: 1 },
    ]);
    putRows(backend, 'concerns', [
      { id: 'q1', topic: '停车收费', category: 'service', frequency: 12, status: 'new', first_seen: '2026-10-02' },
      { id: 'q2', topic: '会员积分清零', category: 'complaint', frequency: 30, status: 'new', first_seen: '2026-10-09' },
      { id: 'q3', topic: '营业时间', category: 'other', frequency: 99, status: 'answered', first_seen: '2026-09-01' },
    ]);

    const overview = await api.overview.get({ today: TODAY });
    expect((await api.costs.totals({ from: '2026-10-01', to: '2026-10-31' })).totalFen).toBe(overview.budget.plannedFen);
    expect(overview.activities.rows).toEqual([
      { id: 'act-run', name: '金秋打卡', status: 'running', phase: 'main', phaseEnd: '2026-10-20', startsOn: null, participants: 800, newFollowers: 320, costFen: 130_000 },
      { id: 'act-phase', name: '双11预热', status: 'planned', phase: 'warmup', phaseEnd: '2026-10-31', startsOn: null, participants: 0, newFollowers: 0, costFen: 0 },
      // Starts within two weeks: listed after the running ones; one starting in seven weeks is not.
      { id: 'act-soon', name: '双12秒杀', status: 'planned', phase: null, phaseEnd: null, startsOn: '2026-10-20', participants: 0, newFollowers: 0, costFen: 0 },
    ]);
    expect(overview.budget).toEqual({
      month: '2026-10',
      paidFen: 179_900,
      plannedFen: 209_900,
      byImportance: [
        { importance: 'important', paidFen: 170_000, plannedFen: 170_000 },
        { importance: 'normal', paidFen: 9_900, plannedFen: 39_900 },
      ],
    });
    expect(overview.concerns).toEqual({ rows: [expect.objectContaining({ id: 'q2', topic: '会员积分清零', frequency: 30 }), expect.objectContaining({ id: 'q1', frequency: 12 })], total: 2 });
  });

  it('answers an empty workspace with empty cards', async () => {
    const { api } = openTestBackend();
    const overview = await api.overview.get({ today: TODAY });
    expect(overview).toMatchObject({ pushes: [], dueToday: { rows: [], total: 0 }, reviews: { total: 0 }, activities: { total: 0 }, budget: { paidFen: 0, plannedFen: 0 }, kpis: { members: [] }, concerns: { total: 0 } });
  });
});
