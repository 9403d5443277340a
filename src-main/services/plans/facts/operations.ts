import { and, asc, desc, gte, inArray, isNull, lte, ne } from 'drizzle-orm';
import { CALENDAR_ITEMS_A_MONTH, type OperationsFacts, type PlanCalendarMonth, type PlanKeyDate } from '../../../../src-docs/plan/sections/operations';
import { COST_LINES_A_CATEGORY, type PlanCosts, type PlanDepartmentHelp } from '../../../../src-docs/plan/sections/operations-costs';
import { COST_CATEGORIES, type CostCategory } from '../../../../src-shared/contract/costs';
import { lineFen } from '../../../../src-shared/domain/money/money';
import { addDays, addMonths } from '../../../../src-shared/domain/dates';
import type { PlanPeriod } from '../../../../src-shared/domain/plans/plan-sections';
import { accounts, activities, activityPhases, members, menuItems } from '../../../db/schema';
import type { ServiceContext } from '../../context';
import { createCalendarLayersService } from '../../calendar/layers';
import { createKeyDatesService } from '../../calendar/key-dates';
import { liveColumnsOf } from '../../columns/columns-service';
import { costTotals } from '../../costs/cost-totals';

// Section 5's figures: own accounts' columns and menus, the period's calendar, its activities'
// reach channels, the dates to prepare for, and the period's cost lines with the help they need.

/** Every own account with its columns and custom menu, in three queries whatever the number of accounts. */
/** The accounts whose columns and menu the plan spells out, the largest first; a group's fifty would be pages. */
const ACCOUNTS_SHOWN = 10;

function accountPlans(ctx: ServiceContext): Pick<OperationsFacts, 'accounts' | 'accountsMore'> {
  const names = new Map(
    ctx.db
      .select({ id: members.id, name: members.name })
      .from(members)
      .all()
      .map((m) => [m.id, m.name]),
  );
  const allColumns = liveColumnsOf(ctx);
  const menu = ctx.db
    .select({ id: menuItems.id, accountId: menuItems.accountId, parentId: menuItems.parentId, name: menuItems.name })
    .from(menuItems)
    .where(isNull(menuItems.deletedAt))
    .orderBy(asc(menuItems.position))
    .all();
  const live = ctx.db.select({ id: accounts.id, name: accounts.name, platform: accounts.platform }).from(accounts).where(isNull(accounts.deletedAt)).orderBy(desc(accounts.followers), asc(accounts.createdAt)).all();
  const shown = live.slice(0, ACCOUNTS_SHOWN).map((account) => ({
    name: account.name,
    platform: account.platform,
    columns: allColumns.filter((c) => c.accountId === account.id).map((c) => ({ name: c.name, cadence: c.cadence, purpose: c.purpose, owner: (c.ownerId && names.get(c.ownerId)) || '' })),
    menu: menu.filter((item) => item.accountId === account.id && item.parentId === null).map((top) => ({ name: top.name, subItems: menu.filter((sub) => sub.parentId === top.id).map((sub) => sub.name) })),
  }));
  return { accounts: shown, accountsMore: live.length - shown.length };
}

