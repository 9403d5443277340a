import type { ItemStatus } from '../../contract/calendar';

// Desktop reminders of the calendar: a push time (date + time) that comes, and a draft's 截稿日期
// (due date) that comes. Each is one event with a key, so that it is shown at most once.

/** What a reminder needs of an item (`reminders.upcoming`). */
export interface ReminderItem {
  id: string;
  title: string;
  accountName: string;
  platform: string;
  date: string;
  time: string;
  slot: number;
  dueDate: string;
  status: ItemStatus;
}

export interface ReminderEvent {
  /** `push:<id>:<date> <time>` or `due:<id>:<dueDate>`: an item moved to another time is a new event. */
  key: string;
  kind: 'push' | 'due';
  /** Local 'YYYY-MM-DD HH:mm' when it comes. */
  at: string;
  item: ReminderItem;
}

/** A due date has no time: its reminder comes at the start of the working day. */
export const DUE_REMINDER_TIME = '09:00';
/** A push reminder shown later than this after its time would only confuse: the push is out (or not). */
export const PUSH_REMINDER_GRACE_MINUTES = 30;

/** Still to be written or reviewed: a due date means something to these only. */
export const DRAFT_STATUSES: readonly ItemStatus[] = ['topic', 'writing', 'review'];
const DONE: readonly ItemStatus[] = ['published', 'cancelled'];

/** The events of items: a push for each timed item not yet out, a due date for each draft that has one. */
export function reminderEvents(items: readonly ReminderItem[]): ReminderEvent[] {
  const events: ReminderEvent[] = [];
  for (const item of items) {
    if (item.date && item.time && !DONE.includes(item.status)) events.push({ key: `push:${item.id}:${item.date} ${item.time}`, kind: 'push', at: `${item.date} ${item.time}`, item });
    if (item.dueDate && DRAFT_STATUSES.includes(item.status)) events.push({ key: `due:${item.id}:${item.dueDate}`, kind: 'due', at: `${item.dueDate} ${DUE_REMINDER_TIME}`, item });
  }
  return events;
}

/**
 * The events that are due at `now` (local 'YYYY-MM-DD HH:mm'): a push from its time until
 * `pushSince` (now less the grace) has passed it, a due date all its day.
 */
export function dueEvents(events: readonly ReminderEvent[], now: string, pushSince: string): ReminderEvent[] {
  const today = now.slice(0, 10);
  return events.filter((e) => e.at <= now && (e.kind === 'push' ? e.at >= pushSince : e.at.slice(0, 10) === today));
}
