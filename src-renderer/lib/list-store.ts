import { createStore, type StoreApi } from 'zustand';
import { asApiError, type ApiCallError, type ApiDeps } from './api';
import { follow, reloadOnChange, unlessUnchanged } from './live-store';
import type { SaveResult } from './result';

/** The API methods of a domain whose rows are listed, edited, deleted with undo. */
export interface ListEndpoints<Row extends { id: string }, Input> {
  list(): Promise<Row[]>;
  create(input: Input): Promise<Row>;
  update(id: string, patch: Input): Promise<Row>;
  remove(id: string): Promise<unknown>;
  restore(id: string): Promise<Row>;
}

export interface ListDomain<Row> {
  /** The domain the rows belong to. */
  domain: string;
  /** Other domains whose changes change the rows too. */
  alsoOn?: readonly string[];
  /** The ids a row's change event names: the row's, and its set members' with their own ids (KPIs). */
  idsOf?(row: Row): string[];
}

export interface ListState<Row extends { id: string }, Input> {
  rows: Row[];
  loading: boolean;
  loaded: boolean;
  error: ApiCallError | null;
  load(): Promise<void>;
  /** Creates when `id` is absent, updates otherwise. */
  save(input: Input, id?: string): Promise<SaveResult<Row>>;
  /** Deletes at once (the row disappears); `restore` undoes it. */
  remove(id: string): Promise<SaveResult<unknown>>;
  restore(id: string): Promise<SaveResult<Row>>;
}

function upsert<Row extends { id: string }>(list: Row[], row: Row): Row[] {
  return list.some((r) => r.id === row.id) ? list.map((r) => (r.id === row.id ? row : r)) : [...list, row];
}

/** A store of one domain's rows: writes show the answer, changes made elsewhere reload the list. */
export function createListStore<Row extends { id: string }, Input>(
  endpoints: ListEndpoints<Row, Input>,
  deps: ApiDeps,
  { domain, alsoOn = [], idsOf = (row) => [row.id] }: ListDomain<Row>,
): StoreApi<ListState<Row, Input>> {
  let generation = 0;
  const freshness = reloadOnChange([domain, ...alsoOn], () => (store.getState().loaded ? store.getState().load() : undefined));
  /** The rows a write names; a load that started before it may miss it, so its event reloads. */
  const written = (ids: string[]) => {
    if (store.getState().loading) freshness.staleAll();
    return ids;
  };
  const show = (row: Row, before?: Row) => {
    store.setState({ rows: upsert(store.getState().rows, row) });
    return unlessUnchanged(before, row, written([...idsOf(row), ...(before ? idsOf(before) : [])]));
  };
  const store: StoreApi<ListState<Row, Input>> = createStore<ListState<Row, Input>>()((set, get) => ({
    rows: [],
    loading: false,
    loaded: false,
    error: null,
    async load() {
      freshness.loading();
      const mine = ++generation;
      set({ loading: true });
      try {
        const rows = await endpoints.list();
        if (mine === generation) set({ rows, loading: false, loaded: true, error: null });
      } catch (error) {
        if (mine === generation) set({ loading: false, error: asApiError(error) });
      }
    },
    save(input, id) {
      const before = get().rows.find((r) => r.id === id);
      return follower.write(
        () => (id ? endpoints.update(id, input) : endpoints.create(input)),
        (row) => show(row, before),
      );
    },
    async remove(id) {
      const before = get().rows;
      set({ rows: before.filter((r) => r.id !== id) });
      const result = await follower.write(
        () => endpoints.remove(id),
        () => written([id]),
      );
      if (!result.ok) set({ rows: before });
      return result;
    },
    restore: (id) => follower.write(() => endpoints.restore(id), show),
  }));
  const follower = follow(store, deps, freshness, domain);
  return store;
}
