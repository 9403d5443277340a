import { createStore, type StoreApi } from 'zustand';
import type { Revision } from '../../../../src-shared/contract/articles';
import { asApiError, type ApiCallError, type ApiDeps } from '../../../lib/api';
import { follow, liveStore, reloadOnChange } from '../../../lib/live-store';
import { attempt, type SaveResult } from '../../../lib/result';

// 版本: the open article's revisions (automatic, on a status change, named, restores), newest
// first. Revisions are made by the back end as the body and the status change, so the articles'
// events (and the calendar's: a status change) reload the list while the panel shows it.

export type DiffParts = Awaited<ReturnType<ApiDeps['api']['articles']['diff']>>;

export interface RevisionsState {
  articleId: string | null;
  revisions: Revision[];
  loaded: boolean;
  error: ApiCallError | null;
  open(articleId: string): Promise<void>;
  load(): Promise<void>;
  /** 保存版本: the body as it is now, under a name. */
  save(name: string): Promise<SaveResult<Revision>>;
  /** The changes from one revision to another, or to the body as it is now (to = null). */
  diff(from: string, to: string | null): Promise<SaveResult<DiffParts>>;
  /** Puts a revision's body back, as a new edit (and a new revision). */
  restore(id: string): Promise<SaveResult<Revision>>;
}

export function createRevisionsStore(deps: ApiDeps): StoreApi<RevisionsState> {
  const { api } = deps;
  const freshness = reloadOnChange(['articles', 'calendar'], () => store.getState().load());
  const prepend = (revision: Revision) => {
    store.setState((s) => ({ revisions: [revision, ...s.revisions.filter((r) => r.id !== revision.id)] }));
    return [revision.id];
  };
  const store: StoreApi<RevisionsState> = createStore<RevisionsState>()((set, get) => ({
    articleId: null,
    revisions: [],
    loaded: false,
    error: null,
    async open(articleId) {
      if (articleId !== get().articleId) set({ articleId, revisions: [], loaded: false, error: null });
      await get().load();
    },
    async load() {
      const { articleId } = get();
      freshness.loading();
      if (!articleId) return;
      try {
        const revisions = await api.articles.revisions({ id: articleId });
        if (get().articleId === articleId) set({ revisions, loaded: true, error: null });
      } catch (error) {
        if (get().articleId === articleId) set({ loaded: true, error: asApiError(error) });
      }
    },
    save: (name) => follower.write(() => api.articles.saveRevision({ id: get().articleId!, name }), prepend),
    diff: (from, to) => attempt(() => api.articles.diff({ from, to })),
    restore: (id) => follower.write(() => api.articles.restoreRevision({ id }), prepend),
  }));
  const follower = follow(store, deps, freshness, 'articles');
  return store;
}

export const [revisionsStore, useRevisions] = liveStore(createRevisionsStore);
