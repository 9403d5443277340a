import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { syncedRowColumns } from './synced-row-columns';

// Activities (活动) and the cost list (费用). Money is integer fen everywhere (never a float), so
// totals are exact in SQLite and in JavaScript alike. No FOREIGN KEY (see accounts.ts).

/** A campaign: what it is for, how it works, its results. Phases, accounts and costs are rows of their own. */
export const activities = sqliteTable(
  'activities',
  {
    ...syncedRowColumns,
    name: text('name').notNull().default(''),
    /** fission | retention | engagement | conversion */
    purpose: text('purpose').notNull().default('engagement'),
    /** 砍价, 拼团, 抽奖 … as a key of ACTIVITY_MECHANICS, or the operator's own words. */
    mechanic: text('mechanic').notNull().default(''),
    /** planned | running | done | cancelled */
    status: text('status').notNull().default('planned'),
    /** The implementation table's 目标 and 方案. */
    goal: text('goal').notNull().default(''),
    plan: text('plan').notNull().default(''),
    /** JSON array of strings: where it is promoted (推文, 社群, 朋友圈, 门店 …). */
    reachChannels: text('reach_channels').notNull().default('[]'),
    ownerId: text('owner_id'),
    // Results, entered when known (0 = not yet).
    participants: integer('participants').notNull().default(0),
    newFollowers: integer('new_followers').notNull().default(0),
    /** Of the new followers, how many had unfollowed `unfollow_days` days after the activity. */
    unfollows: integer('unfollows').notNull().default(0),
    unfollowDays: integer('unfollow_days').notNull().default(7),
    conversions: integer('conversions').notNull().default(0),
    revenueFen: integer('revenue_fen').notNull().default(0),
    /** What one new follower is worth, for the ROI of an activity without revenue (fen). */
    valuePerFollowerFen: integer('value_per_follower_fen').notNull().default(0),
    lessons: text('lessons').notNull().default(''),
    /** JSON array of library asset ids (content hashes). */
    images: text('images').notNull().default('[]'),
  },
  (t) => [index('activities_status_idx').on(t.status)],
);

/** The accounts an activity runs on, a set: id = `<activityId>:<accountId>`. */
export const activityAccounts = sqliteTable(
  'activity_accounts',
  {
    ...syncedRowColumns,
    activityId: text('activity_id').notNull().default(''),
    accountId: text('account_id').notNull().default(''),
  },
  (t) => [index('activity_accounts_activity_idx').on(t.activityId)],
);

/** 预热 / 正式 / 收尾: one row per phase of an activity, id = `<activityId>:<phase>`. */
export const activityPhases = sqliteTable(
  'activity_phases',
  {
    ...syncedRowColumns,
    activityId: text('activity_id').notNull().default(''),
    /** warmup | main | wrapup */
    phase: text('phase').notNull().default('main'),
    /** 'YYYY-MM-DD' both; end ≥ start. */
    startDate: text('start_date').notNull().default(''),
    endDate: text('end_date').notNull().default(''),
    /** What happens in the phase (the implementation table's per-phase plan). */
    notes: text('notes').notNull().default(''),
  },
  (t) => [index('activity_phases_activity_idx').on(t.activityId), index('activity_phases_dates_idx').on(t.startDate, t.endDate)],
);

/** One line of the cost list: an activity's budget item, or a period's (a tool, training …). */
export const costItems = sqliteTable(
  'cost_items',
  {
    ...syncedRowColumns,
    /** The activity it belongs to; null for a period's item. */
    activityId: text('activity_id'),
    /** 'YYYY-MM-DD': the day it is incurred or planned; the period filters go by it. */
    date: text('date').notNull().default(''),
    /** tools | prizes | design | ads | agency | training | other */
    category: text('category').notNull().default('other'),
    name: text('name').notNull().default(''),
    /** Unit price in fen (may be negative: a refund or a sponsor's share). */
    unitFen: integer('unit_fen').notNull().default(0),
    quantity: integer('quantity').notNull().default(1),
    /** important (重要) | normal (一般) */
    importance: text('importance').notNull().default('normal'),
    /** Spent already (counts toward "budget used"); otherwise planned. */
    paid: integer('paid', { mode: 'boolean' }).notNull().default(false),
    /** The department whose help or budget it needs ('' = our own). */
    department: text('department').notNull().default(''),
    notes: text('notes').notNull().default(''),
  },
  (t) => [
    index('cost_items_date_idx').on(t.date),
    index('cost_items_activity_idx').on(t.activityId),
    // The totals (费用 汇总) in one pass and no sort: grouped in this order, read from the index alone.
    index('cost_items_totals_idx')
      .on(t.category, t.importance, t.paid, sql`substr(${t.date}, 1, 7)`, t.date, t.activityId, t.unitFen, t.quantity)
      .where(sql`${t.deletedAt} IS NULL`),
  ],
);
