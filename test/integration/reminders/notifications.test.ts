import { describe, expect, it } from 'vitest';
import { anAccount, failureOf, openTestBackend, tempDataDir, withWorkspace } from '../../helpers/backend';

// What the renderer schedules desktop notifications from, and the record that shows each once.

describe('desktop reminders', () => {
  it('lists the timed pushes of the days not yet out and the drafts due on them, with the account', async () => {
    const backend = openTestBackend();
    const { api } = backend;
    await withWorkspace(backend);
    const account = await api.accounts.create(anAccount({ name: '悦汇·上海生活' }));
    const gone = await api.accounts.create(anAccount({ name: '悦汇·已删除', handle: 'gone' }));
    const create = (fields: Record<string, unknown>) => api.calendar.createItem({ accountId: account.id, title: '标题', ...fields });
    const push = await create({ date: '2026-12-15', time: '10:01', title: '一分钟后推送', status: 'scheduled' });
    await create({ date: '2026-12-15', time: '', title: '没有时间' });
    await create({ date: '2026-12-15', time: '08:00', title: '已发布', status: 'published' });
    const due = await create({ date: '2026-12-18', dueDate: '2026-12-16', title: '明天截稿', status: 'writing' });
    await create({ date: '2026-12-18', dueDate: '2026-12-16', title: '已定稿', status: 'approved' });
    await create({ date: '2026-12-17', time: '09:00', title: '范围之外' });
    await api.calendar.createItem({ accountId: gone.id, date: '2026-12-15', time: '11:00', title: '账号已删除' });
    await api.accounts.remove({ id: gone.id });

    const items = await api.reminders.upcoming({ from: '2026-12-15', to: '2026-12-16' });
    expect(items.map((i) => i.title).sort()).toEqual(['一分钟后推送', '明天截稿']);
    expect(items.find((i) => i.id === push.id)).toEqual({
      id: push.id,
      title: '一分钟后推送',
      accountName: '悦汇·上海生活',
      platform: 'wechat_subscription',
      date: '2026-12-15',
      time: '10:01',
      slot: 1,
      dueDate: '',
      status: 'scheduled',
    });
    expect(items.find((i) => i.id === due.id)).toMatchObject({ dueDate: '2026-12-16', status: 'writing' });
    expect(await failureOf(api.reminders.upcoming({ from: '2026-12-01', to: '2026-12-31' }))).toMatchObject({ code: 'validation' });
  });

  it('shows a reminder once: a second window, a reload and a restart are told it was shown', async () => {
    const dataDir = tempDataDir();
    let backend = openTestBackend({ dataDir });
    expect(await backend.api.reminders.markNotified({ keys: ['push:a:2026-12-15 10:01', 'due:b:2026-12-15'] })).toEqual({ fresh: ['push:a:2026-12-15 10:01', 'due:b:2026-12-15'] });
    expect(await backend.api.reminders.markNotified({ keys: ['push:a:2026-12-15 10:01'] })).toEqual({ fresh: [] });
    backend.close();
    backend = openTestBackend({ dataDir });
    expect(await backend.api.reminders.markNotified({ keys: ['push:a:2026-12-15 10:01', 'push:a:2026-12-15 10:30'] })).toEqual({ fresh: ['push:a:2026-12-15 10:30'] });
  });

  it('keeps the settings on this device', async () => {
    const dataDir = tempDataDir();
    let backend = openTestBackend({ dataDir });
    expect((await backend.api.reminders.get({})).settings).toEqual({ notifications: false, digest: { enabled: false, robotUrl: '', time: '09:00' } });
    await backend.api.reminders.update({ notifications: true });
    backend.close();
    backend = openTestBackend({ dataDir });
    expect((await backend.api.reminders.get({})).settings.notifications).toBe(true);
  });
});
