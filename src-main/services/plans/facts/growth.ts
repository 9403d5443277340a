import { and, eq, isNull } from 'drizzle-orm';
import type { GrowthFacts } from '../../../../src-docs/plan/sections/growth';
import type { ForecastAssumptions } from '../../../../src-shared/contract/plans';
import { addMonths, monthStart } from '../../../../src-shared/domain/dates';
import { forecastFollowers, type FollowerMonth } from '../../../../src-shared/domain/plans/forecast';
import type { PlanPeriod } from '../../../../src-shared/domain/plans/plan-sections';
import { accounts, activities } from '../../../db/schema';
import type { ServiceContext } from '../../context';
import { periodActivities } from './operations';

/** How far back the history is read: the forecast uses its last six months, the chart its last four quarters. */
const HISTORY_READ_MONTHS = 12;

/** Each own account's followers at month ends in [from, to): a monthly snapshot's, else the month's last 累积关注人数. */
function monthEnds(ctx: ServiceContext, from: string, to: string): Map<string, Map<string, number>> {
  const days = ctx.sqlite
    .prepare(
      `SELECT account_id AS accountId, substr(date, 1, 7) AS month, cumulative AS followers, MAX(date) AS day FROM follower_days
       WHERE cumulative IS NOT NULL AND deleted_at IS NULL AND date >= ? AND date < ? GROUP BY account_id, month`,
    )
    .all(from, to) as Row[];
  const snapshots = ctx.sqlite
    .prepare(
      `SELECT account_id AS accountId, substr(period_start, 1, 7) AS month, followers FROM metric_snapshots
       WHERE period = 'month' AND followers IS NOT NULL AND deleted_at IS NULL AND period_start >= ? AND period_start < ?`,
    )
    .all(from, to) as Row[];
  const byAccount = new Map<string, Map<string, number>>();
  // Snapshots last, so they win: the benchmarks show entered followers before the daily export's.
  for (const row of [...days, ...snapshots]) byAccount.set(row.accountId, (byAccount.get(row.accountId) ?? new Map<string, number>()).set(row.month, row.followers));
  return byAccount;
}

interface Row {
  accountId: string;
  month: string;
  followers: number;
}

/**
 * Own accounts' followers together at each month's end before the period, from what was entered or
 * imported (monthly snapshots, 公众号后台's 累积关注人数). An account carries its last figure
 * forward; one never measured counts its registered 粉丝数 throughout; months before every measured
 * account has a figure are left out, so an account's first import is not taken for growth.
 */
function followerHistory(ctx: ServiceContext, period: PlanPeriod, today: string): FollowerMonth[] {
  const own = ctx.db.select({ id: accounts.id, followers: accounts.followers }).from(accounts).where(isNull(accounts.deletedAt)).all();
  const first = addMonths(period.start, -HISTORY_READ_MONTHS);
  // Complete months only: the month of today has a few days of figures, not a month's growth.
  const before = [period.start.slice(0, 7), today.slice(0, 7)].sort()[0]!;
  const months = Array.from({ length: HISTORY_READ_MONTHS }, (_, i) => addMonths(first, i).slice(0, 7)).filter((m) => m < before);
  const known = monthEnds(ctx, first, monthStart(period.start));
  const measured = own.filter((account) => known.has(account.id)).map((account) => known.get(account.id)!);
  if (measured.length === 0) return [];
  const from = Math.max(...measured.map((figures) => months.findIndex((m) => figures.has(m))));
  const to = Math.max(...measured.map((figures) => months.findLastIndex((m) => figures.has(m))));
  const carried = own.map((account) => {
    const figures = known.get(account.id);
    let last = 0;
    return months.map((m) => (figures ? (last = figures.get(m) ?? last) : account.followers));
  });
  return months.slice(from, to + 1).map((month, i) => ({ month, followers: carried.reduce((sum, values) => sum + values[from + i]!, 0) }));
}

/** The accounts register's 粉丝数 together; null when none is entered. */
function registeredFollowers(ctx: ServiceContext): number | null {
  const rows = ctx.db.select({ followers: accounts.followers }).from(accounts).where(isNull(accounts.deletedAt)).all();
  const total = rows.reduce((sum, r) => sum + r.followers, 0);
  return total > 0 ? total : null;
}

/** The figures of the plan's section "growth": the forecast from the history and the plan's assumptions. */
export function gatherGrowth(ctx: ServiceContext, period: PlanPeriod, assumptions: ForecastAssumptions, today: string): GrowthFacts {
  const history = followerHistory(ctx, period, today);
  const pastActivities = ctx.db
    .select({ newFollowers: activities.newFollowers, unfollows: activities.unfollows, valuePerFollowerFen: activities.valuePerFollowerFen })
    .from(activities)
    .where(and(isNull(activities.deletedAt), eq(activities.status, 'done')))
    .all();
  // Planned and running ones, as section 3 lists them: a done activity's followers are in the history already.
  const plannedActivityStarts = periodActivities(ctx, period)
    .filter((a) => a.status !== 'done')
    .map((a) => (a.start < period.start ? period.start : a.start));
  return { history, forecast: forecastFollowers({ period, history, registered: registeredFollowers(ctx), pastActivities, plannedActivityStarts, assumptions }) };
}
