import type { TouchedRows } from '../../sync/repository';
import type { ServiceContext } from '../context';
import { rebuildDerived, refreshSearchTitles } from './body-store';
import { saveStatusRevisions } from './revisions';

// What follows a commit for articles (the session calls this before the change events):
// - rows that arrived from another device (`applyRemote`) change bodies this device never saw
//   being typed: their derived rows are rebuilt (local pushes rewrote theirs in their own
//   transaction);
// - an item's title edited anywhere (the calendar, an import, an undo, sync) reaches the search
//   row of its article;
// - an item whose status this device changed, by whatever path, gets a status revision.

const CHUNK = 500;

function articlesOfUpdates(ctx: ServiceContext, updateIds: readonly string[]): string[] {
  const found = new Set<string>();
  for (let i = 0; i < updateIds.length; i += CHUNK) {
    const chunk = updateIds.slice(i, i + CHUNK);
    const rows = ctx.sqlite.prepare(`SELECT DISTINCT article_id AS id FROM article_updates WHERE id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as Array<{ id: string }>;
    for (const row of rows) found.add(row.id);
  }
  return [...found];
}

export function articlesAfterCommit(ctx: ServiceContext, rows: TouchedRows): void {
  const remoteUpdates = [...(rows.remote.get('article_updates') ?? [])];
  const remoteArticles = [...(rows.remote.get('articles') ?? [])];
  const localItems = [...(rows.local.get('calendar_items') ?? [])];
  const items = [...localItems, ...(rows.remote.get('calendar_items') ?? [])];
  if (remoteUpdates.length === 0 && remoteArticles.length === 0 && items.length === 0) return;
  try {
    ctx.sqlite.transaction(() => {
      const rebuilt = new Set([...articlesOfUpdates(ctx, remoteUpdates), ...remoteArticles]);
      // An update row whose article_id has not arrived yet waits for it.
      for (const articleId of rebuilt) if (articleId) rebuildDerived(ctx, articleId);
      refreshSearchTitles(ctx, items);
    })();
    if (localItems.length > 0) ctx.repo.transaction(() => saveStatusRevisions(ctx, localItems));
  } catch (error) {
    // The commit stands; derived rows are rebuilt from the log on the article's next change.
    console.error(`updating articles after a commit failed: ${(error as Error).message}`);
  }
}
