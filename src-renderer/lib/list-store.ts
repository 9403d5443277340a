import { createStore, type StoreApi } from 'zustand';
import type { ChangeEvent } from '../../src-shared/contract/define';
import { asApiError, type ApiCallError } from './api';
import { attempt, type SaveResult } from './result';

/** The API methods of a domain whose rows are listed, edited, deleted with undo. */
export interface ListEndpoints<Row extends { id: string }, Input> {
  list(): Promise<Row[]>;
  create(input: Input): Promise<Row>;
  update(id: string, patch: Input): Promise<Row>;
  remove(id: string): Promise<unknown>;
  restore(id: string): Promise<Row>;
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

/** A store of one domain's rows that reloads when any of `reloadOn` reports a change. */
export function createListStore<Row extends { id: string }, Input>(
  endpoints: ListEndpoints<Row, Input>,
  onChanged: (listener: (event: ChangeEvent) => void) => unknown,
  reloadOn: readonly string[],
): StoreApi<ListState<Row, Input>> {
  const store = createStore<ListState<Row, Input>>()((set, get) => ({
    rows: [],
    loading: false,
    loaded: false,
    error: null,
    async load() {
      set({ loading: true });
      try {
        set({ rows: await endpoints.list(), loading: false, loaded: true, error: null });
      } catch (error) {
        set({ loading: false, error: asApiError(error) });
      }
    },
    async save(input, id) {
      const result = await attempt(() => (id ? endpoints.update(id, input) : endpoints.create(input)));
      if (result.ok) set({ rows: upsert(get().rows, result.data) });
      return result;
    },
    async remove(id) {
      const before = get().rows;
      set({ rows: before.filter((r) => r.id !== id) });
      const result = await attempt(() => endpoints.remove(id));
      if (!result.ok) set({ rows: before });
      return result;
    },
    async restore(id) {
      const result = await attempt(() => endpoints.restore(id));
      if (result.ok) set({ rows: upsert(get().rows, result.data) });
      return result;
    },
  }));
  onChanged((event) => {
    if (reloadOn.includes(event.domain) && store.getState().loaded) void store.getState().load();
  });
  return store;
}
