import { z } from 'zod';
import { isIsoDate } from '../domain/dates';
import { ActivityPhaseName, ActivityStatus } from './activities';
import { ItemStatus } from './calendar';
import { Id } from './common';
import { CostImportance } from './costs';
import { defineDomain, method } from './define';
import { Appraisal } from './team-appraisal';

// 工作台 (issue 12, point 7): the home screen. One call reads what the operator looks at every
// morning from the other domains' tables; each card links to where the work is.

/** A calendar item as the cards list it. */
export const OverviewItem = z.object({
  id: Id,
  accountId: z.string(),
  date: z.string(),
  time: z.string(),
  slot: z.number(),
  title: z.string(),
  status: ItemStatus,
  dueDate: z.string(),
  ownerId: z.string().nullable(),
});
export type OverviewItem = z.infer<typeof OverviewItem>;

/** One day of this week's plan: its items counted by status. */
export const WeekDay = z.object({ date: z.string(), total: z.number(), byStatus: z.record(z.string(), z.number()) });
export type WeekDay = z.infer<typeof WeekDay>;

/** A draft waiting for review (待审核), with when it was submitted (null when no submission is recorded). */
export const ReviewDraft = OverviewItem.extend({ articleId: Id, submittedAt: z.string().nullable() });
export type ReviewDraft = z.infer<typeof ReviewDraft>;

export const RunningActivity = z.object({
  id: Id,
  name: z.string(),
  status: ActivityStatus,
  /** The phase today falls in; null when it runs by status alone. */
  phase: ActivityPhaseName.nullable(),
  phaseEnd: z.string().nullable(),
  /** The first day of an activity that starts within two weeks (null once it has started). */
  startsOn: z.string().nullable(),
  participants: z.number(),
  newFollowers: z.number(),
  /** Σ of its cost lines (fen). */
  costFen: z.number(),
});
export type RunningActivity = z.infer<typeof RunningActivity>;

/** Σ of the month's cost lines (fen): paid = used, all = planned. */
export const BudgetFigures = z.object({ paidFen: z.number(), plannedFen: z.number() });
export const MonthBudget = BudgetFigures.extend({
  month: z.string(),
  byImportance: z.array(BudgetFigures.extend({ importance: CostImportance })),
});
export type MonthBudget = z.infer<typeof MonthBudget>;

export const NewConcern = z.object({ id: Id, topic: z.string(), category: z.string(), frequency: z.number(), firstSeen: z.string() });
export type NewConcern = z.infer<typeof NewConcern>;

/** A list the card shows the first of, with how many there are in all. */
const listOf = <T extends z.ZodType>(row: T) => z.object({ rows: z.array(row), total: z.number() });

export const Overview = z.object({
  today: z.string(),
  /** Today's pushes (not cancelled), by account, slot and time. */
  pushes: z.array(OverviewItem),
  /** Drafts due today and overdue drafts (选题/撰写中/待审核 past their deadline), oldest first. */
  dueToday: listOf(OverviewItem),
  overdue: listOf(OverviewItem),
  /** Monday to Sunday of today's week. */
  week: z.object({ days: z.array(WeekDay), items: listOf(OverviewItem) }),
  reviews: listOf(ReviewDraft),
  activities: listOf(RunningActivity),
  budget: MonthBudget,
  kpis: Appraisal,
  concerns: listOf(NewConcern),
});
export type Overview = z.infer<typeof Overview>;

export const overviewContract = defineDomain('overview', {
  get: method(
    "工作台: today's pushes and deadlines, this week's plan, drafts waiting for review, running activities, this month's budget used vs planned, KPI progress and new concerns, as of `today` (the caller's local date).",
    z.object({ today: z.string().refine(isIsoDate, 'validation.date') }),
    Overview,
  ),
});
