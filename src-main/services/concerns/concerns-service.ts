import { and, desc, eq, isNull, ne, sql, type SQL } from 'drizzle-orm';
import { CONCERN_CATEGORIES, type CategoryCount, type Concern, type ConcernInput } from '../../../src-shared/contract/concerns';
import type { DomainHandlers } from '../../../src-shared/contract/define';
import type { concernsContract } from '../../../src-shared/contract/concerns';
import { concerns } from '../../db/schema';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { requireLive, requireRow } from '../references';
import { articlesByConcern, requireLiveArticles, writeConcernArticles } from './concern-articles';

type ConcernRow = typeof concerns.$inferSelect;

/** Most frequent first; among ties the ones nobody has answered yet (status new), then the newest. */
const RANKING = [desc(concerns.frequency), sql`${concerns.status} = 'new' DESC`, desc(concerns.createdAt)];

export function createConcernsService(ctx: ServiceContext): DomainHandlers<typeof concernsContract> {
  function find(id: string): ConcernRow {
    return requireRow(ctx.db.select().from(concerns).where(eq(concerns.id, id)).get(), 'concern', id);
  }

  /** A concern that is not deleted: editing or counting a deleted one would bring nothing back and change its past. */
  function findLive(id: string): ConcernRow {
    const row = find(id);
    if (row.deletedAt !== null) throw new AppError('not_found', `concern ${id} was deleted`);
    return row;
  }

  function toConcerns(rows: ConcernRow[]): Concern[] {
    const linked = articlesByConcern(
      ctx,
      rows.map((row) => row.id),
    );
    return rows.map((row) => {
      const articles = linked.get(row.id) ?? [];
      const { deletedAt: _deleted, ...fields } = row;
      return { ...fields, category: row.category as Concern['category'], status: row.status as Concern['status'], articleIds: articles.map((a) => a.id), articles };
    });
  }
  const one = (id: string) => toConcerns([find(id)])[0]!;

  function select(where: SQL | undefined, limit?: number): Concern[] {
    const query = ctx.db
      .select()
      .from(concerns)
      .where(and(isNull(concerns.deletedAt), where))
      .orderBy(...RANKING);
    return toConcerns(limit ? query.limit(limit).all() : query.all());
  }

  function checkReferences(input: Partial<ConcernInput>): void {
    requireLive(ctx, 'account', input.accountId, 'accountId');
    requireLiveArticles(ctx, input.articleIds ?? []);
  }

  return {
    list({ category, status, accountId }) {
      return select(and(category ? eq(concerns.category, category) : undefined, status ? eq(concerns.status, status) : undefined, accountId ? eq(concerns.accountId, accountId) : undefined));
    },
    get: ({ id }) => one(id),
    create(input) {
      checkReferences(input);
      const { articleIds, ...fields } = input;
      const id = ctx.repo.transaction(() => {
        const concernId = ctx.repo.insert(concerns, fields);
        writeConcernArticles(ctx, concernId, articleIds ?? []);
        return concernId;
      });
      return one(id);
    },
    update({ id, patch }) {
      findLive(id);
      checkReferences(patch);
      const { articleIds, ...fields } = patch;
      ctx.repo.transaction(() => {
        ctx.repo.update(concerns, id, fields);
        if (articleIds) writeConcernArticles(ctx, id, articleIds);
      });
      return one(id);
    },
    // The article links stay: a deleted concern hides them, and restore shows them again.
    remove({ id }) {
      find(id);
      ctx.repo.tombstone(concerns, id);
      return { ok: true as const };
    },
    restore({ id }) {
      find(id);
      ctx.repo.restore(concerns, id);
      return one(id);
    },
    bump({ id, by = 1 }) {
      ctx.repo.transaction(() => {
        const row = findLive(id);
        ctx.repo.update(concerns, id, { frequency: Math.min(row.frequency + by, 1_000_000) });
      });
      return one(id);
    },
    top: ({ limit }) => select(ne(concerns.status, 'closed'), limit),
    counts(): CategoryCount[] {
      const rows = ctx.db
        .select({ category: concerns.category, concerns: sql<number>`count(*)`, frequency: sql<number>`coalesce(sum(${concerns.frequency}), 0)` })
        .from(concerns)
        .where(isNull(concerns.deletedAt))
        .groupBy(concerns.category)
        .all();
      return CONCERN_CATEGORIES.map((category) => {
        const row = rows.find((r) => r.category === category);
        return { category, concerns: row?.concerns ?? 0, frequency: row?.frequency ?? 0 };
      });
    },
  };
}
