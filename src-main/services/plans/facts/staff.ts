import { and, between, countDistinct, isNull, sql } from 'drizzle-orm';
import type { PlanStaffMember, StaffFacts } from '../../../../src-docs/plan/sections/staff';
import { WORK_CATEGORIES, type WorkCategory } from '../../../../src-shared/contract/worklog';
import { addDays } from '../../../../src-shared/domain/dates';
import type { PlanPeriod } from '../../../../src-shared/domain/plans/plan-sections';
import { workLogs } from '../../../db/schema';
import type { ServiceContext } from '../../context';
import { createTeamService } from '../../team/team-service';

/** The days of work log before the period that show the team's daily work. */
const STAFF_LOG_DAYS = 30;

/** Each member's logged days and minutes by category in [from, to]. */
function workLog(ctx: ServiceContext, from: string, to: string): Map<string, PlanStaffMember['log']> {
  const live = and(isNull(workLogs.deletedAt), between(workLogs.date, from, to));
  const logs = new Map<string, PlanStaffMember['log']>();
  const days = ctx.db
    .select({ memberId: workLogs.memberId, days: countDistinct(workLogs.date) })
    .from(workLogs)
    .where(live)
    .groupBy(workLogs.memberId)
    .all();
  for (const { memberId, days: n } of days) logs.set(memberId, { days: n, byCategory: [] });
  const sums = ctx.db
    .select({ memberId: workLogs.memberId, category: workLogs.category, minutes: sql<number>`sum(${workLogs.minutes})` })
    .from(workLogs)
    .where(live)
    .groupBy(workLogs.memberId, workLogs.category)
    .all();
  for (const sum of sums) {
    const log = logs.get(sum.memberId)!;
    // A category written by a newer version counts under 其他, never lost from the day's total.
    const category: WorkCategory = (WORK_CATEGORIES as readonly string[]).includes(sum.category) ? (sum.category as WorkCategory) : 'other';
    const known = log.byCategory.find((c) => c.category === category);
    if (known) known.minutes += sum.minutes;
    else log.byCategory.push({ category, minutes: sum.minutes });
  }
  for (const log of logs.values()) log.byCategory.sort((a, b) => b.minutes - a.minutes);
  return logs;
}

/**
 * The team as the plan shows it: every live member, with the work log of the 30 days up to the
 * period's eve or today, whichever is earlier (a plan for next quarter shows the last month's work).
 */
export function gatherStaff(ctx: ServiceContext, period: PlanPeriod, today: string): StaffFacts {
  const end = [addDays(period.start, -1), today].sort()[0]!;
  const logs = workLog(ctx, addDays(end, 1 - STAFF_LOG_DAYS), end);
  return {
    members: createTeamService(ctx)
      .list()
      .map((member) => ({
        name: member.name,
        roles: member.roles,
        duties: member.dailyDuties,
        log: logs.get(member.id) ?? { days: 0, byCategory: [] },
        kpis: member.kpis.map(({ name, target, unit, metric }) => ({ name, target, unit, metric })),
      })),
  };
}
