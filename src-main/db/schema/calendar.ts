import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { syncedRowColumns } from './synced-row-columns';

// The content calendar (排期). No FOREIGN KEY to accounts/columns/members (see accounts.ts): the
// calendar service checks references when the operator writes.

/** One article planned on an account: a date ('' while it waits in the topic pool 选题库) and a push slot. */
export const calendarItems = sqliteTable(
  'calendar_items',
  {
    ...syncedRowColumns,
    accountId: text('account_id').notNull().default(''),
    /** 'YYYY-MM-DD', or '' for the topic pool (选题库). */
    date: text('date').notNull().default(''),
    /** '' or 'HH:mm'. */
    time: text('time').notNull().default(''),
    /** 1 = 头条, 2 = 次条 … 8. */
    slot: integer('slot').notNull().default(1),
    columnId: text('column_id'),
    title: text('title').notNull().default(''),
    /** Topic notes (选题说明). */
    notes: text('notes').notNull().default(''),
    ownerId: text('owner_id'),
    /** '' or 'YYYY-MM-DD': when the draft is due. */
    dueDate: text('due_date').notNull().default(''),
    /** topic | writing | review | approved | scheduled | published | cancelled */
    status: text('status').notNull().default('topic'),
    /** Where an imported item came from ('' when typed in), so a re-import creates no duplicates. */
    sourceKey: text('source_key').notNull().default(''),
  },
  (t) => [
    index('calendar_items_date_idx').on(t.date),
    index('calendar_items_account_date_idx').on(t.accountId, t.date),
    // Overdue drafts and today's deadlines (工作台, 今日): an unfinished status, then the deadline (the due date, else the push date).
    index('calendar_items_status_deadline_idx')
      .on(t.status, sql`coalesce(nullif(${t.dueDate}, ''), ${t.date})`)
      .where(sql`${t.deletedAt} IS NULL`),
  ],
);

/** The tags of an item, one row per tag (a set): id = `<itemId>:<tag>`. */
export const calendarItemTags = sqliteTable(
  'calendar_item_tags',
  {
    ...syncedRowColumns,
    itemId: text('item_id').notNull().default(''),
    tag: text('tag').notNull().default(''),
  },
  (t) => [index('calendar_item_tags_item_idx').on(t.itemId)],
);

/** The workspace's own key dates: product launches, anniversaries, events. */
export const keyDates = sqliteTable(
  'key_dates',
  {
    ...syncedRowColumns,
    date: text('date').notNull().default(''),
    name: text('name').notNull().default(''),
    /** launch | anniversary | event | other */
    kind: text('kind').notNull().default('other'),
    notes: text('notes').notNull().default(''),
  },
  (t) => [index('key_dates_date_idx').on(t.date)],
);
