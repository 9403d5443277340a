import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { syncedRowColumns } from './synced-row-columns';

/** 自定义菜单 items: top items have no parent; sub-items point at their top item. */
export const menuItems = sqliteTable(
  'menu_items',
  {
    ...syncedRowColumns,
    accountId: text('account_id').notNull().default(''),
    parentId: text('parent_id'),
    position: integer('position').notNull().default(0),
    name: text('name').notNull().default(''),
    /** column | url | reply | none */
    actionKind: text('action_kind').notNull().default('none'),
    columnId: text('column_id'),
    url: text('url').notNull().default(''),
    replyText: text('reply_text').notNull().default(''),
  },
  (t) => [index('menu_items_account_idx').on(t.accountId)],
);
