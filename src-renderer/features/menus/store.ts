import { createStore, useStore, type StoreApi } from 'zustand';
import type { Menu, MenuTopItem } from '../../../src-shared/contract/menus';
import { asApiError, liveDeps, type ApiCallError, type ApiDeps } from '../../lib/api';
import { reloadOpenedAccounts } from '../../lib/per-account';
import { attempt, type SaveResult } from '../../lib/result';

export interface MenusState {
  /** Saved menus per account id. */
  byAccount: Record<string, Menu>;
  loading: boolean;
  error: ApiCallError | null;
  load(accountId: string): Promise<void>;
  save(accountId: string, items: MenuTopItem[]): Promise<SaveResult<Menu>>;
}

export function createMenusStore({ api, onChanged }: ApiDeps): StoreApi<MenusState> {
  const store = createStore<MenusState>()((set, get) => ({
    byAccount: {},
    loading: false,
    error: null,
    async load(accountId) {
      set({ loading: true });
      try {
        const menu = await api.menus.get({ accountId });
        set({ byAccount: { ...get().byAccount, [accountId]: menu }, loading: false, error: null });
      } catch (error) {
        set({ loading: false, error: asApiError(error) });
      }
    },
    async save(accountId, items) {
      const result = await attempt(() => api.menus.save({ accountId, items }));
      if (result.ok) set({ byAccount: { ...get().byAccount, [accountId]: result.data } });
      return result;
    },
  }));
  reloadOpenedAccounts(onChanged, 'menus', () => store.getState());
  return store;
}

let live: StoreApi<MenusState> | undefined;
export function menusStore(): StoreApi<MenusState> {
  return (live ??= createMenusStore(liveDeps()));
}
export function useMenus<T>(selector: (state: MenusState) => T): T {
  return useStore(menusStore(), selector);
}
