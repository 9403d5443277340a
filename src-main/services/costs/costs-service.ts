import { asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { DomainHandlers } from '../../../src-shared/contract/define';
import { lineWithinLimit, type CostFilter, type CostInput, type CostItem, type costsContract } from '../../../src-shared/contract/costs';
import { activities, costItems } from '../../db/schema';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { requireLive, requireRow } from '../references';
import { costConditions, costItemColumns, toCostItem, type CostRow } from './cost-rows';
import { costTotals } from './cost-totals';
import { costsWorkbook } from './export-costs';

const DEFAULT_PAGE = 100;

function requireLineWithinLimit(unitFen: number, quantity: number): void {
  if (!lineWithinLimit(unitFen, quantity)) throw new AppError('validation', `a line of ${unitFen} fen × ${quantity} is over the limit`, [{ path: ['quantity'], message: 'validation.money.tooLarge' }]);
}

/** The cost list (费用): lines in integer fen, totals by SQL SUM, the .xlsx export. */
export function createCostsService(ctx: ServiceContext): DomainHandlers<typeof costsContract> {
  function select() {
    return ctx.db.select(costItemColumns).from(costItems).leftJoin(activities, eq(activities.id, costItems.activityId));
  }
  function get(id: string): CostItem {
    return toCostItem(requireRow(select().where(eq(costItems.id, id)).get(), 'cost item', id));
  }
  function findLive(id: string): CostRow {
    const row = ctx.db.select().from(costItems).where(eq(costItems.id, id)).get();
    return requireRow(row?.deletedAt ? undefined : row, 'cost item', id);
  }
  function items(filter: CostFilter, page: { offset?: number; limit?: number }): CostItem[] {
    return select()
      .where(costConditions(filter))
      .orderBy(desc(costItems.date), desc(costItems.id))
      .limit(page.limit ?? DEFAULT_PAGE)
      .offset(page.offset ?? 0)
      .all()
      .map(toCostItem);
  }
  /** Removes or restores lines that exist (a line deleted on another device is simply skipped). */
  function each(ids: readonly string[], write: (id: string) => void) {
    ctx.repo.transaction(() => {
      const known = ctx.db
        .select({ id: costItems.id })
        .from(costItems)
        .where(inArray(costItems.id, [...ids]))
        .all();
      if (known.length === 0) throw new AppError('not_found', `cost items ${ids.join(', ')} not found`);
      for (const { id } of known) write(id);
    });
    return { ok: true as const };
  }

  return {
    list({ offset, limit, ...filter }) {
      const total = ctx.db.select({ n: count() }).from(costItems).where(costConditions(filter)).get()?.n ?? 0;
      return { items: items(filter, { offset, limit }), total };
    },
    totals: (filter) => costTotals(ctx, filter),
    create(input: CostInput) {
      const id = ctx.repo.transaction(() => {
        requireLive(ctx, 'activity', input.activityId, 'activityId');
        return ctx.repo.insert(costItems, { ...input, activityId: input.activityId ?? null });
      });
      return get(id);
    },
    update({ id, patch }) {
      ctx.repo.transaction(() => {
        const current = findLive(id);
        // A line whose activity was deleted later stays editable: only a new activity is checked.
        if (patch.activityId !== undefined && patch.activityId !== current.activityId) requireLive(ctx, 'activity', patch.activityId, 'activityId');
        requireLineWithinLimit(patch.unitFen ?? current.unitFen, patch.quantity ?? current.quantity);
        ctx.repo.update(costItems, id, patch);
      });
      return get(id);
    },
    remove: ({ ids }) => each(ids, (id) => ctx.repo.tombstone(costItems, id)),
    restore: ({ ids }) => each(ids, (id) => ctx.repo.restore(costItems, id)),
    async exportXlsx(range) {
      const lines = select().where(costConditions(range)).orderBy(asc(costItems.date), asc(costItems.createdAt)).all().map(toCostItem);
      return costsWorkbook(range, lines, costTotals(ctx, range));
    },
  };
}
