import { createStore, type StoreApi } from 'zustand';
import { asApiError, type ApiCallError, type ApiDeps } from './api';
import { follow, reloadOnChange } from './live-store';

// A read-only view over other domains' rows (工作台, 考核): one call fetches what it shows, a
// change in any domain it reads refetches it with the same arguments once, and only while shown.

export interface ReadState<T, Args extends unknown[]> {
  data: T | null;
  error: ApiCallError | null;
  /** Fetches with these arguments; a change event fetches again with the last ones. */
  load(...args: Args): Promise<void>;
  /** Drops what was fetched (the page closed): the next visit shows fresh data, not an old morning's. */
  forget(): void;
}

export function createReadStore<T, Args extends unknown[]>(deps: ApiDeps, domains: readonly string[], fetch: (...args: Args) => Promise<T>): StoreApi<ReadState<T, Args>> {
  let last: Args | null = null;
  let generation = 0;
  const freshness = reloadOnChange(domains, () => (last ? store.getState().load(...last) : undefined));
  const store = createStore<ReadState<T, Args>>()((set) => ({
    data: null,
    error: null,
    async load(...args) {
      last = args;
      freshness.loading();
      // Only the newest fetch shows: a slow answer for an older month must not replace a newer one.
      const mine = ++generation;
      try {
        const data = await fetch(...args);
        if (mine === generation) set({ data, error: null });
      } catch (error) {
        if (mine === generation) set({ error: asApiError(error) });
      }
    },
    forget() {
      last = null;
      generation++;
      set({ data: null, error: null });
    },
  }));
  follow(store, deps, freshness);
  return store;
}
