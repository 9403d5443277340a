import { createStore, type StoreApi } from 'zustand';
import type { Article, ItemArticle } from '../../../../src-shared/contract/articles';
import type { ApiDeps } from '../../../lib/api';
import { follow, isForeign, liveStore, type Freshness } from '../../../lib/live-store';
import type { SaveResult } from '../../../lib/result';

// Which calendar items have an article, for the calendar's 写稿 / 打开稿件. Asked once per set of
// items (a drawer's item, a day's items), never per chip; an article written elsewhere refreshes
// what is held.

export interface ItemArticlesState {
  /** Per item id: its article, or null when it has none; absent while not yet known. */
  byItem: Record<string, ItemArticle | null>;
  /** Asks which of these items have an article (only the ones not already known). */
  lookup(itemIds: readonly string[]): Promise<void>;
  /** 写稿: creates the item's article, its body seeded from the item's 选题说明. */
  write(itemId: string): Promise<SaveResult<Article>>;
}

export function createItemArticlesStore(deps: ApiDeps): StoreApi<ItemArticlesState> {
  const { api } = deps;
  let stale = false;

  async function fetch(itemIds: readonly string[]) {
    const found = await api.articles.byItems({ itemIds: [...itemIds] });
    const next: Record<string, ItemArticle | null> = Object.fromEntries(itemIds.map((id) => [id, null]));
    for (const link of found) next[link.itemId] = link;
    store.setState((s) => ({ byItem: { ...s.byItem, ...next } }));
  }

  const freshness: Freshness = {
    domains: ['articles'],
    stale: (change) => void (stale ||= isForeign(change)),
    staleAll: () => void (stale = true),
    async refresh() {
      if (!stale) return;
      stale = false;
      const held = Object.keys(store.getState().byItem);
      if (held.length) await fetch(held);
    },
  };

  const store: StoreApi<ItemArticlesState> = createStore<ItemArticlesState>()((_set, get) => ({
    byItem: {},
    async lookup(itemIds) {
      const unknown = itemIds.filter((id) => !(id in get().byItem));
      if (unknown.length) await fetch(unknown).catch(() => undefined);
    },
    write: (itemId) =>
      follower.write(
        () => api.articles.create({ itemId }),
        (article) => {
          store.setState((s) => ({ byItem: { ...s.byItem, [itemId]: { itemId, articleId: article.id, chars: article.chars } } }));
          return [article.id];
        },
      ),
  }));
  const follower = follow(store, deps, freshness, 'articles');
  return store;
}

export const [itemArticlesStore, useItemArticles] = liveStore(createItemArticlesStore);
