import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { syncedRowColumns } from './synced-row-columns';

// The marketing plan (运营方案) and its recorded exports. No FOREIGN KEY (see accounts.ts).

/** A plan: a period, a template and the forecast's assumptions; its sections are rows of their own. */
export const plans = sqliteTable(
  'plans',
  {
    ...syncedRowColumns,
    title: text('title').notNull().default(''),
    author: text('author').notNull().default(''),
    /** quarter | half | custom */
    periodKind: text('period_kind').notNull().default('quarter'),
    periodStart: text('period_start').notNull().default(''),
    periodEnd: text('period_end').notNull().default(''),
    /** full | quick */
    template: text('template').notNull().default('full'),
    /** JSON ForecastAssumptions (null fields = taken from the history). */
    assumptions: text('assumptions').notNull().default('{}'),
  },
  (t) => [index('plans_period_idx').on(t.periodStart)],
);

/**
 * One row per section of a plan, id = `<planId>:<key>`, so two devices editing two sections'
 * texts offline both keep their edits (per-field LWW would drop one if the sections were one field).
 */
export const planSections = sqliteTable(
  'plan_sections',
  {
    ...syncedRowColumns,
    planId: text('plan_id').notNull().default(''),
    /** competitors | value | activities | concerns | operations | staff | growth */
    key: text('key').notNull().default(''),
    position: integer('position').notNull().default(0),
    hidden: integer('hidden', { mode: 'boolean' }).notNull().default(false),
    /** The operator's text, TipTap JSON; '' for none. */
    note: text('note').notNull().default(''),
  },
  (t) => [index('plan_sections_plan_idx').on(t.planId)],
);

/** An export as the boss received it: the document model's JSON snapshot, never changed afterwards. */
export const planExports = sqliteTable(
  'plan_exports',
  {
    ...syncedRowColumns,
    planId: text('plan_id').notNull().default(''),
    /** docx | md | pdf */
    format: text('format').notNull().default('docx'),
    fileName: text('file_name').notNull().default(''),
    exportedAt: text('exported_at').notNull().default(''),
    exportedBy: text('exported_by').notNull().default(''),
    title: text('title').notNull().default(''),
    /** JSON DocModel. */
    snapshot: text('snapshot').notNull().default('{}'),
    /** SHA-256 of the snapshot. */
    checksum: text('checksum').notNull().default(''),
  },
  (t) => [index('plan_exports_plan_idx').on(t.planId, t.exportedAt)],
);
