import type { StoreApi } from 'zustand';
import type { Account, AccountInput } from '../../../src-shared/contract/accounts';
import type { ApiDeps } from '../../lib/api';
import { createListStore, type ListState } from '../../lib/list-store';
import { liveStore } from '../../lib/live-store';

export type AccountsState = ListState<Account, AccountInput>;

export function createAccountsStore(deps: ApiDeps): StoreApi<AccountsState> {
  const { api } = deps;
  const endpoints = {
    list: () => api.accounts.list({}),
    create: (input: AccountInput) => api.accounts.create(input),
    update: (id: string, patch: AccountInput) => api.accounts.update({ id, patch }),
    remove: (id: string) => api.accounts.remove({ id }),
    restore: (id: string) => api.accounts.restore({ id }),
  };
  // The naming check depends on the workspace's template, so a profile change matters too.
  return createListStore(endpoints, deps, { domain: 'accounts', alsoOn: ['workspace'] });
}

export const [accountsStore, useAccounts] = liveStore(createAccountsStore);
