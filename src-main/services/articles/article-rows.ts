import { and, desc, eq, inArray, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Article, ArticlePatch, ArticleSummary, CoverCrop } from '../../../src-shared/contract/articles';
import type { ItemStatus } from '../../../src-shared/contract/calendar';
import { articleBodies, articles, calendarItems } from '../../db/schema';
import { livePlatforms, readItems } from '../calendar/item-rows';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { requireRow } from '../references';

// Reading and writing article rows: an article joined with its calendar item and its derived body.

export type ArticleRow = typeof articles.$inferSelect;

export interface ArticleFilter {
  status?: ItemStatus[];
  accountIds?: string[];
  columnIds?: string[];
  ownerIds?: string[];
  pool?: boolean;
  /** Only these articles (search reads its hits' rows). */
  ids?: string[];
}

/** The article row (tombstoned or not) or a not-found error. */
export function findArticle(ctx: ServiceContext, id: string): ArticleRow {
  return requireRow(ctx.db.select().from(articles).where(eq(articles.id, id)).get(), 'article', id);
}

export function findLiveArticle(ctx: ServiceContext, id: string): ArticleRow {
  const row = findArticle(ctx, id);
  return requireRow(row.deletedAt ? undefined : row, 'article', id);
}

/** Refuses a second live article on one item (an article is 1:1 with its item). */
export function requireNoArticleOn(ctx: ServiceContext, itemId: string, exceptId = ''): void {
  const other = ctx.db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.itemId, itemId), isNull(articles.deletedAt), ne(articles.id, exceptId)))
    .get();
  if (other) throw new AppError('conflict', `calendar item ${itemId} already has article ${other.id}`, [{ path: ['itemId'], message: 'validation.articles.itemHasArticle' }]);
}

/** The article's own fields of a patch, as stored (crops as JSON, '' for none); undefined fields are left out. */
export function articleValues(patch: Omit<ArticlePatch, 'title' | 'accountId' | 'columnId' | 'status'>): Record<string, unknown> {
  const crop = (value: CoverCrop | null | undefined) => (value === undefined ? undefined : value === null ? '' : JSON.stringify(value));
  return {
    author: patch.author,
    digest: patch.digest,
    coverAssetId: patch.coverAssetId,
    coverWideCrop: crop(patch.coverWideCrop),
    coverSquareCrop: crop(patch.coverSquareCrop),
    origin: patch.origin,
    sourceName: patch.sourceName,
    sourceUrl: patch.sourceUrl,
    readMoreUrl: patch.readMoreUrl,
    theme: patch.theme,
  };
}

function cropOf(text: string): CoverCrop | null {
  return text ? (JSON.parse(text) as CoverCrop) : null;
}

interface BodyCounts {
  chars: number;
  images: number;
  updatedAt: string;
}

function countsOf(ctx: ServiceContext, articleId: string): BodyCounts | undefined {
  return ctx.db.select({ chars: articleBodies.chars, images: articleBodies.images, updatedAt: articleBodies.updatedAt }).from(articleBodies).where(eq(articleBodies.articleId, articleId)).get();
}

/** The later of the article's and its body's change: what "last edited" means to a writer. */
function lastEdit(row: ArticleRow, body: BodyCounts | undefined): string {
  return body && body.updatedAt > row.updatedAt ? body.updatedAt : row.updatedAt;
}

export function readArticle(ctx: ServiceContext, row: ArticleRow): Article {
  const [item] = readItems(ctx, [row.itemId]);
  const body = countsOf(ctx, row.id);
  return {
    id: row.id,
    createdAt: row.createdAt,
    updatedAt: lastEdit(row, body),
    item: item!,
    author: row.author,
    digest: row.digest,
    coverAssetId: row.coverAssetId,
    coverWideCrop: cropOf(row.coverWideCrop),
    coverSquareCrop: cropOf(row.coverSquareCrop),
    origin: row.origin as Article['origin'],
    sourceName: row.sourceName,
    sourceUrl: row.sourceUrl,
    readMoreUrl: row.readMoreUrl,
    theme: row.theme as Article['theme'],
    chars: body?.chars ?? 0,
    images: body?.images ?? 0,
  };
}

/** Live articles on live items of live accounts, most recently edited first. */
export function listArticles(ctx: ServiceContext, filter: ArticleFilter): ArticleSummary[] {
  const where: SQL[] = [isNull(articles.deletedAt), isNull(calendarItems.deletedAt)];
  if (filter.status) where.push(inArray(calendarItems.status, filter.status));
  if (filter.accountIds) where.push(inArray(calendarItems.accountId, filter.accountIds));
  if (filter.columnIds) where.push(inArray(calendarItems.columnId, filter.columnIds));
  if (filter.ownerIds) where.push(inArray(calendarItems.ownerId, filter.ownerIds));
  if (filter.ids) where.push(inArray(articles.id, filter.ids));
  if (filter.pool !== undefined) where.push(filter.pool ? eq(calendarItems.date, '') : ne(calendarItems.date, ''));
  const edited = sql<string>`max(${articles.updatedAt}, coalesce(${articleBodies.updatedAt}, ''))`;
  const live = livePlatforms(ctx);
  return ctx.db
    .select({
      id: articles.id,
      itemId: articles.itemId,
      title: calendarItems.title,
      accountId: calendarItems.accountId,
      columnId: calendarItems.columnId,
      ownerId: calendarItems.ownerId,
      date: calendarItems.date,
      status: calendarItems.status,
      author: articles.author,
      chars: sql<number>`coalesce(${articleBodies.chars}, 0)`,
      images: sql<number>`coalesce(${articleBodies.images}, 0)`,
      updatedAt: edited,
    })
    .from(articles)
    .innerJoin(calendarItems, eq(calendarItems.id, articles.itemId))
    .leftJoin(articleBodies, eq(articleBodies.articleId, articles.id))
    .where(and(...where))
    .orderBy(desc(edited), desc(articles.id))
    .all()
    .filter((row) => live.has(row.accountId))
    .map((row) => ({ ...row, status: row.status as ItemStatus }));
}
