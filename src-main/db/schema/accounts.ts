import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { syncedRowColumns } from './synced-row-columns';

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
  /** 常用推送时间: '' or 'HH:mm', the time a new calendar item of the account starts with. */
  usualPushTime: text('usual_push_time').notNull().default(''),
  ownerId: text('owner_id'),
  qrPlacement: text('qr_placement').notNull().default(''),
  notes: text('notes').notNull().default(''),
});
