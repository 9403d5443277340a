import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { syncedRowColumns } from './synced-row-columns';

/**
 * A year's official holiday schedule as the workspace holds it (from the State Council's notice):
 * one row per date range, 休 (off) or 班 (a weekend made a working day, 调休上班).
 */
export const holidayEntries = sqliteTable(
  'holiday_entries',
  {
    ...syncedRowColumns,
    /** The year of the notice the entry belongs to (a range may reach into the next or previous year). */
    year: integer('year').notNull().default(0),
    /** 'YYYY-MM-DD', first and last day (inclusive). */
    start: text('start').notNull().default(''),
    end: text('end').notNull().default(''),
    /** off (休) | work (班) */
    kind: text('kind').notNull().default('off'),
    /** The holiday's name as the notice gives it: 春节, 国庆节、中秋节. */
    name: text('name').notNull().default(''),
    /** How it came in: entered (pasted in 设置) | imported (`opsbench import holidays`). */
    origin: text('origin').notNull().default('entered'),
  },
  (t) => [index('holiday_entries_year_idx').on(t.year), index('holiday_entries_start_idx').on(t.start)],
);
