import { text } from 'drizzle-orm/sqlite-core';

// Columns every synced row has. Timestamps are ISO-8601 UTC strings; `deleted_at` is the
// tombstone (the ISO time of the delete, null while the row is live). Ids are UUIDv7 text.
export const syncedRowColumns = {
  id: text('id').primaryKey(),
  createdAt: text('created_at').notNull().default(''),
  updatedAt: text('updated_at').notNull().default(''),
  deletedAt: text('deleted_at'),
};
