import { and, asc, between, eq, gte, inArray, isNull, lte, ne } from 'drizzle-orm';
import { CALENDAR_ITEMS_A_MONTH, type OperationsFacts, type PlanCalendarMonth, type PlanKeyDate } from '../../../../src-docs/plan/sections/operations';
import type { PlanCostLine, PlanDepartmentHelp } from '../../../../src-docs/plan/sections/operations-costs';
import { addDays, addMonths } from '../../../../src-shared/domain/dates';
import type { PlanPeriod } from '../../../../src-shared/domain/plans/plan-sections';
import { accounts, activities, activityPhases, calendarItems, columns, costItems, members } from '../../../db/schema';
import type { ServiceContext } from '../../context';
import { createCalendarLayersService } from '../../calendar/layers';
import { createKeyDatesService } from '../../calendar/key-dates';
import { liveColumnsOf } from '../../columns/columns-service';
import { costConditions, costItemColumns, toCostItem } from '../../costs/cost-rows';
import { createMenusService } from '../../menus/menus-service';

// Section 5's figures: own accounts' columns and menus, the period's calendar, its activities'
// reach channels, the dates to prepare for, and the period's cost lines with the help they need.

function accountPlans(ctx: ServiceContext): OperationsFacts['accounts'] {
  const names = new Map(
    ctx.db
      .select({ id: members.id, name: members.name })
      .from(members)
      .all()
      .map((m) => [m.id, m.name]),
  );
  const menus = createMenusService(ctx);
  return ctx.db
    .select({ id: accounts.id, name: accounts.name, platform: accounts.platform })
    .from(accounts)
    .where(isNull(accounts.deletedAt))
    .orderBy(asc(accounts.createdAt))
    .all()
    .map((account) => ({
      name: account.name,
      platform: account.platform,
      columns: liveColumnsOf(ctx, account.id).map((c) => ({ name: c.name, cadence: c.cadence, purpose: c.purpose, owner: (c.ownerId && names.get(c.ownerId)) || '' })),
      menu: menus.get({ accountId: account.id }).items.map((item) => ({ name: item.name, subItems: item.children.map((sub) => sub.name) })),
    }));
}

/** The period's months, each with its first items by date and slot and how many it has. */
function calendarMonths(ctx: ServiceContext, period: PlanPeriod): PlanCalendarMonth[] {
  const items = ctx.db
    .select({ date: calendarItems.date, account: accounts.name, column: columns.name, title: calendarItems.title, status: calendarItems.status })
    .from(calendarItems)
    .leftJoin(accounts, eq(accounts.id, calendarItems.accountId))
    .leftJoin(columns, eq(columns.id, calendarItems.columnId))
    .where(and(isNull(calendarItems.deletedAt), between(calendarItems.date, period.start, period.end), ne(calendarItems.status, 'cancelled')))
    .orderBy(asc(calendarItems.date), asc(calendarItems.slot), asc(calendarItems.createdAt))
    .all();
  const months: PlanCalendarMonth[] = [];
  for (let first = `${period.start.slice(0, 7)}-01`; first <= period.end; first = addMonths(first, 1)) {
    const ofMonth = items.filter((item) => item.date.startsWith(first.slice(0, 7)));
    months.push({
      month: first.slice(0, 7),
      items: ofMonth.slice(0, CALENDAR_ITEMS_A_MONTH).map((item) => ({ ...item, account: item.account ?? '', column: item.column ?? '' })),
      total: ofMonth.length,
    });
  }
  return months;
}

