import { createStore, type StoreApi } from 'zustand';
import type { Menu, MenuTopItem } from '../../../src-shared/contract/menus';
import { asApiError, type ApiCallError, type ApiDeps } from '../../lib/api';
import { follow, liveStore, unlessUnchanged } from '../../lib/live-store';
import { perAccountFreshness } from '../../lib/per-account';
import type { SaveResult } from '../../lib/result';

export interface MenusState {
  /** Saved menus per account id. */
  byAccount: Record<string, Menu>;
  loading: boolean;
  error: ApiCallError | null;
  /** Fetches an account's menu, unless it is held and nothing changed since. */
  load(accountId: string): Promise<void>;
  save(accountId: string, items: MenuTopItem[]): Promise<SaveResult<Menu>>;
}

export function createMenusStore(deps: ApiDeps): StoreApi<MenusState> {
  const { api } = deps;
  const freshness = perAccountFreshness(
    'menus',
    () => Object.keys(store.getState().byAccount),
    (accountId) => store.getState().load(accountId),
  );
  const setMenu = (menu: Menu) => store.setState((s) => ({ byAccount: { ...s.byAccount, [menu.accountId]: menu } }));
  const store: StoreApi<MenusState> = createStore<MenusState>()((set) => ({
    byAccount: {},
    loading: false,
    error: null,
    async load(accountId) {
      if (!freshness.wants(accountId)) return;
      set({ loading: true });
      try {
        setMenu(await api.menus.get({ accountId }));
        set({ loading: false, error: null });
      } catch (error) {
        set({ loading: false, error: asApiError(error) });
      }
    },
    // The answer is the whole menu; its event names menu rows the answer carries no ids of.
    save: (accountId, items) =>
      follower.write(
        () => api.menus.save({ accountId, items }),
        (menu) => {
          const before = store.getState().byAccount[accountId];
          setMenu(menu);
          return unlessUnchanged(before, menu, 'domain');
        },
      ),
  }));
  const follower = follow(store, deps, freshness, 'menus');
  return store;
}

export const [menusStore, useMenus] = liveStore(createMenusStore);
