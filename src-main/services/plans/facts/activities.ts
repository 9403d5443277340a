import { and, inArray, isNull, ne } from 'drizzle-orm';
import type { ActivitiesFacts } from '../../../../src-docs/plan/sections/activities';
import type { Activity } from '../../../../src-shared/contract/activities';
import { addDays, addMonths } from '../../../../src-shared/domain/dates';
import type { PlanPeriod } from '../../../../src-shared/domain/plans/plan-sections';
import { activities, costItems, members } from '../../../db/schema';
import { toActivities } from '../../activities/activity-rows';
import type { ServiceContext } from '../../context';

// Section 3's figures: the activities as the activities screen lists them (its ROI, its budget
// sums), split into the year before the period and the ones planned in it.

/** Names of the members by id, removed ones included (an owner who left is still named). */
function memberNames(ctx: ServiceContext, ids: readonly string[]): Map<string, string> {
  if (ids.length === 0) return new Map();
  const rows = ctx.db
    .select({ id: members.id, name: members.name })
    .from(members)
    .where(inArray(members.id, [...ids]))
    .all();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The departments the live budget lines of each activity name, each once, in the order first named. */
function departmentsOf(ctx: ServiceContext, activityIds: readonly string[]): Map<string, string[]> {
  const byActivity = new Map<string, string[]>();
  if (activityIds.length === 0) return byActivity;
  const rows = ctx.db
    .select({ activityId: costItems.activityId, department: costItems.department })
    .from(costItems)
    .where(and(inArray(costItems.activityId, [...activityIds]), isNull(costItems.deletedAt), ne(costItems.department, '')))
    .orderBy(costItems.date, costItems.createdAt)
    .all();
  for (const { activityId, department } of rows) {
    const list = byActivity.get(activityId!) ?? [];
    if (!list.includes(department.trim())) list.push(department.trim());
    byActivity.set(activityId!, list);
  }
  return byActivity;
}

const PAST_SHOWN = 12;

const byStart = (a: Activity, b: Activity) => (a.startDate || '9999').localeCompare(b.startDate || '9999') || a.name.localeCompare(b.name);

/** The figures of the plan's section "activities" for the period. */
export function gatherActivities(ctx: ServiceContext, period: PlanPeriod): ActivitiesFacts {
  const all = toActivities(ctx, ctx.db.select().from(activities).where(isNull(activities.deletedAt)).all());
  const pastFrom = addMonths(period.start, -12);
  const pastTo = addDays(period.start, -1);
  // Done ones only: a running activity's figures are not its results yet.
  const ended = all.filter((a) => a.status === 'done' && a.endDate !== '' && a.endDate >= pastFrom && a.endDate <= pastTo);
  // The latest PAST_SHOWN: a busy year's fifty activities would be pages of tables; the rest are counted.
  const past = [...ended]
    .sort((a, b) => b.endDate.localeCompare(a.endDate))
    .slice(0, PAST_SHOWN)
    .sort(byStart);
  const planned = all.filter((a) => (a.status === 'planned' || a.status === 'running') && (a.startDate === '' || (a.startDate <= period.end && a.endDate >= period.start))).sort(byStart);
  const owners = memberNames(
    ctx,
    planned.flatMap((a) => (a.ownerId ? [a.ownerId] : [])),
  );
  const departments = departmentsOf(
    ctx,
    planned.map((a) => a.id),
  );
  return {
    pastFrom,
    pastTo,
    pastMore: ended.length - past.length,
    past: past.map((a) => ({
      name: a.name,
      purpose: a.purpose,
      startDate: a.startDate,
      endDate: a.endDate,
      participants: a.participants,
      newFollowers: a.newFollowers,
      unfollows: a.unfollows,
      conversions: a.conversions,
      revenueFen: a.revenueFen,
      figures: a.figures,
      lessons: a.lessons,
    })),
    planned: planned.map((a) => ({
      name: a.name,
      purpose: a.purpose,
      status: a.status,
      phases: a.phases,
      goal: a.goal,
      reachChannels: a.reachChannels,
      owner: a.ownerId ? (owners.get(a.ownerId) ?? '') : '',
      budgetFen: a.figures.budgetFen,
      departments: departments.get(a.id) ?? [],
    })),
  };
}
