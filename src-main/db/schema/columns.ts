import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { syncedRowColumns } from './synced-row-columns';

/** 栏目 */
export const columns = sqliteTable(
  'columns',
  {
    ...syncedRowColumns,
    accountId: text('account_id').notNull().default(''),
    name: text('name').notNull().default(''),
    purpose: text('purpose').notNull().default(''),
    /** JSON of `Cadence` (src-shared/domain/columns/cadence.ts): one value, replaced whole. */
    cadence: text('cadence').notNull().default('{"kind":"irregular"}'),
    ownerId: text('owner_id'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [index('columns_account_idx').on(t.accountId)],
);
