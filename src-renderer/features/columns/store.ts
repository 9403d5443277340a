import { createStore, useStore, type StoreApi } from 'zustand';
import type { Column, ColumnInput } from '../../../src-shared/contract/columns';
import { asApiError, liveDeps, type ApiCallError, type ApiDeps } from '../../lib/api';
import { reloadOpenedAccounts } from '../../lib/per-account';
import { attempt, type SaveResult } from '../../lib/result';

export interface ColumnsState {
  /** Columns per account id, in their order; only accounts that were opened are here. */
  byAccount: Record<string, Column[]>;
  loading: boolean;
  error: ApiCallError | null;
  load(accountId: string): Promise<void>;
  save(input: ColumnInput, id?: string): Promise<SaveResult<Column>>;
  remove(column: Column): Promise<SaveResult<unknown>>;
  restore(id: string): Promise<SaveResult<Column>>;
  /** Moves a column one place up (-1) or down (+1). */
  move(accountId: string, id: string, delta: -1 | 1): Promise<SaveResult<unknown>>;
}

export function createColumnsStore({ api, onChanged }: ApiDeps): StoreApi<ColumnsState> {
  const setList = (accountId: string, list: Column[]) => store.setState((s) => ({ byAccount: { ...s.byAccount, [accountId]: list } }));
  const store = createStore<ColumnsState>()((set, get) => ({
    byAccount: {},
    loading: false,
    error: null,
    async load(accountId) {
      set({ loading: true });
      try {
        const list = await api.columns.list({ accountId });
        setList(accountId, list);
        set({ loading: false, error: null });
      } catch (error) {
        set({ loading: false, error: asApiError(error) });
      }
    },
    async save(input, id) {
      const { accountId, ...patch } = input;
      const result = await attempt(() => (id ? api.columns.update({ id, patch }) : api.columns.create(input)));
      if (result.ok) await get().load(accountId);
      return result;
    },
    async remove(column) {
      const before = get().byAccount[column.accountId] ?? [];
      setList(column.accountId, before.filter((c) => c.id !== column.id));
      const result = await attempt(() => api.columns.remove({ id: column.id }));
      if (!result.ok) setList(column.accountId, before);
      return result;
    },
    async restore(id) {
      const result = await attempt(() => api.columns.restore({ id }));
      if (result.ok) await get().load(result.data.accountId);
      return result;
    },
    async move(accountId, id, delta) {
      const before = get().byAccount[accountId] ?? [];
      const from = before.findIndex((c) => c.id === id);
      const to = from + delta;
      if (from < 0 || to < 0 || to >= before.length) return { ok: true, data: null };
      const next = [...before];
      const [moved] = next.splice(from, 1);
      next.splice(to, 0, moved!);
      setList(accountId, next);
      const result = await attempt(() => api.columns.reorder({ accountId, ids: next.map((c) => c.id) }));
      if (!result.ok) setList(accountId, before);
      return result;
    },
  }));
  reloadOpenedAccounts(onChanged, 'columns', () => store.getState());
  return store;
}

let live: StoreApi<ColumnsState> | undefined;
export function columnsStore(): StoreApi<ColumnsState> {
  return (live ??= createColumnsStore(liveDeps()));
}
export function useColumns<T>(selector: (state: ColumnsState) => T): T {
  return useStore(columnsStore(), selector);
}
