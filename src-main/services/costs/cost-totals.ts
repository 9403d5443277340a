import { sql } from 'drizzle-orm';
import { COST_CATEGORIES, COST_IMPORTANCES, type CostCategory, type CostFilter, type CostImportance, type CostTotals } from '../../../src-shared/contract/costs';
import { costItems } from '../../db/schema';
import type { ServiceContext } from '../context';
import { costConditions } from './cost-rows';

// Totals are SQLite's integer SUM of unit_fen × quantity: exact (int64), never a float. One scan,
// grouped by category, importance, paid and month in the order of `cost_items_totals_idx`, which
// holds every column the query reads: SQLite reads the index alone and never sorts (measured on
// 100,000 lines: test/bench/scenarios/costs). The few groups are added up here, in integers too.

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
  // The index's own expression, so the GROUP BY follows the index.
  const month = sql<string>`substr(${costItems.date}, 1, 7)`;
  const groups = ctx.db
    .select({ category: costItems.category, importance: costItems.importance, paid: costItems.paid, month, count: sql<number>`count(*)`, totalFen: sql<number>`sum(${amount})` })
    .from(costItems)
    .where(costConditions(filter))
    .groupBy(costItems.category, costItems.importance, costItems.paid, month)
    .all();

  const byCategory = new Map<CostCategory, Sum>();
  const byImportance = new Map<CostImportance, Sum>();
  const byMonth = new Map<string, Sum>();
  let paidFen = 0;
  for (const group of groups) {
    if (group.paid) paidFen += group.totalFen;
    // A value written by a newer version (or by sync from one) counts under 其他 / 一般, never lost from the total.
    add(byCategory, (COST_CATEGORIES as readonly string[]).includes(group.category) ? (group.category as CostCategory) : 'other', group);
    add(byImportance, group.importance === 'important' ? 'important' : 'normal', group);
    add(byMonth, group.month, group);
  }
  return {
    count: groups.reduce((n, g) => n + g.count, 0),
    totalFen: groups.reduce((n, g) => n + g.totalFen, 0),
    paidFen,
    byCategory: COST_CATEGORIES.filter((c) => byCategory.has(c)).map((category) => ({ category, ...byCategory.get(category)! })),
    byImportance: COST_IMPORTANCES.filter((i) => byImportance.has(i)).map((importance) => ({ importance, ...byImportance.get(importance)! })),
    byMonth: [...byMonth.keys()].sort().map((key) => ({ month: key, ...byMonth.get(key)! })),
  };
}
