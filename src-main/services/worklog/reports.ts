import { and, between, eq, isNull, sql } from 'drizzle-orm';
import { WORK_CATEGORIES, type Timesheet, type WorkCategory, type WorkStats } from '../../../src-shared/contract/worklog';
import { addDays } from '../../../src-shared/domain/dates';
import { timeCostFen } from '../../../src-shared/domain/money/money';
import { mondayOf, weekDays } from '../../../src-shared/domain/worklog/week';
import { members, workLogs } from '../../db/schema';
import type { ServiceContext } from '../context';

// The week's timesheet and the time by category and person: sums in SQL over live entries of
// live members. Cost = minutes × hourly cost / 60, rounded once per member (and per category),
// so totals are exact fen.

const live = and(isNull(workLogs.deletedAt), isNull(members.deletedAt));

export function timesheet(ctx: ServiceContext, { weekStart, memberId }: { weekStart: string; memberId?: string }): Timesheet {
  const monday = mondayOf(weekStart);
  const days = weekDays(monday);
  const sums = ctx.db
    .select({ memberId: workLogs.memberId, name: members.name, date: workLogs.date, minutes: sql<number>`sum(${workLogs.minutes})` })
    .from(workLogs)
    .innerJoin(members, eq(members.id, workLogs.memberId))
    .where(and(live, between(workLogs.date, monday, addDays(monday, 6)), memberId ? eq(workLogs.memberId, memberId) : undefined))
    .groupBy(workLogs.memberId, workLogs.date)
    .all();
  const rows = new Map<string, Timesheet['rows'][number]>();
  if (memberId) {
    const member = ctx.db
      .select({ name: members.name })
      .from(members)
      .where(and(eq(members.id, memberId), isNull(members.deletedAt)))
      .get();
    if (member) rows.set(memberId, { memberId, name: member.name, minutes: days.map(() => 0), total: 0 });
  }
  for (const sum of sums) {
    const row = rows.get(sum.memberId) ?? { memberId: sum.memberId, name: sum.name, minutes: days.map(() => 0), total: 0 };
    row.minutes[days.indexOf(sum.date)]! += sum.minutes;
    row.total += sum.minutes;
    rows.set(sum.memberId, row);
  }
  const sorted = [...rows.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  const dayTotals = days.map((_, i) => sorted.reduce((total, row) => total + row.minutes[i]!, 0));
  return { weekStart: monday, days, rows: sorted, dayTotals, total: dayTotals.reduce((a, b) => a + b, 0) };
}

export function stats(ctx: ServiceContext, { from, to }: { from: string; to: string }): WorkStats {
  const sums = ctx.db
    .select({ memberId: workLogs.memberId, name: members.name, hourlyCostFen: members.hourlyCostFen, category: workLogs.category, minutes: sql<number>`sum(${workLogs.minutes})` })
    .from(workLogs)
    .innerJoin(members, eq(members.id, workLogs.memberId))
    .where(and(live, between(workLogs.date, from, to)))
    .groupBy(workLogs.memberId, workLogs.category)
    .all();
  const byMember = new Map<string, WorkStats['byMember'][number]>();
  const byCategory = new Map<WorkCategory, WorkStats['byCategory'][number]>();
  for (const sum of sums) {
    const member = byMember.get(sum.memberId) ?? { memberId: sum.memberId, name: sum.name, minutes: 0, hourlyCostFen: sum.hourlyCostFen, costFen: 0 };
    member.minutes += sum.minutes;
    byMember.set(sum.memberId, member);
    const category = (WORK_CATEGORIES as readonly string[]).includes(sum.category) ? (sum.category as WorkCategory) : 'other';
    const entry = byCategory.get(category) ?? { category, minutes: 0, costFen: 0 };
    entry.minutes += sum.minutes;
    entry.costFen += timeCostFen(sum.minutes, sum.hourlyCostFen);
    byCategory.set(category, entry);
  }
  for (const member of byMember.values()) member.costFen = timeCostFen(member.minutes, member.hourlyCostFen);
  const people = [...byMember.values()].sort((a, b) => b.minutes - a.minutes);
  return {
    totalMinutes: people.reduce((total, m) => total + m.minutes, 0),
    costFen: people.reduce((total, m) => total + m.costFen, 0),
    byCategory: WORK_CATEGORIES.map((c) => byCategory.get(c)).filter((c) => c !== undefined),
    byMember: people,
  };
}
