import { useStore, type StoreApi } from 'zustand';
import type { Account, AccountInput } from '../../../src-shared/contract/accounts';
import { liveDeps, type ApiDeps } from '../../lib/api';
import { createListStore, type ListState } from '../../lib/list-store';

export type AccountsState = ListState<Account, AccountInput>;

export function createAccountsStore({ api, onChanged }: ApiDeps): StoreApi<AccountsState> {
  const endpoints = {
    list: () => api.accounts.list({}),
    create: (input: AccountInput) => api.accounts.create(input),
    update: (id: string, patch: AccountInput) => api.accounts.update({ id, patch }),
    remove: (id: string) => api.accounts.remove({ id }),
    restore: (id: string) => api.accounts.restore({ id }),
  };
  // The naming check depends on the workspace's template, so a profile change matters too.
  return createListStore(endpoints, onChanged, ['accounts', 'workspace']);
}

let live: StoreApi<AccountsState> | undefined;
export function accountsStore(): StoreApi<AccountsState> {
  return (live ??= createAccountsStore(liveDeps()));
}
export function useAccounts<T>(selector: (state: AccountsState) => T): T {
  return useStore(accountsStore(), selector);
}
