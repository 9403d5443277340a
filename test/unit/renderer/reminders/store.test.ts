import { describe, expect, it } from 'vitest';
import type { ReminderSettings, Reminders } from '../../../../src-shared/contract/reminders';
import type { ReminderItem } from '../../../../src-shared/domain/reminders/reminder-events';
import type { DesktopNotice, NotificationPermissionState, Notifier } from '../../../../src-renderer/lib/desktop-notifications';
import { createRemindersStore } from '../../../../src-renderer/features/reminders/store';
import { fakeBackend, onScreen, settle } from '../fake-api';

const item = (fields: Partial<ReminderItem>): ReminderItem => ({
  id: 'i1',
  title: '一分钟后推送',
  accountName: '悦汇·上海生活',
  platform: 'wechat_subscription',
  date: '2026-12-15',
  time: '10:01',
  slot: 1,
  dueDate: '',
  status: 'scheduled',
  ...fields,
});

function fakeNotifier(initial: NotificationPermissionState, answer: NotificationPermissionState = 'granted') {
  let permission = initial;
  const shown: DesktopNotice[] = [];
  let asked = 0;
  const notifier: Notifier = {
    permission: () => permission,
    ask: async () => {
      asked++;
      return (permission = answer);
    },
    show: (notice) => shown.push(notice),
  };
  return { notifier, shown, asked: () => asked };
}

/** A back end keeping reminder settings and the shown-once record, with `rows` as the upcoming items. */
function backend(rows: ReminderItem[]) {
  let settings: ReminderSettings = { notifications: false, digest: { enabled: false, robotUrl: '', time: '09:00' } };
  const marked = new Set<string>();
  const reminders = (): Reminders => ({ settings, digest: { lastSentAt: '', lastError: null } });
  return fakeBackend({
    reminders: {
      get: () => reminders(),
      update: (patch: Partial<ReminderSettings>) => ((settings = { ...settings, ...patch }), reminders()),
      upcoming: () => rows,
      markNotified: ({ keys }: { keys: string[] }) => ({ fresh: keys.filter((k) => !marked.has(k) && marked.add(k)) }),
    },
  });
}

const describeEvent = (event: { key: string }) => ({ title: event.key, body: '', tag: event.key });
const at = (time: string) => new Date(`2026-12-15T${time}:00`);

describe('reminders store', () => {
  it('asks for permission only when notifications are turned on, and stays off when the browser refuses', async () => {
    const fake = backend([]);
    const { notifier, asked } = fakeNotifier('default', 'denied');
    const store = createRemindersStore(fake, notifier);
    await store.getState().load();
    expect(asked()).toBe(0);
    await store.getState().setNotifications(true);
    expect(asked()).toBe(1);
    expect(store.getState().permission).toBe('denied');
    expect(store.getState().reminders?.settings.notifications).toBe(false);
  });

  it('shows a push when its time comes and a due date on its day, each once, and reads the items again after a calendar change', async () => {
    const rows = [item({}), item({ id: 'i2', title: '今天截稿', date: '2026-12-17', time: '', dueDate: '2026-12-15', status: 'writing' })];
    const fake = backend(rows);
    const { notifier, shown } = fakeNotifier('granted');
    const store = createRemindersStore(fake, notifier);
    onScreen(store);
    await store.getState().load();
    await store.getState().tick(at('10:00'), describeEvent);
    expect(fake.calls).not.toContain('reminders.upcoming');

    await store.getState().setNotifications(true);
    await store.getState().tick(at('10:00'), describeEvent);
    expect(shown.map((n) => n.title)).toEqual(['due:i2:2026-12-15']);
    await store.getState().tick(at('10:01'), describeEvent);
    await store.getState().tick(at('10:02'), describeEvent);
    expect(shown.map((n) => n.title)).toEqual(['due:i2:2026-12-15', 'push:i1:2026-12-15 10:01']);
    expect(fake.calls.filter((c) => c === 'reminders.upcoming')).toHaveLength(1);

    // The push moved to 10:30 elsewhere: a new event, once the items are read again.
    rows[0] = item({ time: '10:30' });
    fake.emit({ domain: 'calendar', ids: ['i1'] });
    await settle();
    await store.getState().tick(at('10:30'), describeEvent);
    expect(shown.map((n) => n.title)).toEqual(['due:i2:2026-12-15', 'push:i1:2026-12-15 10:01', 'push:i1:2026-12-15 10:30']);
  });

  it('shows nothing another window (or a reload) already showed', async () => {
    const fake = backend([item({})]);
    const first = fakeNotifier('granted');
    const second = fakeNotifier('granted');
    const a = createRemindersStore(fake, first.notifier);
    const b = createRemindersStore(fake, second.notifier);
    await a.getState().setNotifications(true);
    await b.getState().load();
    await a.getState().tick(at('10:01'), describeEvent);
    await b.getState().tick(at('10:01'), describeEvent);
    expect(first.shown).toHaveLength(1);
    expect(second.shown).toHaveLength(0);
  });
});
