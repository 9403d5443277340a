import { createStore, useStore, type StoreApi } from 'zustand';
import type { Backup } from '../../../src-shared/contract/backups';
import { asApiError, liveDeps, type ApiCallError, type ApiDeps } from '../../lib/api';
import { attempt, type SaveResult } from '../../lib/result';

export interface BackupsState {
  backups: Backup[];
  loading: boolean;
  /** Name of the backup being restored, or 'new' while a backup is being made. */
  busy: string | null;
  error: ApiCallError | null;
  load(): Promise<void>;
  create(): Promise<SaveResult<Backup>>;
  restore(name: string): Promise<SaveResult<unknown>>;
}

export function createBackupsStore({ api, onChanged }: ApiDeps): StoreApi<BackupsState> {
  const store = createStore<BackupsState>()((set, get) => ({
    backups: [],
    loading: false,
    busy: null,
    error: null,
    async load() {
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
      set({ busy: null });
      if (result.ok) await get().load();
      return result;
    },
    async restore(name) {
      set({ busy: name });
      const result = await attempt(() => api.backups.restore({ name }));
      set({ busy: null });
      // Restoring makes a "before-restore" backup, so the list changes too.
      if (result.ok) await get().load();
      return result;
    },
  }));
  onChanged((event) => {
    if (event.domain === 'backups') void store.getState().load();
  });
  return store;
}

let live: StoreApi<BackupsState> | undefined;
export function backupsStore(): StoreApi<BackupsState> {
  return (live ??= createBackupsStore(liveDeps()));
}
export function useBackups<T>(selector: (state: BackupsState) => T): T {
  return useStore(backupsStore(), selector);
}
