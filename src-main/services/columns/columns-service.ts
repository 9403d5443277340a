import { and, asc, eq, isNull, max } from 'drizzle-orm';
import type { Column, ColumnInput } from '../../../src-shared/contract/columns';
import { parseCadence } from '../../../src-shared/domain/columns/cadence';
import { columns } from '../../db/schema';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { requireLive, requireRow } from '../references';

type ColumnRow = typeof columns.$inferSelect;

function toColumn(row: ColumnRow): Column {
  return {
    id: row.id,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    accountId: row.accountId,
    name: row.name,
    purpose: row.purpose,
    cadence: parseCadence(row.cadence),
    ownerId: row.ownerId,
    sortOrder: row.sortOrder,
  };
}

export function liveColumnsOf(ctx: ServiceContext, accountId?: string): Column[] {
  const where = accountId ? and(isNull(columns.deletedAt), eq(columns.accountId, accountId)) : isNull(columns.deletedAt);
  return ctx.db.select().from(columns).where(where).orderBy(asc(columns.accountId), asc(columns.sortOrder), asc(columns.createdAt)).all().map(toColumn);
}

export function createColumnsService(ctx: ServiceContext) {
  function find(id: string): ColumnRow {
    return requireRow(ctx.db.select().from(columns).where(eq(columns.id, id)).get(), 'column', id);
  }
  function findLive(id: string): ColumnRow {
    const row = find(id);
    return requireRow(row.deletedAt ? undefined : row, 'column', id);
  }

  return {
    list({ accountId }: { accountId?: string }): Column[] {
      if (accountId) requireLive(ctx, 'account', accountId, 'accountId');
      return liveColumnsOf(ctx, accountId);
    },
    create(input: ColumnInput): Column {
      const id = ctx.repo.transaction(() => {
        requireLive(ctx, 'account', input.accountId, 'accountId');
        requireLive(ctx, 'member', input.ownerId, 'ownerId');
        const last = ctx.db
          .select({ value: max(columns.sortOrder) })
          .from(columns)
          .where(eq(columns.accountId, input.accountId))
          .get();
        return ctx.repo.insert(columns, { ...input, cadence: JSON.stringify(input.cadence), sortOrder: (last?.value ?? 0) + 1 });
      });
      return toColumn(find(id));
    },
    update({ id, patch }: { id: string; patch: Partial<Omit<ColumnInput, 'accountId'>> }): Column {
      ctx.repo.transaction(() => {
        const current = findLive(id);
        if (patch.ownerId !== current.ownerId) requireLive(ctx, 'member', patch.ownerId, 'ownerId');
        const { cadence, ...rest } = patch;
        ctx.repo.update(columns, id, cadence ? { ...rest, cadence: JSON.stringify(cadence) } : rest);
      });
      return toColumn(find(id));
    },
    remove({ id }: { id: string }) {
      find(id);
      ctx.repo.tombstone(columns, id);
      return { ok: true as const };
    },
    restore({ id }: { id: string }): Column {
      find(id);
      ctx.repo.restore(columns, id);
      return toColumn(find(id));
    },
    reorder({ accountId, ids }: { accountId: string; ids: string[] }) {
      ctx.repo.transaction(() => {
        const own = new Set(liveColumnsOf(ctx, accountId).map((c) => c.id));
        if (ids.some((id) => !own.has(id)) || new Set(ids).size !== ids.length) throw new AppError('validation', 'ids must be distinct columns of the account');
        ids.forEach((id, index) => ctx.repo.update(columns, id, { sortOrder: index + 1 }));
      });
      return { ok: true as const };
    },
  };
}
