import { and, eq, gte, isNull, lte, type SQL } from 'drizzle-orm';
import type { CostFilter, CostItem } from '../../../src-shared/contract/costs';
import { lineFen } from '../../../src-shared/domain/money/money';
import { activities, costItems } from '../../db/schema';

// What the list, the totals and the export share: which live lines a filter selects, and a stored
// line as the contract's CostItem.

export type CostRow = typeof costItems.$inferSelect;

/** The conditions of a filter over live cost lines. */
export function costConditions(filter: CostFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [isNull(costItems.deletedAt)];
  if (filter.from) conditions.push(gte(costItems.date, filter.from));
  if (filter.to) conditions.push(lte(costItems.date, filter.to));
  if (filter.activityId === null) conditions.push(isNull(costItems.activityId));
  else if (filter.activityId !== undefined) conditions.push(eq(costItems.activityId, filter.activityId));
  if (filter.category) conditions.push(eq(costItems.category, filter.category));
  if (filter.importance) conditions.push(eq(costItems.importance, filter.importance));
  return and(...conditions);
}

/** The line's columns and its activity's name, for a select joined with `activities`. */
export const costItemColumns = { row: costItems, activityName: activities.name };

export function toCostItem({ row, activityName }: { row: CostRow; activityName: string | null }): CostItem {
  return {
    id: row.id,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    activityId: row.activityId,
    activityName: activityName ?? '',
    date: row.date,
    category: row.category as CostItem['category'],
    name: row.name,
    unitFen: row.unitFen,
    quantity: row.quantity,
    importance: row.importance as CostItem['importance'],
    paid: row.paid,
    department: row.department,
    notes: row.notes,
    amountFen: lineFen(row.unitFen, row.quantity),
  };
}
