import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Per-field clocks of synced rows: the HLC of the write that set each field. */
export const fieldClocks = sqliteTable(
  'field_clocks',
  {
    tbl: text('tbl').notNull(),
    rowId: text('row_id').notNull(),
    field: text('field').notNull(),
    hlc: text('hlc').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tbl, t.rowId, t.field] })],
);

/** Field changes waiting to be pushed to HQ, in the order they were made. */
export const outbox = sqliteTable('outbox', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  tbl: text('tbl').notNull(),
  rowId: text('row_id').notNull(),
  field: text('field').notNull(),
  /** JSON of the value. */
  value: text('value').notNull(),
  hlc: text('hlc').notNull(),
});

/** Device-local key/value state: node id, last clock, UI language. Never synced. */
export const localState = sqliteTable('local_state', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