/** The period's months, each with its first items by date and slot and how many it has (one windowed query); a deleted account hides its items, as on the calendar. */
function calendarMonths(ctx: ServiceContext, period: PlanPeriod): PlanCalendarMonth[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT month, date, account, "column", title, status, total FROM (
         SELECT substr(i.date, 1, 7) AS month, i.date, coalesce(acc.name, '') AS account, coalesce(col.name, '') AS "column", i.title, i.status,
           ROW_NUMBER() OVER (PARTITION BY substr(i.date, 1, 7) ORDER BY i.date, i.slot, i.created_at) AS rank,
           COUNT(*) OVER (PARTITION BY substr(i.date, 1, 7)) AS total
         FROM calendar_items i JOIN accounts acc ON acc.id = i.account_id AND acc.deleted_at IS NULL
           LEFT JOIN columns col ON col.id = i.column_id AND col.deleted_at IS NULL
         WHERE i.deleted_at IS NULL AND i.date BETWEEN ? AND ? AND i.status <> 'cancelled')
       WHERE rank <= ? ORDER BY rank`,
    )
    .all(period.start, period.end, CALENDAR_ITEMS_A_MONTH) as Array<PlanCalendarMonth['items'][number] & { month: string; total: number }>;
  const months: PlanCalendarMonth[] = [];
  for (let first = `${period.start.slice(0, 7)}-01`; first <= period.end; first = addMonths(first, 1)) {
    const ofMonth = rows.filter((row) => row.month === first.slice(0, 7));
    months.push({ month: first.slice(0, 7), items: ofMonth.map(({ date, account, column, title, status }) => ({ date, account, column, title, status })), total: ofMonth[0]?.total ?? 0 });
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
    .select({ id: activities.id, name: activities.name, status: activities.status, reachChannels: activities.reachChannels })
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

/** A category as the totals count it: one written by a newer version counts under 其他. */
const CATEGORY_SQL = `CASE WHEN c.category IN (${COST_CATEGORIES.map((c) => `'${c}'`).join(', ')}) THEN c.category ELSE 'other' END`;

interface CostLineRow {
  category: CostCategory;
  name: string;
  activity: string | null;
  unitFen: number;
  quantity: number;
  important: number;
}

/** The period's cost list: each category's first lines (important and largest first) in one windowed query, totals by SQL SUM. */
function costList(ctx: ServiceContext, period: PlanPeriod): PlanCosts {
  const lines = ctx.sqlite
    .prepare(
      `SELECT category, name, activity, unitFen, quantity, important FROM (
         SELECT ${CATEGORY_SQL} AS category, c.name, a.name AS activity, c.unit_fen AS unitFen, c.quantity, c.importance = 'important' AS important, c.date, c.created_at,
           ROW_NUMBER() OVER (PARTITION BY ${CATEGORY_SQL} ORDER BY c.importance = 'important' DESC, abs(c.unit_fen * c.quantity) DESC, c.date, c.id) AS rank
         FROM cost_items c LEFT JOIN activities a ON a.id = c.activity_id
         WHERE c.deleted_at IS NULL AND c.date BETWEEN ? AND ?)
       WHERE rank <= ? ORDER BY date, created_at`,
    )
    .all(period.start, period.end, COST_LINES_A_CATEGORY) as CostLineRow[];
  const totals = costTotals(ctx, { from: period.start, to: period.end });
  const important = totals.byImportance.find((i) => i.importance === 'important');
  return {
    categories: totals.byCategory.map(({ category, count, totalFen }) => ({
      category,
      count,
      totalFen,
      lines: lines
        .filter((line) => line.category === category)
        .map((line) => ({ category, name: line.name, activity: line.activity ?? '', unitFen: line.unitFen, quantity: line.quantity, amountFen: lineFen(line.unitFen, line.quantity), important: line.important === 1 })),
    })),
    count: totals.count,
    totalFen: totals.totalFen,
    importantCount: important?.count ?? 0,
    importantFen: important?.totalFen ?? 0,
  };
}

/** How many purposes a department's row names before "另有 N 项". */
const PURPOSES_LISTED = 5;

/** Per department named on a line: what for (the activity, else the line; largest first) and the lines' amount. */
function departmentHelp(ctx: ServiceContext, period: PlanPeriod): PlanDepartmentHelp[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT trim(c.department) AS department, coalesce(nullif(a.name, ''), c.name) AS forWhat, SUM(c.unit_fen * c.quantity) AS fen
       FROM cost_items c LEFT JOIN activities a ON a.id = c.activity_id
       WHERE c.deleted_at IS NULL AND c.date BETWEEN ? AND ? AND trim(c.department) <> ''
       -- by the expression, not the alias: activities has a column named purpose
       GROUP BY trim(c.department), coalesce(nullif(a.name, ''), c.name) ORDER BY fen DESC, forWhat`,
    )
    .all(period.start, period.end) as { department: string; forWhat: string; fen: number }[];
  const help = new Map<string, PlanDepartmentHelp>();
  for (const { department, forWhat, fen } of rows) {
    const need = help.get(department) ?? { department, purposes: [], morePurposes: 0, amountFen: 0 };
    if (need.purposes.length < PURPOSES_LISTED) need.purposes.push(forWhat);
    else need.morePurposes++;
    need.amountFen += fen;
    help.set(department, need);
  }
  return [...help.values()];
}

/** The figures of the plan's section "operations" for the period. */
export function gatherOperations(ctx: ServiceContext, period: PlanPeriod): OperationsFacts {
  const running = periodActivities(ctx, period);
  return {
    ...accountPlans(ctx),
    calendar: calendarMonths(ctx, period),
    promotion: promotion(running),
    activities: running.length,
    keyDates: keyDates(ctx, period),
    costs: costList(ctx, period),
    help: departmentHelp(ctx, period),
  };
}
