import { createStore, type StoreApi } from 'zustand';
import type { Backup } from '../../../src-shared/contract/backups';
import { asApiError, type ApiCallError, type ApiDeps } from '../../lib/api';
import { follow, liveStore, reloadOnChange, replaceWorkspace } from '../../lib/live-store';
import { attempt, type SaveResult } from '../../lib/result';

export interface BackupsState {
  backups: Backup[];
  loading: boolean;
  /** Name of the backup being restored, or 'new' while a backup is being made. */
  busy: string | null;
  error: ApiCallError | null;
  load(): Promise<void>;
  create(): Promise<SaveResult<Backup>>;
  /** Replaces the workspace; every store refetches what it shows before this resolves. */
  restore(name: string): Promise<SaveResult<unknown>>;
}

export function createBackupsStore(deps: ApiDeps): StoreApi<BackupsState> {
  const { api } = deps;
  const freshness = reloadOnChange(['backups'], () => store.getState().load());
  const store: StoreApi<BackupsState> = createStore<BackupsState>()((set, get) => ({
    backups: [],
    loading: false,
    busy: null,
    error: null,
    async load() {
      freshness.loading();
      set({ loading: true });
      try {
        set({ backups: await api.backups.list({}), loading: false, error: null });
      } catch (error) {
        set({ loading: false, error: asApiError(error) });
      }
    },
    async create() {
      set({ busy: 'new' });
      const result = await attempt(() => api.backups.create({}));
      set({ busy: null, ...(result.ok && { backups: [result.data, ...get().backups] }) });
      return result;
    },
    async restore(name) {
      set({ busy: name });
      // Restoring also makes a "before-restore" backup: this list is refetched with the rest.
      const result = await replaceWorkspace(deps, () => api.backups.restore({ name }));
      set({ busy: null });
      return result;
    },
  }));
  follow(store, deps, freshness);
  return store;
}

export const [backupsStore, useBackups] = liveStore(createBackupsStore);
