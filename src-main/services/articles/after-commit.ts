import type { TouchedRows } from '../../sync/repository';
import type { ServiceContext } from '../context';
import { rebuildDerived, refreshSearchTitles, takeInArrivedRows, type LogRow } from './body-store';
import { saveStatusRevisions } from './revisions';

// What follows a commit for articles (the session calls this before the change events):
// - rows that arrived from another device (`applyRemote`) change bodies this device never saw
//   being typed: their derived rows are rebuilt (local pushes rewrote theirs in their own
//   transaction);
// - an item's title edited anywhere (the calendar, an import, an undo, sync) reaches the search
//   row of its article;
// - an item whose status this device changed, by whatever path, gets a status revision.

const CHUNK = 500;

/** The arrived update rows by article; a row whose article_id has not arrived yet waits for it. */
function rowsByArticle(ctx: ServiceContext, updateIds: readonly string[]): Map<string, LogRow[]> {
  const byArticle = new Map<string, LogRow[]>();
  for (let i = 0; i < updateIds.length; i += CHUNK) {
    const chunk = updateIds.slice(i, i + CHUNK);
    const rows = ctx.sqlite
      .prepare(`SELECT id, article_id AS articleId, kind, data FROM article_updates WHERE id IN (${chunk.map(() => '?').join(',')}) AND article_id <> '' AND deleted_at IS NULL`)
      .all(...chunk) as Array<LogRow & { articleId: string }>;
    for (const row of rows) {
      const list = byArticle.get(row.articleId);
      if (list) list.push(row);
      else byArticle.set(row.articleId, [row]);
    }
  }
  return byArticle;
}

export function articlesAfterCommit(ctx: ServiceContext, rows: TouchedRows): void {
  const remoteUpdates = [...(rows.remote.get('article_updates') ?? [])];
  const remoteArticles = [...(rows.remote.get('articles') ?? [])];
  const localItems = [...(rows.local.get('calendar_items') ?? [])];
  const items = [...localItems, ...(rows.remote.get('calendar_items') ?? [])];
  if (remoteUpdates.length === 0 && remoteArticles.length === 0 && items.length === 0) return;
  try {
    ctx.sqlite.transaction(() => {
      const arrived = rowsByArticle(ctx, remoteUpdates);
      for (const [articleId, logRows] of arrived) takeInArrivedRows(ctx, articleId, logRows);
      for (const articleId of remoteArticles) if (!arrived.has(articleId)) rebuildDerived(ctx, articleId);
      refreshSearchTitles(ctx, items);
    })();
    if (localItems.length > 0) ctx.repo.transaction(() => saveStatusRevisions(ctx, localItems));
  } catch (error) {
    // The commit stands; derived rows are rebuilt from the log on the article's next change.
    console.error(`updating articles after a commit failed: ${(error as Error).message}`);
  }
}
