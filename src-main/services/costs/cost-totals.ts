import { sql } from 'drizzle-orm';
import { COST_CATEGORIES, COST_IMPORTANCES, type CostCategory, type CostFilter, type CostImportance, type CostTotals } from '../../../src-shared/contract/costs';
import { costItems } from '../../db/schema';
import type { ServiceContext } from '../context';
import { costConditions } from './cost-rows';

// Totals are SQLite's integer SUM of unit_fen × quantity: exact (int64), never a float. Two scans:
// by category and importance (with the paid part), and by month. SQLite sorts the rows of a GROUP
// BY, and two short keys sort in about half the time of one key of three columns (measured on
// 100,000 lines: test/bench/scenarios/costs). The few groups are added up here, in integers too.
// Both run in one synchronous stretch on the one connection that writes, so they see the same rows.

interface Sum {
  count: number;
  totalFen: number;
}

function add<K extends string>(into: Map<K, Sum>, key: K, group: Sum): void {
  const sum = into.get(key) ?? { count: 0, totalFen: 0 };
  sum.count += group.count;
  sum.totalFen += group.totalFen;
  into.set(key, sum);
}

export function costTotals(ctx: ServiceContext, filter: CostFilter): CostTotals {
  const amount = sql<number>`${costItems.unitFen} * ${costItems.quantity}`;
  const where = costConditions(filter);
  const sums = { count: sql<number>`count(*)`, totalFen: sql<number>`sum(${amount})` };
  const groups = ctx.db
    .select({ category: costItems.category, importance: costItems.importance, ...sums, paidFen: sql<number>`sum(CASE WHEN ${costItems.paid} THEN ${amount} ELSE 0 END)` })
    .from(costItems)
    .where(where)
    .groupBy(costItems.category, costItems.importance)
    .all();
  const month = sql<string>`substr(${costItems.date}, 1, 7)`;
  const byMonth = ctx.db
    .select({ month, ...sums })
    .from(costItems)
    .where(where)
    .groupBy(month)
    .orderBy(month)
    .all();

  const byCategory = new Map<CostCategory, Sum>();
  const byImportance = new Map<CostImportance, Sum>();
  let paidFen = 0;
  for (const group of groups) {
    paidFen += group.paidFen;
    // A value written by a newer version (or by sync from one) counts under 其他 / 一般, never lost from the total.
    add(byCategory, (COST_CATEGORIES as readonly string[]).includes(group.category) ? (group.category as CostCategory) : 'other', group);
    add(byImportance, group.importance === 'important' ? 'important' : 'normal', group);
  }
  return {
    count: groups.reduce((n, g) => n + g.count, 0),
    totalFen: groups.reduce((n, g) => n + g.totalFen, 0),
    paidFen,
    byCategory: COST_CATEGORIES.filter((c) => byCategory.has(c)).map((category) => ({ category, ...byCategory.get(category)! })),
    byImportance: COST_IMPORTANCES.filter((i) => byImportance.has(i)).map((importance) => ({ importance, ...byImportance.get(importance)! })),
    byMonth,
  };
}