/** The period's live, not cancelled activities: those with a phase overlapping it. */
export function periodActivities(ctx: ServiceContext, period: PlanPeriod) {
  const phases = ctx.db
    .select({ activityId: activityPhases.activityId, start: activityPhases.startDate })
    .from(activityPhases)
    .where(and(isNull(activityPhases.deletedAt), lte(activityPhases.startDate, period.end), gte(activityPhases.endDate, period.start)))
    .all();
  const ids = [...new Set(phases.map((p) => p.activityId))];
  if (ids.length === 0) return [];
  return ctx.db
    .select({ id: activities.id, name: activities.name, reachChannels: activities.reachChannels })
    .from(activities)
    .where(and(inArray(activities.id, ids), isNull(activities.deletedAt), ne(activities.status, 'cancelled')))
    .all()
    .map((a) => ({ ...a, start: phases.filter((p) => p.activityId === a.id).reduce((first, p) => (p.start < first ? p.start : first), period.end) }));
}

function channelsOf(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? [...new Set(parsed.filter((c): c is string => typeof c === 'string' && c.trim() !== '').map((c) => c.trim()))] : [];
  } catch {
    return [];
  }
}

function promotion(running: ReturnType<typeof periodActivities>): OperationsFacts['promotion'] {
  const counts = new Map<string, number>();
  for (const activity of running) for (const channel of channelsOf(activity.reachChannels)) counts.set(channel, (counts.get(channel) ?? 0) + 1);
  return [...counts].map(([channel, n]) => ({ channel, activities: n })).sort((a, b) => b.activities - a.activities || a.channel.localeCompare(b.channel, 'zh-CN'));
}

/** Holidays, solar terms, lunar festivals, marketing days and the workspace's own dates; a run of days with one name is one entry. */
function keyDates(ctx: ServiceContext, period: PlanPeriod): PlanKeyDate[] {
  const days: PlanKeyDate[] = [];
  for (const day of createCalendarLayersService(ctx).list({ from: period.start, to: period.end }).days) {
    if (day.kind === 'workday') continue;
    const previous = days.findLast((d) => d.kind === day.kind && d.name === day.name);
    if (previous && addDays(previous.end, 1) === day.date) previous.end = day.date;
    else days.push({ start: day.date, end: day.date, kind: day.kind, name: day.name, nameEn: day.nameEn });
  }
  for (const own of createKeyDatesService(ctx).listKeyDates({ from: period.start, to: period.end })) days.push({ start: own.date, end: own.date, kind: 'keyDate', name: own.name, nameEn: own.name });
  return days.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

function costLines(ctx: ServiceContext, period: PlanPeriod): PlanCostLine[] {
  return ctx.db
    .select(costItemColumns)
    .from(costItems)
    .leftJoin(activities, eq(activities.id, costItems.activityId))
    .where(costConditions({ from: period.start, to: period.end }))
    .orderBy(asc(costItems.date), asc(costItems.createdAt))
    .all()
    .map(toCostItem)
    .map((item) => ({
      category: item.category,
      name: item.name,
      activity: item.activityName,
      unitFen: item.unitFen,
      quantity: item.quantity,
      amountFen: item.amountFen,
      important: item.importance === 'important',
      department: item.department.trim(),
    }));
}

/** Per department named on a line: what for (the activity, else the line) and the lines' amount. */
function departmentHelp(lines: readonly PlanCostLine[]): PlanDepartmentHelp[] {
  const help = new Map<string, PlanDepartmentHelp>();
  for (const line of lines) {
    if (!line.department) continue;
    const need = help.get(line.department) ?? { department: line.department, purposes: [], amountFen: 0 };
    const purpose = line.activity || line.name;
    if (!need.purposes.includes(purpose)) need.purposes.push(purpose);
    need.amountFen += line.amountFen;
    help.set(line.department, need);
  }
  return [...help.values()];
}

/** The figures of the plan's section "operations" for the period. */
export function gatherOperations(ctx: ServiceContext, period: PlanPeriod): OperationsFacts {
  const running = periodActivities(ctx, period);
  const costs = costLines(ctx, period);
  return {
    accounts: accountPlans(ctx),
    calendar: calendarMonths(ctx, period),
    promotion: promotion(running),
    activities: running.length,
    keyDates: keyDates(ctx, period),
    costs,
    help: departmentHelp(costs),
  };
}
