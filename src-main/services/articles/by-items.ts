import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Handlers } from '../../../src-shared/contract';
import { articleBodies, articles } from '../../db/schema';
import type { ServiceContext } from '../context';

/** SQLite's default limit of bound parameters is 32,766; the calendar's ranges stay far below it, and larger lists go in chunks. */
const CHUNK = 900;

/** `articles.byItems`: which calendar items have an article, for a range of the calendar in one call. */
export function createArticlesByItems(ctx: ServiceContext): Pick<Handlers['articles'], 'byItems'> {
  return {
    byItems({ itemIds }) {
      const ids = [...new Set(itemIds)];
      const found = [];
      for (let start = 0; start < ids.length; start += CHUNK) {
        const rows = ctx.db
          .select({ itemId: articles.itemId, articleId: articles.id, chars: articleBodies.chars })
          .from(articles)
          .leftJoin(articleBodies, eq(articleBodies.articleId, articles.id))
          .where(and(inArray(articles.itemId, ids.slice(start, start + CHUNK)), isNull(articles.deletedAt)))
          .all();
        found.push(...rows.map((row) => ({ itemId: row.itemId, articleId: row.articleId, chars: row.chars ?? 0 })));
      }
      return found;
    },
  };
}
