import { sql } from 'drizzle-orm';
import { COST_CATEGORIES, COST_IMPORTANCES, type CostCategory, type CostFilter, type CostImportance, type CostTotals } from '../../../src-shared/contract/costs';
import { costItems } from '../../db/schema';
import type { ServiceContext } from '../context';
import { costConditions } from './cost-rows';

// Totals are SQLite's integer SUM of unit_fen × quantity: exact (int64), never a float. One scan
// groups the lines by category, importance and month; the few hundred groups are added up here,
// in integers too, into every breakdown the screen shows.

interface Group {
  category: string;
  importance: string;
  month: string;
  count: number;
  totalFen: number;
  paidFen: number;
}

function add<K extends string>(into: Map<K, { count: number; totalFen: number }>, key: K, group: Group): void {
  const sum = into.get(key) ?? { count: 0, totalFen: 0 };
  sum.count += group.count;
  sum.totalFen += group.totalFen;
  into.set(key, sum);
}

export function costTotals(ctx: ServiceContext, filter: CostFilter): CostTotals {
  const amount = sql<number>`${costItems.unitFen} * ${costItems.quantity}`;
  const month = sql<string>`substr(${costItems.date}, 1, 7)`;
  const groups: Group[] = ctx.db
    .select({
      category: costItems.category,
      importance: costItems.importance,
      month,
      count: sql<number>`count(*)`,
      totalFen: sql<number>`sum(${amount})`,
      paidFen: sql<number>`sum(CASE WHEN ${costItems.paid} THEN ${amount} ELSE 0 END)`,
    })
    .from(costItems)
    .where(costConditions(filter))
    .groupBy(costItems.category, costItems.importance, month)
    .all();

  const byCategory = new Map<CostCategory, { count: number; totalFen: number }>();
  const byImportance = new Map<CostImportance, { count: number; totalFen: number }>();
  const byMonth = new Map<string, { count: number; totalFen: number }>();
  let count = 0;
  let totalFen = 0;
  let paidFen = 0;
  for (const group of groups) {
    count += group.count;
    totalFen += group.totalFen;
    paidFen += group.paidFen;
    // A value written by a newer version (or by sync from one) counts under 其他 / 一般, never lost from the total.
    add(byCategory, (COST_CATEGORIES as readonly string[]).includes(group.category) ? (group.category as CostCategory) : 'other', group);
    add(byImportance, group.importance === 'important' ? 'important' : 'normal', group);
    add(byMonth, group.month, group);
  }
  return {
    count,
    totalFen,
    paidFen,
    byCategory: COST_CATEGORIES.filter((c) => byCategory.has(c)).map((category) => ({ category, ...byCategory.get(category)! })),
    byImportance: COST_IMPORTANCES.filter((i) => byImportance.has(i)).map((importance) => ({ importance, ...byImportance.get(importance)! })),
    byMonth: [...byMonth.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([m, sum]) => ({ month: m, ...sum })),
  };
}
