import { createStore, type StoreApi } from 'zustand';
import type { Column, ColumnInput } from '../../../src-shared/contract/columns';
import { asApiError, type ApiCallError, type ApiDeps } from '../../lib/api';
import { follow, liveStore } from '../../lib/live-store';
import { perAccountFreshness } from '../../lib/per-account';
import type { SaveResult } from '../../lib/result';

export interface ColumnsState {
  /** Columns per account id, in their order; only accounts that were opened are here. */
  byAccount: Record<string, Column[]>;
  loading: boolean;
  error: ApiCallError | null;
  /** Fetches an account's columns, unless they are held and nothing changed since. */
  load(accountId: string): Promise<void>;
  save(input: ColumnInput, id?: string): Promise<SaveResult<Column>>;
  remove(column: Column): Promise<SaveResult<unknown>>;
  restore(id: string): Promise<SaveResult<Column>>;
  /** Moves a column one place up (-1) or down (+1). */
  move(accountId: string, id: string, delta: -1 | 1): Promise<SaveResult<unknown>>;
}

export function createColumnsStore(deps: ApiDeps): StoreApi<ColumnsState> {
  const { api } = deps;
  const freshness = perAccountFreshness(
    'columns',
    () => Object.keys(store.getState().byAccount),
    (accountId) => store.getState().load(accountId),
  );
  const setList = (accountId: string, list: Column[]) => store.setState((s) => ({ byAccount: { ...s.byAccount, [accountId]: list } }));
  /** Puts a saved column in its account's list (when that list is held), in column order. */
  const show = (column: Column) => {
    const list = store.getState().byAccount[column.accountId];
    if (list)
      setList(
        column.accountId,
        [...list.filter((c) => c.id !== column.id), column].sort((a, b) => a.sortOrder - b.sortOrder),
      );
    return [column.id];
  };
  const store: StoreApi<ColumnsState> = createStore<ColumnsState>()((set, get) => ({
    byAccount: {},
    loading: false,
    error: null,
    async load(accountId) {
      if (!freshness.wants(accountId)) return;
      set({ loading: true });
      try {
        const list = await api.columns.list({ accountId });
        setList(accountId, list);
        set({ loading: false, error: null });
      } catch (error) {
        set({ loading: false, error: asApiError(error) });
      }
    },
    save(input, id) {
      const { accountId, ...patch } = input;
      return follower.write(() => (id ? api.columns.update({ id, patch }) : api.columns.create(input)), show);
    },
    async remove(column) {
      const before = get().byAccount[column.accountId] ?? [];
      setList(
        column.accountId,
        before.filter((c) => c.id !== column.id),
      );
      const result = await follower.write(
        () => api.columns.remove({ id: column.id }),
        () => [column.id],
      );
      if (!result.ok) setList(column.accountId, before);
      return result;
    },
    restore: (id) => follower.write(() => api.columns.restore({ id }), show),
    async move(accountId, id, delta) {
      const before = get().byAccount[accountId] ?? [];
      const from = before.findIndex((c) => c.id === id);
      const to = from + delta;
      if (from < 0 || to < 0 || to >= before.length) return { ok: true, data: null };
      const order = [...before];
      const [moved] = order.splice(from, 1);
      order.splice(to, 0, moved!);
      // Numbered as the back end numbers them, so a column restored later sorts into its place.
      const next = order.map((column, index) => ({ ...column, sortOrder: index + 1 }));
      setList(accountId, next);
      const ids = next.map((c) => c.id);
      const result = await follower.write(
        () => api.columns.reorder({ accountId, ids }),
        () => ids,
      );
      if (!result.ok) setList(accountId, before);
      return result;
    },
  }));
  const follower = follow(store, deps, freshness, 'columns');
  return store;
}

export const [columnsStore, useColumns] = liveStore(createColumnsStore);
