import { and, asc, eq, isNull, sql, type Column } from 'drizzle-orm';
import type { Activity, ActivityFigures, Phase } from '../../../src-shared/contract/activities';
import { ACTIVITY_PHASES } from '../../../src-shared/contract/activities';
import { activityFigures, peopleCostFen } from '../../../src-shared/domain/activities/roi';
import { accounts, activities, activityAccounts, activityPhases } from '../../db/schema';
import type { ServiceContext } from '../context';

// Reading activities: rows with their live phases, accounts and figures, in a fixed number of
// queries however many activities are read (never one query per activity).

export type ActivityRow = typeof activities.$inferSelect;

/** A JSON array of strings as stored; a damaged value reads as empty rather than failing the list. */
export function stringArray(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** `column IN (ids)` as one bound JSON parameter: no limit on how many ids. */
const inIds = (column: Column, ids: readonly string[]) => sql`${column} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;

const phaseOrder = (p: { phase: string }) => ACTIVITY_PHASES.indexOf(p.phase as Phase['phase']);

/** The live phases of the activities, 预热 → 正式 → 收尾 each. */
export function phasesOf(ctx: ServiceContext, activityIds: readonly string[]): Map<string, Phase[]> {
  const byActivity = new Map<string, Phase[]>();
  if (activityIds.length === 0) return byActivity;
  const rows = ctx.db
    .select()
    .from(activityPhases)
    .where(and(inIds(activityPhases.activityId, activityIds), isNull(activityPhases.deletedAt)))
    .all();
  for (const row of rows.sort((a, b) => phaseOrder(a) - phaseOrder(b))) {
    const list = byActivity.get(row.activityId) ?? [];
    list.push({ phase: row.phase as Phase['phase'], startDate: row.startDate, endDate: row.endDate, notes: row.notes });
    byActivity.set(row.activityId, list);
  }
  return byActivity;
}

/** The live accounts linked to the activities (a deleted account is hidden until it is restored). */
export function accountIdsOf(ctx: ServiceContext, activityIds: readonly string[]): Map<string, string[]> {
  const byActivity = new Map<string, string[]>();
  if (activityIds.length === 0) return byActivity;
  const rows = ctx.db
    .select({ activityId: activityAccounts.activityId, accountId: activityAccounts.accountId })
    .from(activityAccounts)
    .innerJoin(accounts, and(eq(accounts.id, activityAccounts.accountId), isNull(accounts.deletedAt)))
    .where(and(inIds(activityAccounts.activityId, activityIds), isNull(activityAccounts.deletedAt)))
    .orderBy(asc(accounts.createdAt), asc(accounts.id))
    .all();
  for (const row of rows) byActivity.set(row.activityId, [...(byActivity.get(row.activityId) ?? []), row.accountId]);
  return byActivity;
}

interface Sums {
  budgetFen: number;
  paidFen: number;
  minutes: number;
  minuteFen: number;
}

/**
 * Σ unit × quantity of the live cost lines (and the paid part) and Σ logged minutes linked to
 * each activity with Σ minutes × the member's hourly cost, exact integers from SQLite.
 */
export function figureSums(ctx: ServiceContext, activityIds: readonly string[]): Map<string, Sums> {
  const sums = new Map<string, Sums>();
  if (activityIds.length === 0) return sums;
  const ids = JSON.stringify(activityIds);
  const entry = (id: string) => {
    let s = sums.get(id);
    if (!s) sums.set(id, (s = { budgetFen: 0, paidFen: 0, minutes: 0, minuteFen: 0 }));
    return s;
  };
  const costs = ctx.sqlite
    .prepare(
      `SELECT activity_id AS id, SUM(unit_fen * quantity) AS budget, SUM(CASE WHEN paid THEN unit_fen * quantity ELSE 0 END) AS paid
       FROM cost_items WHERE deleted_at IS NULL AND activity_id IN (SELECT value FROM json_each(?)) GROUP BY activity_id`,
    )
    .all(ids) as Array<{ id: string; budget: number; paid: number }>;
  for (const row of costs) Object.assign(entry(row.id), { budgetFen: row.budget, paidFen: row.paid });
  // A member removed from the team later still cost what they logged: the join keeps them.
  const time = ctx.sqlite
    .prepare(
      `SELECT w.link_id AS id, SUM(w.minutes) AS minutes, SUM(w.minutes * COALESCE(m.hourly_cost_fen, 0)) AS minuteFen
       FROM work_logs w LEFT JOIN members m ON m.id = w.member_id
       WHERE w.deleted_at IS NULL AND w.link_kind = 'activity' AND w.link_id IN (SELECT value FROM json_each(?)) GROUP BY w.link_id`,
    )
    .all(ids) as Array<{ id: string; minutes: number; minuteFen: number }>;
  for (const row of time) Object.assign(entry(row.id), { minutes: row.minutes, minuteFen: row.minuteFen });
  return sums;
}

export function figuresOf(row: ActivityRow, sums: Sums | undefined): ActivityFigures {
  return activityFigures({
    budgetFen: sums?.budgetFen ?? 0,
    paidFen: sums?.paidFen ?? 0,
    minutes: sums?.minutes ?? 0,
    peopleFen: peopleCostFen(sums?.minuteFen ?? 0),
    revenueFen: row.revenueFen,
    newFollowers: row.newFollowers,
    valuePerFollowerFen: row.valuePerFollowerFen,
    unfollows: row.unfollows,
  });
}

/** First and last day over the phases ('' without phases). */
export function spanOf(phases: readonly Phase[]): { startDate: string; endDate: string } {
  if (phases.length === 0) return { startDate: '', endDate: '' };
  return {
    startDate: phases.reduce((min, p) => (p.startDate < min ? p.startDate : min), phases[0]!.startDate),
    endDate: phases.reduce((max, p) => (p.endDate > max ? p.endDate : max), phases[0]!.endDate),
  };
}

/** The activities as the contract shows them, in the order given. */
export function toActivities(ctx: ServiceContext, rows: readonly ActivityRow[]): Activity[] {
  const ids = rows.map((r) => r.id);
  const phases = phasesOf(ctx, ids);
  const accountIds = accountIdsOf(ctx, ids);
  const sums = figureSums(ctx, ids);
  return rows.map((row) => {
    const own = phases.get(row.id) ?? [];
    return {
      id: row.id,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      name: row.name,
      purpose: row.purpose as Activity['purpose'],
      mechanic: row.mechanic,
      status: row.status as Activity['status'],
      goal: row.goal,
      plan: row.plan,
      reachChannels: stringArray(row.reachChannels),
      ownerId: row.ownerId,
      accountIds: accountIds.get(row.id) ?? [],
      phases: own,
      participants: row.participants,
      newFollowers: row.newFollowers,
      unfollows: row.unfollows,
      unfollowDays: row.unfollowDays,
      conversions: row.conversions,
      revenueFen: row.revenueFen,
      valuePerFollowerFen: row.valuePerFollowerFen,
      lessons: row.lessons,
      images: stringArray(row.images),
      ...spanOf(own),
      figures: figuresOf(row, sums.get(row.id)),
    };
  });
}
