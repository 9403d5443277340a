import { and, asc, between, eq, inArray, isNull, ne, notInArray, or, type SQL } from 'drizzle-orm';
import type { ReminderItem } from '../../../src-shared/domain/reminders/reminder-events';
import { DRAFT_STATUSES } from '../../../src-shared/domain/reminders/reminder-events';
import type { ItemStatus } from '../../../src-shared/contract/calendar';
import { accounts, calendarItems } from '../../db/schema';
import type { ServiceContext } from '../context';

// The calendar items reminders speak of, with their account's name and platform: read here in
// one query each (a deleted account hides its items, as on the calendar).

const DONE: ItemStatus[] = ['published', 'cancelled'];

function itemsWhere(ctx: ServiceContext, where: SQL | undefined): ReminderItem[] {
  return ctx.db
    .select({
      id: calendarItems.id,
      title: calendarItems.title,
      accountName: accounts.name,
      platform: accounts.platform,
      date: calendarItems.date,
      time: calendarItems.time,
      slot: calendarItems.slot,
      dueDate: calendarItems.dueDate,
      status: calendarItems.status,
    })
    .from(calendarItems)
    .innerJoin(accounts, and(eq(accounts.id, calendarItems.accountId), isNull(accounts.deletedAt)))
    .where(and(isNull(calendarItems.deletedAt), where))
    .orderBy(asc(accounts.createdAt), asc(calendarItems.date), asc(calendarItems.time), asc(calendarItems.slot))
    .all() as ReminderItem[];
}

/** Items with a push time on a day of the range, not yet out; and drafts due on a day of it. */
export function upcomingItems(ctx: ServiceContext, from: string, to: string): ReminderItem[] {
  const timed = and(between(calendarItems.date, from, to), ne(calendarItems.time, ''), notInArray(calendarItems.status, DONE));
  const due = and(between(calendarItems.dueDate, from, to), inArray(calendarItems.status, [...DRAFT_STATUSES]));
  return itemsWhere(ctx, or(timed, due));
}

/** The day's pushes (all but cancelled) and the drafts due that day, for the digest. */
export function dayItems(ctx: ServiceContext, day: string): { pushes: ReminderItem[]; due: ReminderItem[] } {
  return {
    pushes: itemsWhere(ctx, and(eq(calendarItems.date, day), ne(calendarItems.status, 'cancelled'))),
    due: itemsWhere(ctx, and(eq(calendarItems.dueDate, day), inArray(calendarItems.status, [...DRAFT_STATUSES]))),
  };
}
