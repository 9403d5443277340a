import { and, asc, eq, gte, isNull, lte } from 'drizzle-orm';
import type { ActivitySpan, ImplementationRow } from '../../../src-shared/contract/activities';
import { monthEnd } from '../../../src-shared/domain/dates';
import { activities, activityPhases } from '../../db/schema';
import type { ServiceContext } from '../context';
import { accountIdsOf, figureSums, phasesOf, stringArray, type ActivityRow } from './activity-rows';

// Activities in time: their phases as the calendar's spans, and the monthly implementation table
// (实施表). A phase overlaps [from, to] when it starts by `to` and ends on or after `from`.

function overlapping(ctx: ServiceContext, from: string, to: string) {
  return ctx.db
    .select({ phase: activityPhases, activity: activities })
    .from(activityPhases)
    .innerJoin(activities, and(eq(activities.id, activityPhases.activityId), isNull(activities.deletedAt)))
    .where(and(isNull(activityPhases.deletedAt), lte(activityPhases.startDate, to), gte(activityPhases.endDate, from)))
    .orderBy(asc(activityPhases.startDate), asc(activities.createdAt), asc(activityPhases.id))
    .all();
}

/** The ids of live activities with a phase overlapping [from, to]. */
export function activityIdsOverlapping(ctx: ServiceContext, from: string, to: string): Set<string> {
  return new Set(overlapping(ctx, from, to).map((r) => r.activity.id));
}

export function spans(ctx: ServiceContext, { from, to }: { from: string; to: string }): ActivitySpan[] {
  const rows = overlapping(ctx, from, to);
  const accountIds = accountIdsOf(ctx, [...new Set(rows.map((r) => r.activity.id))]);
  return rows.map(({ phase, activity }) => ({
    activityId: activity.id,
    name: activity.name,
    status: activity.status as ActivitySpan['status'],
    phase: phase.phase as ActivitySpan['phase'],
    startDate: phase.startDate,
    endDate: phase.endDate,
    accountIds: accountIds.get(activity.id) ?? [],
  }));
}

/** Activities with a phase in the month, first to start first, with every phase (also those outside the month). */
export function implementation(ctx: ServiceContext, { month }: { month: string }): ImplementationRow[] {
  const start = `${month}-01`;
  const end = monthEnd(start);
  const byId = new Map<string, ActivityRow>();
  for (const { activity } of overlapping(ctx, start, end)) byId.set(activity.id, activity);
  const ids = [...byId.keys()];
  const phases = phasesOf(ctx, ids);
  const sums = figureSums(ctx, ids);
  return [...byId.values()].map((row) => ({
    activityId: row.id,
    name: row.name,
    purpose: row.purpose as ImplementationRow['purpose'],
    mechanic: row.mechanic,
    goal: row.goal,
    plan: row.plan,
    reachChannels: stringArray(row.reachChannels),
    phases: phases.get(row.id) ?? [],
    budgetFen: sums.get(row.id)?.budgetFen ?? 0,
  }));
}
