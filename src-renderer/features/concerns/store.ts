import { createStore, type StoreApi } from 'zustand';
import type { CategoryCount, Concern, ConcernArticle, ConcernInput } from '../../../src-shared/contract/concerns';
import { asApiError, type ApiCallError, type ApiDeps } from '../../lib/api';
import { createListStore, type ListState } from '../../lib/list-store';
import { follow, liveStore, reloadOnChange } from '../../lib/live-store';
import type { SaveResult } from '../../lib/result';

export type ConcernsState = ListState<Concern, ConcernInput>;

export function createConcernsStore(deps: ApiDeps): StoreApi<ConcernsState> {
  const { api } = deps;
  const endpoints = {
    list: () => api.concerns.list({}),
    create: (input: ConcernInput) => api.concerns.create(input),
    update: (id: string, patch: ConcernInput) => api.concerns.update({ id, patch }),
    remove: (id: string) => api.concerns.remove({ id }),
    restore: (id: string) => api.concerns.restore({ id }),
  };
  // An answering article's title is its calendar item's; a deleted article drops out.
  return createListStore(endpoints, deps, { domain: 'concerns', alsoOn: ['articles', 'calendar'] });
}

export const [concernsStore, useConcerns] = liveStore(createConcernsStore);

/** How many of the top concerns the board ranks. */
export const TOP_LIMIT = 10;

export interface ConcernsBoardState {
  top: Concern[];
  counts: CategoryCount[];
  /** The workspace's articles by title, for the answering-articles picker. */
  articles: ConcernArticle[];
  loaded: boolean;
  error: ApiCallError | null;
  load(): Promise<void>;
  /** +1: one more message about it. */
  bump(id: string): Promise<SaveResult<Concern>>;
}

/** The top concerns, the counts by category and the articles to pick from: refetched on any change of them. */
export function createConcernsBoardStore(deps: ApiDeps): StoreApi<ConcernsBoardState> {
  const { api } = deps;
  const freshness = reloadOnChange(['concerns', 'articles', 'calendar'], () => store.getState().load());
  const store: StoreApi<ConcernsBoardState> = createStore<ConcernsBoardState>()((set) => ({
    top: [],
    counts: [],
    articles: [],
    loaded: false,
    error: null,
    async load() {
      freshness.loading();
      try {
        const [top, counts, articles] = await Promise.all([api.concerns.top({ limit: TOP_LIMIT }), api.concerns.counts({}), api.articles.list({})]);
        set({ top, counts, articles: articles.map((a) => ({ id: a.id, title: a.title })), loaded: true, error: null });
      } catch (error) {
        set({ error: asApiError(error) });
      }
    },
    // Nothing shown here is the answer itself: the concern's change event refreshes the ranking (and the list).
    bump: (id) =>
      follower.write(
        () => api.concerns.bump({ id }),
        () => [],
      ),
  }));
  const follower = follow(store, deps, freshness, 'concerns');
  return store;
}

export const [concernsBoardStore, useConcernsBoard] = liveStore(createConcernsBoardStore);
