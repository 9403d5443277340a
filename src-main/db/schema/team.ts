import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { syncedRowColumns } from './synced-row-columns';

export const members = sqliteTable('members', {
  ...syncedRowColumns,
  name: text('name').notNull().default(''),
  dailyDuties: text('daily_duties').notNull().default(''),
  contact: text('contact').notNull().default(''),
  /** What an hour of the member's time costs (fen): logged minutes × this is an activity's people cost. */
  hourlyCostFen: integer('hourly_cost_fen').notNull().default(0),
});

/** A member's roles, one row per role (a set, so two devices adding roles merge). Id: `<memberId>:<role>`. */
export const memberRoles = sqliteTable(
  'member_roles',
  {
    ...syncedRowColumns,
    memberId: text('member_id').notNull().default(''),
    role: text('role').notNull().default(''),
  },
  (t) => [index('member_roles_member_idx').on(t.memberId)],
);

export const memberKpis = sqliteTable(
  'member_kpis',
  {
    ...syncedRowColumns,
    memberId: text('member_id').notNull().default(''),
    name: text('name').notNull().default(''),
    target: real('target').notNull().default(0),
    unit: text('unit').notNull().default(''),
    /** What the data computes it from ('' = entered by hand): articles | reads | hours | activities | new_followers. */
    metric: text('metric').notNull().default(''),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('member_kpis_member_idx').on(t.memberId)],
);
