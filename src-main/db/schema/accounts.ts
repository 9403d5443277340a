import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { syncedRowColumns } from './columns-common';

// References between synced tables (owner_id, account_id …) carry no FOREIGN KEY: sync applies
// field changes in whatever order they arrive, so a column may land before its account. The
// services check references when the operator writes.

export const accounts = sqliteTable('accounts', {
  ...syncedRowColumns,
  platform: text('platform').notNull().default('wechat_subscription'),
  name: text('name').notNull().default(''),
  handle: text('handle').notNull().default(''),
  purpose: text('purpose').notNull().default('brand'),
  businessLine: text('business_line').notNull().default(''),
  city: text('city').notNull().default(''),
  followers: integer('followers').notNull().default(0),
  verified: integer('verified', { mode: 'boolean' }).notNull().default(false),
  updateFrequency: text('update_frequency').notNull().default('weekly'),
  ownerId: text('owner_id'),
  qrPlacement: text('qr_placement').notNull().default(''),
  notes: text('notes').notNull().default(''),
});

/** 栏目 */
export const columns = sqliteTable(
  'columns',
  {
    ...syncedRowColumns,
    accountId: text('account_id').notNull().default(''),
    name: text('name').notNull().default(''),
    purpose: text('purpose').notNull().default(''),
    /** JSON of `Cadence` (src-shared/domain/cadence.ts): one value, replaced whole. */
    cadence: text('cadence').notNull().default('{"kind":"irregular"}'),
    ownerId: text('owner_id'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [index('columns_account_idx').on(t.accountId)],
);

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
