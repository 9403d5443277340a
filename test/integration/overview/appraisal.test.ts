import { describe, expect, it } from 'vitest';
import type { CalendarItemInput } from '../../../src-shared/contract/calendar';
import { aMember, anAccount, openTestBackend } from '../../helpers/backend';
import { putRows } from './rows';

// 考核 (team.appraisal): October 2026 seen on the 14th, so the pace is 14/31 of each target.

describe('team appraisal', () => {
  it("computes each metric from the month's data for its member, and leaves hand-entered KPIs without an actual", async () => {
    const backend = openTestBackend();
    const { api } = backend;
    const account = await api.accounts.create(anAccount({ platform: 'wechat_subscription' }));
    const kpis = [
      { name: '月发文', target: 4, unit: '篇', metric: 'articles' as const },
      { name: '阅读量', target: 10_000, unit: '次', metric: 'reads' as const },
      { name: '工时', target: 40, unit: '小时', metric: 'hours' as const },
      { name: '活动', target: 1, unit: '场', metric: 'activities' as const },
      { name: '活动拉新', target: 500, unit: '人', metric: 'new_followers' as const },
      { name: '满意度', target: 90, unit: '分' },
    ];
    const writer = await api.team.create(aMember({ name: '周婷', kpis }));
    const other = await api.team.create(aMember({ name: '李想', kpis: [{ name: '月发文', target: 2, unit: '篇', metric: 'articles' }] }));
    expect(writer.kpis.map((k) => k.metric)).toEqual(['articles', 'reads', 'hours', 'activities', 'new_followers', '']);

    const item = (fields: Partial<CalendarItemInput>) => api.calendar.createItem({ accountId: account.id, title: '稿件', ownerId: writer.id, status: 'published', ...fields });
    const first = await item({ date: '2026-10-01' });
    const second = await item({ date: '2026-10-05', slot: 1 });
    await item({ date: '2026-10-06', status: 'writing' });
    const september = await item({ date: '2026-09-28' });
    await item({ date: '2026-10-07', ownerId: other.id });
    putRows(backend, 'post_metrics', [
      { id: 'p1', account_id: account.id, published_at: '2026-10-01 08:00', title: '稿件', reads: 3_000, item_id: first.id },
      { id: 'p2', account_id: account.id, published_at: '2026-10-05', title: '稿件', reads: 1_500, item_id: second.id },
      { id: 'p3', account_id: account.id, published_at: '2026-10-06', title: '不知谁写的', reads: 9_999, item_id: null },
      { id: 'p4', account_id: account.id, published_at: '2026-09-28', title: '稿件', reads: 777, item_id: september.id },
    ]);
    putRows(backend, 'work_logs', [
      { id: 'w1', member_id: writer.id, date: '2026-10-02', minutes: 120, category: 'writing' },
      { id: 'w2', member_id: writer.id, date: '2026-10-03', minutes: 90, category: 'design' },
      { id: 'w3', member_id: writer.id, date: '2026-09-30', minutes: 600, category: 'writing' },
      { id: 'w4', member_id: other.id, date: '2026-10-03', minutes: 60, category: 'writing' },
    ]);
    putRows(backend, 'activities', [
      { id: 'a1', name: '金秋打卡', owner_id: writer.id, status: 'running', new_followers: 320 },
      { id: 'a2', name: '中秋抽奖', owner_id: writer.id, status: 'done', new_followers: 1_000 },
      { id: 'a3', name: '取消的秒杀', owner_id: writer.id, status: 'cancelled', new_followers: 50 },
    ]);
    putRows(backend, 'activity_phases', [
      { id: 'a1:main', activity_id: 'a1', phase: 'main', start_date: '2026-09-25', end_date: '2026-10-03' },
      { id: 'a2:main', activity_id: 'a2', phase: 'main', start_date: '2026-09-01', end_date: '2026-09-10' },
      { id: 'a3:main', activity_id: 'a3', phase: 'main', start_date: '2026-10-01', end_date: '2026-10-02' },
    ]);

    const appraisal = await api.team.appraisal({ month: '2026-10', today: '2026-10-14' });
    expect(appraisal.pace).toBeCloseTo(14 / 31);
    expect(appraisal.members.map((m) => m.name)).toEqual(['周婷', '李想']);
    const actuals = appraisal.members[0]!.kpis.map((k) => [k.name, k.actual, k.behind]);
    expect(actuals).toEqual([
      ['月发文', 2, false],
      ['阅读量', 4_500, true],
      ['工时', 3.5, true],
      ['活动', 1, false],
      ['活动拉新', 320, false],
      ['满意度', null, false],
    ]);
    expect(appraisal.members[0]!.kpis[0]!.progress).toBe(0.5);
    expect(appraisal.members[0]!.kpis[5]!.progress).toBeNull();
    expect(appraisal.members[1]!.kpis[0]).toMatchObject({ actual: 1, progress: 0.5 });

    // A past month is held to its whole target; a future one to none yet.
    const september2 = await api.team.appraisal({ month: '2026-09', today: '2026-10-14' });
    expect(september2.pace).toBe(1);
    expect(september2.members[0]!.kpis.slice(0, 3).map((k) => k.actual)).toEqual([1, 777, 10]);
    expect((await api.team.appraisal({ month: '2026-11', today: '2026-10-14' })).members[0]!.kpis.every((k) => !k.behind)).toBe(true);
  });

  it('keeps the metric of a KPI through an edit and refuses an unknown one', async () => {
    const { api } = openTestBackend();
    const member = await api.team.create(aMember({ kpis: [{ name: '工时', target: 40, unit: '小时', metric: 'hours' }] }));
    const updated = await api.team.update({ id: member.id, patch: { kpis: [{ ...member.kpis[0]!, target: 80 }] } });
    expect(updated.kpis[0]).toMatchObject({ target: 80, metric: 'hours' });
    await expect(api.team.update({ id: member.id, patch: { kpis: [{ name: '工时', target: 1, metric: 'sleep' as never }] } })).rejects.toThrow(/validation/);
  });
});
