import type { TouchedRows } from '../../sync/repository';
import type { ServiceContext } from '../context';
import { rebuildDerived, refreshSearchTitles } from './body-store';

// Derived body data after a commit (the session calls this before the change events): rows that
// arrived from another device (`applyRemote`) change bodies this device never saw being typed,
// and an item's title edited anywhere (the calendar, an import, a revert, sync) must reach the
// search row of its article. Local pushes already rewrote their derived rows in their own
// transaction, so only remote update rows are rebuilt here.

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

export function updateDerivedAfterCommit(ctx: ServiceContext, rows: TouchedRows): void {
  const remoteUpdates = [...(rows.remote.get('article_updates') ?? [])];
  const remoteArticles = [...(rows.remote.get('articles') ?? [])];
  const items = [...(rows.local.get('calendar_items') ?? []), ...(rows.remote.get('calendar_items') ?? [])];
  if (remoteUpdates.length === 0 && remoteArticles.length === 0 && items.length === 0) return;
  try {
    ctx.sqlite.transaction(() => {
      const rebuilt = new Set([...articlesOfUpdates(ctx, remoteUpdates), ...remoteArticles]);
      for (const articleId of rebuilt) rebuildDerived(ctx, articleId);
      refreshSearchTitles(ctx, items);
    })();
  } catch (error) {
    // Derived data only: the log is committed and `rebuildDerived` restores it on the next change.
    console.error(`rebuilding article bodies after a commit failed: ${(error as Error).message}`);
  }
}
