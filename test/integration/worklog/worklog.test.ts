import { describe, expect, it } from 'vitest';
import { anAccount, aMember, failureOf, openTestBackend, withWorkspace, type TestBackend } from '../../helpers/backend';

// The work log through the contract on a real workspace: entries, their links, the week's
// timesheet (Monday to Sunday) and the time and cost by category and person.

async function team(backend: TestBackend) {
  await withWorkspace(backend);
  const zhou = await backend.api.team.create(aMember({ name: '周婷', hourlyCostFen: 6000 }));
  const wang = await backend.api.team.create(aMember({ name: '王磊', roles: ['designer'], kpis: [] }));
  return { zhou, wang };
}

describe('work log entries', () => {
  it('logs, changes, deletes and restores an entry; the week lists what is live', async () => {
    const backend = openTestBackend();
    const { zhou } = await team(backend);
    const entry = await backend.api.worklog.create({ date: '2026-11-02', memberId: zhou.id, category: 'writing', minutes: 90, note: '  写双11推文 ' });
    expect(entry).toMatchObject({ date: '2026-11-02', minutes: 90, note: '写双11推文', link: null, sourceKey: '' });
    const changed = await backend.api.worklog.update({ id: entry.id, patch: { minutes: 120, category: 'design' } });
    expect(changed).toMatchObject({ minutes: 120, category: 'design', note: '写双11推文' });
    const week = { from: '2026-11-02', to: '2026-11-08' };
    expect(await backend.api.worklog.list(week)).toHaveLength(1);
    await backend.api.worklog.remove({ id: entry.id });
    expect(await backend.api.worklog.list(week)).toEqual([]);
    await backend.api.worklog.restore({ id: entry.id });
    expect((await backend.api.worklog.list(week)).map((e) => e.minutes)).toEqual([120]);
  });

  it('refuses zero minutes, more than a day, an unknown member and a deleted link, naming the field', async () => {
    const backend = openTestBackend();
    const { zhou } = await team(backend);
    const base = { date: '2026-11-02', memberId: zhou.id, category: 'writing' as const };
    expect((await failureOf(backend.api.worklog.create({ ...base, minutes: 0 }))).issues?.[0]).toMatchObject({ path: ['minutes'], message: 'validation.worklog.minutes' });
    expect((await failureOf(backend.api.worklog.create({ ...base, minutes: 1441 }))).issues?.[0]).toMatchObject({ path: ['minutes'] });
    expect((await failureOf(backend.api.worklog.create({ ...base, minutes: 30, memberId: 'nobody' }))).issues?.[0]).toMatchObject({ path: ['memberId'] });
    const account = await backend.api.accounts.create(anAccount());
    const item = await backend.api.calendar.createItem({ accountId: account.id, date: '2026-11-03', slot: 1, title: '双11预告' });
    await backend.api.calendar.removeItems({ ids: [item.id] });
    expect((await failureOf(backend.api.worklog.create({ ...base, minutes: 30, link: { kind: 'calendar', id: item.id } }))).issues?.[0]).toMatchObject({ path: ['link'], message: 'validation.worklog.link' });
  });

  it('links an entry to a calendar item found by its title, and lists the link with its title', async () => {
    const backend = openTestBackend();
    const { zhou } = await team(backend);
    const account = await backend.api.accounts.create(anAccount());
    await backend.api.calendar.createItem({ accountId: account.id, date: '2026-11-03', slot: 1, title: '双11预告：满减攻略' });
    const found = await backend.api.worklog.searchLinks({ query: '满减' });
    expect(found).toEqual([expect.objectContaining({ kind: 'calendar', title: '双11预告：满减攻略', date: '2026-11-03' })]);
    const entry = await backend.api.worklog.create({ date: '2026-11-02', memberId: zhou.id, category: 'writing', minutes: 45, link: { kind: 'calendar', id: found[0]!.id } });
    expect(entry.link).toEqual({ kind: 'calendar', id: found[0]!.id, title: '双11预告：满减攻略' });
    expect(await backend.api.worklog.searchLinks({ query: '%' })).toEqual([]);
  });
});

describe('timesheet and statistics', () => {
  it('sums minutes per person per day of the Monday-to-Sunday week, whatever day is asked', async () => {
    const backend = openTestBackend();
    const { zhou, wang } = await team(backend);
    const log = (date: string, memberId: string, minutes: number) => backend.api.worklog.create({ date, memberId, category: 'writing', minutes });
    await log('2026-11-02', zhou.id, 60); // Monday
    await log('2026-11-02', zhou.id, 30);
    await log('2026-11-08', zhou.id, 15); // Sunday: the same week
    await log('2026-11-09', zhou.id, 999); // next Monday: not
    await log('2026-11-01', wang.id, 999); // the Sunday before: not
    await log('2026-11-04', wang.id, 120);
    const sheet = await backend.api.worklog.timesheet({ weekStart: '2026-11-05' });
    expect(sheet.weekStart).toBe('2026-11-02');
    expect(sheet.days).toEqual(['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-07', '2026-11-08']);
    const byName = Object.fromEntries(sheet.rows.map((r) => [r.name, r]));
    expect(byName['周婷']).toMatchObject({ minutes: [90, 0, 0, 0, 0, 0, 15], total: 105 });
    expect(byName['王磊']).toMatchObject({ minutes: [0, 0, 120, 0, 0, 0, 0], total: 120 });
    expect(sheet.dayTotals).toEqual([90, 0, 120, 0, 0, 0, 15]);
    expect(sheet.total).toBe(225);
    const one = await backend.api.worklog.timesheet({ weekStart: '2026-11-02', memberId: wang.id });
    expect(one.rows.map((r) => r.name)).toEqual(['王磊']);
  });

  it('gives time by category and by person, and its cost from the hourly cost in exact fen', async () => {
    const backend = openTestBackend();
    const { zhou, wang } = await team(backend); // 周婷 ¥60/h, 王磊 none
    await backend.api.worklog.create({ date: '2026-11-02', memberId: zhou.id, category: 'writing', minutes: 90 });
    await backend.api.worklog.create({ date: '2026-11-03', memberId: zhou.id, category: 'meeting', minutes: 25 });
    await backend.api.worklog.create({ date: '2026-11-03', memberId: wang.id, category: 'design', minutes: 200 });
    const stats = await backend.api.worklog.stats({ from: '2026-11-01', to: '2026-11-30' });
    expect(stats.totalMinutes).toBe(315);
    expect(stats.costFen).toBe(11500); // 115 min × ¥60/h = ¥115.00
    expect(stats.byCategory).toEqual([
      { category: 'writing', minutes: 90, costFen: 9000 },
      { category: 'design', minutes: 200, costFen: 0 },
      { category: 'meeting', minutes: 25, costFen: 2500 },
    ]);
    expect(stats.byMember.map((m) => [m.name, m.minutes, m.costFen])).toEqual([
      ['王磊', 200, 0],
      ['周婷', 115, 11500],
    ]);
  });

  it('keeps a member’s hourly cost and refuses a negative one', async () => {
    const backend = openTestBackend();
    const { zhou } = await team(backend);
    expect(zhou.hourlyCostFen).toBe(6000);
    expect((await backend.api.team.update({ id: zhou.id, patch: { hourlyCostFen: 8050 } })).hourlyCostFen).toBe(8050);
    expect((await failureOf(backend.api.team.update({ id: zhou.id, patch: { hourlyCostFen: -1 } }))).issues?.[0]).toMatchObject({ path: ['patch', 'hourlyCostFen'] });
  });
});
