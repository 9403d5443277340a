import { z } from 'zod';
import { isIsoDate } from '../domain/dates';
import { Id, IdInput, Ok, optionalText, requiredText, RowMeta } from './common';
import { defineDomain, method } from './define';
import { NonNegativeFen } from './money';

// Activities (活动): campaigns with phases, accounts, budget lines (the costs domain's items with
// this activity's id), results and a computed ROI (docs/ARCHITECTURE.md, issue 12).

const IsoDate = z.string().refine(isIsoDate, 'validation.date');
const Count = z.number('validation.number').int('validation.integer').min(0, 'validation.nonNegative').max(1_000_000_000, 'validation.tooLarge');

export const ACTIVITY_PURPOSES = ['fission', 'retention', 'engagement', 'conversion'] as const;
export const ActivityPurpose = z.enum(ACTIVITY_PURPOSES);
export type ActivityPurpose = z.infer<typeof ActivityPurpose>;

/** The mechanics offered in the form (the field also takes the operator's own words). */
export const ACTIVITY_MECHANICS = ['bargain', 'group_buy', 'lottery', 'distribution', 'check_in', 'points', 'red_packet', 'flash_sale', 'trial', 'live', 'offline', 'moments'] as const;

export const ACTIVITY_STATUSES = ['planned', 'running', 'done', 'cancelled'] as const;
export const ActivityStatus = z.enum(ACTIVITY_STATUSES);
export type ActivityStatus = z.infer<typeof ActivityStatus>;

/** 预热 / 正式 / 收尾. */
export const ACTIVITY_PHASES = ['warmup', 'main', 'wrapup'] as const;
export const ActivityPhaseName = z.enum(ACTIVITY_PHASES);
export type ActivityPhaseName = z.infer<typeof ActivityPhaseName>;

export const PhaseInput = z
  .object({ phase: ActivityPhaseName, startDate: IsoDate, endDate: IsoDate, notes: optionalText(500, { multiline: true }) })
  .refine((p) => p.endDate >= p.startDate, { message: 'validation.activities.phaseOrder', path: ['endDate'] });
export type PhaseInput = z.input<typeof PhaseInput>;
export const Phase = z.object({ phase: ActivityPhaseName, startDate: z.string(), endDate: z.string(), notes: z.string() });
export type Phase = z.infer<typeof Phase>;

const activityFields = {
  name: requiredText(40),
  purpose: ActivityPurpose,
  /** A key of ACTIVITY_MECHANICS or the operator's own words. */
  mechanic: optionalText(30),
  status: ActivityStatus.optional(),
  goal: optionalText(500, { multiline: true }),
  plan: optionalText(2000, { multiline: true }),
  reachChannels: z.array(requiredText(20)).max(20, 'validation.tooMany').optional(),
  ownerId: Id.nullable().optional(),
  accountIds: z.array(Id).max(50, 'validation.tooMany').optional(),
  /** At most one of each phase; the service refuses two of a kind (validation.activities.phaseTwice). */
  phases: z.array(PhaseInput).max(3, 'validation.tooMany').optional(),
  participants: Count.optional(),
  newFollowers: Count.optional(),
  unfollows: Count.optional(),
  unfollowDays: z.number('validation.number').int('validation.integer').min(1, 'validation.activities.unfollowDays').max(365, 'validation.activities.unfollowDays').optional(),
  conversions: Count.optional(),
  revenueFen: NonNegativeFen.optional(),
  valuePerFollowerFen: NonNegativeFen.optional(),
  lessons: optionalText(5000, { multiline: true }),
  /** Library asset ids. */
  images: z.array(Id).max(30, 'validation.tooMany').optional(),
};
export const ActivityInput = z.object(activityFields);
export type ActivityInput = z.input<typeof ActivityInput>;

/** What the data says about an activity: its cost (lines + people's time), value and ROI. */
export const ActivityFigures = z.object({
  /** Σ of its cost lines (planned and paid). */
  budgetFen: z.number(),
  paidFen: z.number(),
  /** Logged minutes linked to it and what they cost at each member's hourly cost. */
  minutes: z.number(),
  peopleFen: z.number(),
  /** budget + people. */
  costFen: z.number(),
  /** Revenue, or new followers × value per follower when there is no revenue. */
  valueFen: z.number(),
  valueSource: z.enum(['revenue', 'followers', 'none']),
  /** (value − cost) / cost; null when the cost is 0. */
  roi: z.number().nullable(),
  costPerFollowerFen: z.number().nullable(),
  /** (new followers − unfollows) / new followers; null without new followers. */
  retention: z.number().nullable(),
});
export type ActivityFigures = z.infer<typeof ActivityFigures>;

export const Activity = RowMeta.extend({
  ...activityFields,
  mechanic: z.string(),
  status: ActivityStatus,
  goal: z.string(),
  plan: z.string(),
  reachChannels: z.array(z.string()),
  ownerId: Id.nullable(),
  accountIds: z.array(Id),
  phases: z.array(Phase),
  participants: z.number(),
  newFollowers: z.number(),
  unfollows: z.number(),
  unfollowDays: z.number(),
  conversions: z.number(),
  revenueFen: z.number(),
  valuePerFollowerFen: z.number(),
  lessons: z.string(),
  images: z.array(Id),
  /** First and last day over its phases ('' without phases). */
  startDate: z.string(),
  endDate: z.string(),
  figures: ActivityFigures,
});
export type Activity = z.infer<typeof Activity>;

export const ActivityFilter = z.object({
  status: ActivityStatus.optional(),
  /** Activities with a phase overlapping [from, to]. */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});

/** One phase as a span on the calendar. */
export const ActivitySpan = z.object({ activityId: Id, name: z.string(), status: ActivityStatus, phase: ActivityPhaseName, startDate: z.string(), endDate: z.string(), accountIds: z.array(Id) });
export type ActivitySpan = z.infer<typeof ActivitySpan>;

/** A row of the monthly implementation table (实施表). */
export const ImplementationRow = z.object({
  activityId: Id,
  name: z.string(),
  purpose: ActivityPurpose,
  mechanic: z.string(),
  goal: z.string(),
  plan: z.string(),
  reachChannels: z.array(z.string()),
  phases: z.array(Phase),
  budgetFen: z.number(),
});
export type ImplementationRow = z.infer<typeof ImplementationRow>;

export const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.month');

export const activitiesContract = defineDomain('activities', {
  list: method('Lists activities (with their figures), newest start first.', ActivityFilter, z.array(Activity)),
  get: method('One activity with its figures.', IdInput, Activity),
  create: method('Adds an activity with its phases and accounts.', ActivityInput, Activity),
  update: method('Updates an activity; phases and accounts given replace the old ones.', z.object({ id: Id, patch: ActivityInput.partial() }), Activity),
  remove: method('Deletes an activity with its phases, account links and cost lines (restore undoes it).', IdInput, Ok),
  restore: method('Undoes a remove: the activity and what was deleted with it.', IdInput, Activity),
  spans: method('The phases overlapping [from, to], as spans for the calendar.', z.object({ from: IsoDate, to: IsoDate }), z.array(ActivitySpan)),
  implementation: method('The monthly implementation table: activities with a phase in the month, their goal, plan, channels and phase dates.', z.object({ month: Month }), z.array(ImplementationRow)),
});
