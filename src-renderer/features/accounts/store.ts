import { createStore, useStore, type StoreApi } from 'zustand';
import type { Account, AccountInput } from '../../../src-shared/contract/accounts';
import { asApiError, liveDeps, type ApiCallError, type ApiDeps } from '../../lib/api';
import { attempt, type SaveResult } from '../../lib/result';

export interface AccountsState {
  accounts: Account[];
  loading: boolean;
  loaded: boolean;
  error: ApiCallError | null;
  load(): Promise<void>;
  /** Creates when `id` is absent, updates otherwise. */
  save(input: AccountInput, id?: string): Promise<SaveResult<Account>>;
  /** Deletes at once (the row disappears); `restore` undoes it. */
  remove(id: string): Promise<SaveResult<unknown>>;
  restore(id: string): Promise<SaveResult<Account>>;
}

function upsert(list: Account[], row: Account): Account[] {
  return list.some((a) => a.id === row.id) ? list.map((a) => (a.id === row.id ? row : a)) : [...list, row];
}

export function createAccountsStore({ api, onChanged }: ApiDeps): StoreApi<AccountsState> {
  const store = createStore<AccountsState>()((set, get) => ({
    accounts: [],
    loading: false,
    loaded: false,
    error: null,
    async load() {
      set({ loading: true });
      try {
        set({ accounts: await api.accounts.list({}), loading: false, loaded: true, error: null });
      } catch (error) {
        set({ loading: false, error: asApiError(error) });
      }
    },
    async save(input, id) {
      const result = await attempt(() => (id ? api.accounts.update({ id, patch: input }) : api.accounts.create(input)));
      if (result.ok) set({ accounts: upsert(get().accounts, result.data) });
      return result;
    },
    async remove(id) {
      const before = get().accounts;
      set({ accounts: before.filter((a) => a.id !== id) });
      const result = await attempt(() => api.accounts.remove({ id }));
      if (!result.ok) set({ accounts: before });
      return result;
    },
    async restore(id) {
      const result = await attempt(() => api.accounts.restore({ id }));
      if (result.ok) set({ accounts: upsert(get().accounts, result.data) });
      return result;
    },
  }));
  onChanged((event) => {
    // The naming check depends on the workspace's template, so a profile change matters too.
    const relevant = event.domain === 'accounts' || event.domain === 'workspace';
    if (relevant && store.getState().loaded) void store.getState().load();
  });
  return store;
}

let live: StoreApi<AccountsState> | undefined;
export function accountsStore(): StoreApi<AccountsState> {
  return (live ??= createAccountsStore(liveDeps()));
}
export function useAccounts<T>(selector: (state: AccountsState) => T): T {
  return useStore(accountsStore(), selector);
}
