import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { syncedRowColumns } from './synced-row-columns';

/** The subsidiary's profile; a single row with id `workspace`. */
export const workspace = sqliteTable('workspace', {
  ...syncedRowColumns,
  name: text('name').notNull().default(''),
  shortName: text('short_name').notNull().default(''),
  brand: text('brand').notNull().default(''),
  industry: text('industry').notNull().default(''),
  namingTemplate: text('naming_template').notNull().default(''),
});
