import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { ConcernArticle } from '../../../src-shared/contract/concerns';
import { articles, calendarItems, concernArticles } from '../../db/schema';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';

// A concern's answering articles: a set of rows `<concernId>:<articleId>`, tombstoned when taken
// away and restored when linked again, so sync sees one row per pair.

/** Refuses ids of articles that do not exist or were deleted, naming the field for the form. */
export function requireLiveArticles(ctx: ServiceContext, ids: readonly string[]): void {
  if (ids.length === 0) return;
  const live = new Set(
    ctx.db
      .select({ id: articles.id })
      .from(articles)
      .where(and(inArray(articles.id, [...ids]), isNull(articles.deletedAt)))
      .all()
      .map((row) => row.id),
  );
  const missing = ids.find((id) => !live.has(id));
  if (missing) throw new AppError('validation', `article ${missing} not found`, [{ path: ['articleIds'], message: 'validation.unknown.article' }]);
}

export function writeConcernArticles(ctx: ServiceContext, concernId: string, wanted: readonly string[]): void {
  const rows = ctx.db.select().from(concernArticles).where(eq(concernArticles.concernId, concernId)).all();
  for (const articleId of new Set(wanted)) {
    const row = rows.find((r) => r.articleId === articleId);
    if (!row) ctx.repo.insert(concernArticles, { id: `${concernId}:${articleId}`, concernId, articleId });
    else if (row.deletedAt) ctx.repo.restore(concernArticles, row.id);
  }
  for (const row of rows) if (!row.deletedAt && !wanted.includes(row.articleId)) ctx.repo.tombstone(concernArticles, row.id);
}

/** The live answering articles of these concerns with their titles (the title is the calendar item's). */
export function articlesByConcern(ctx: ServiceContext, concernIds: readonly string[]): Map<string, ConcernArticle[]> {
  const byConcern = new Map<string, ConcernArticle[]>();
  if (concernIds.length === 0) return byConcern;
  const rows = ctx.db
    .select({ concernId: concernArticles.concernId, id: articles.id, title: calendarItems.title })
    .from(concernArticles)
    .innerJoin(articles, and(eq(articles.id, concernArticles.articleId), isNull(articles.deletedAt)))
    .leftJoin(calendarItems, eq(calendarItems.id, articles.itemId))
    .where(and(inArray(concernArticles.concernId, [...concernIds]), isNull(concernArticles.deletedAt)))
    .orderBy(concernArticles.createdAt)
    .all();
  for (const row of rows) {
    const list = byConcern.get(row.concernId) ?? [];
    list.push({ id: row.id, title: row.title ?? '' });
    byConcern.set(row.concernId, list);
  }
  return byConcern;
}
