import { createStore, type StoreApi } from 'zustand';
import type { DigestSettings, ReminderSettings, Reminders } from '../../../src-shared/contract/reminders';
import { addDays, localDate, localTime } from '../../../src-shared/domain/dates';
import { dueEvents, PUSH_REMINDER_GRACE_MINUTES, reminderEvents, type ReminderEvent, type ReminderItem } from '../../../src-shared/domain/reminders/reminder-events';
import { asApiError, type ApiCallError, type ApiDeps } from '../../lib/api';
import { desktopNotifier, type DesktopNotice, type NotificationPermissionState, type Notifier } from '../../lib/desktop-notifications';
import { follow, liveStore, reloadOnChange } from '../../lib/live-store';
import { attempt, type SaveResult } from '../../lib/result';

// 提醒: the device's reminder settings and the desktop notifications' clock. While notifications
// are on (and allowed), the items of today and tomorrow are kept (refetched when the calendar
// changes), and each tick shows what has come, at most once (`reminders.markNotified`).

/** '2026-12-15 10:01', as events are timed. */
const stamp = (moment: Date) => `${localDate(moment)} ${localTime(moment)}`;

export interface RemindersState {
  reminders: Reminders | null;
  loaded: boolean;
  error: ApiCallError | null;
  permission: NotificationPermissionState;
  /** A 发送测试 is on its way. */
  testing: boolean;
  load(): Promise<void>;
  /** Turns notifications on (asking the browser first: call it from a click) or off. */
  setNotifications(on: boolean): Promise<SaveResult<Reminders>>;
  /** Asks the browser again (notifications on, this window not yet allowed). */
  askPermission(): Promise<NotificationPermissionState>;
  saveDigest(digest: DigestSettings): Promise<SaveResult<Reminders>>;
  sendTest(robotUrl: string): Promise<SaveResult<{ sent: boolean; reminders: Reminders }>>;
  /** Shows the reminders that have come by `now` and were not shown before; `describe` words them. */
  tick(now: Date, describe: (event: ReminderEvent) => DesktopNotice): Promise<void>;
}

export function createRemindersStore(deps: ApiDeps, notifier: Notifier = desktopNotifier): StoreApi<RemindersState> {
  const { api } = deps;
  let items: { day: string; rows: ReminderItem[] } | null = null;
  /** Keys this window already asked about: a tick does not ask again every time. */
  const asked = new Set<string>();
  const on = () => store.getState().reminders?.settings.notifications === true && store.getState().permission === 'granted';
  // A calendar change (here or elsewhere) may move a push time: the items are read again, and only while notifications are on.
  const freshness = reloadOnChange(['calendar', 'accounts'], () => {
    freshness.loading();
    items = null;
  });

  async function itemsOf(day: string): Promise<ReminderItem[]> {
    if (items?.day !== day) items = { day, rows: await api.reminders.upcoming({ from: day, to: addDays(day, 1) }) };
    return items.rows;
  }

  async function save(patch: Partial<ReminderSettings>): Promise<SaveResult<Reminders>> {
    const result = await attempt(() => api.reminders.update(patch));
    if (result.ok) store.setState({ reminders: result.data });
    return result;
  }

  const store: StoreApi<RemindersState> = createStore<RemindersState>()((set, get) => ({
    reminders: null,
    loaded: false,
    error: null,
    permission: notifier.permission(),
    testing: false,
    async load() {
      try {
        set({ reminders: await api.reminders.get({}), loaded: true, error: null, permission: notifier.permission() });
      } catch (error) {
        set({ loaded: true, error: asApiError(error) });
      }
    },
    async setNotifications(wanted) {
      if (wanted && notifier.permission() !== 'granted') {
        const permission = await notifier.ask();
        set({ permission });
        if (permission !== 'granted') return { ok: true, data: get().reminders! };
      }
      return save({ notifications: wanted });
    },
    async askPermission() {
      const permission = await notifier.ask();
      set({ permission });
      return permission;
    },
    saveDigest: (digest) => save({ digest }),
    async sendTest(robotUrl) {
      set({ testing: true });
      const result = await attempt(() => api.reminders.sendTest({ robotUrl }));
      set(result.ok ? { reminders: result.data.reminders, testing: false } : { testing: false });
      return result;
    },
    async tick(now, describe) {
      if (!on()) return;
      const since = new Date(now.getTime() - PUSH_REMINDER_GRACE_MINUTES * 60_000);
      const due = dueEvents(reminderEvents(await itemsOf(localDate(now))), stamp(now), stamp(since)).filter((e) => !asked.has(e.key));
      if (due.length === 0) return;
      for (const event of due) asked.add(event.key);
      let fresh: string[];
      try {
        ({ fresh } = await api.reminders.markNotified({ keys: due.map((e) => e.key) }));
      } catch {
        // Not recorded: the next tick asks again rather than losing the reminder.
        for (const event of due) asked.delete(event.key);
        return;
      }
      for (const event of due) if (fresh.includes(event.key)) notifier.show(describe(event));
    },
  }));
  follow(store, deps, freshness);
  return store;
}

export const [remindersStore, useReminders] = liveStore(createRemindersStore);
