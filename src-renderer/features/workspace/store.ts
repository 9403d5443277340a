import { createStore, useStore, type StoreApi } from 'zustand';
import type { Workspace, WorkspaceInput, WorkspaceStatus } from '../../../src-shared/contract/workspace';
import { asApiError, liveDeps, type ApiCallError, type ApiDeps } from '../../lib/api';
import { attempt, type SaveResult } from '../../lib/result';

export interface WorkspaceState {
  status: WorkspaceStatus | null;
  error: ApiCallError | null;
  /** True while the demo workspace is being generated. */
  loadingDemo: boolean;
  load(): Promise<void>;
  update(input: WorkspaceInput): Promise<SaveResult<Workspace>>;
  startEmpty(input: WorkspaceInput): Promise<SaveResult<Workspace>>;
  loadDemo(): Promise<SaveResult<unknown>>;
}

export function createWorkspaceStore({ api, onChanged }: ApiDeps): StoreApi<WorkspaceState> {
  const store = createStore<WorkspaceState>()((set, get) => ({
    status: null,
    error: null,
    loadingDemo: false,
    async load() {
      try {
        set({ status: await api.workspace.status({}), error: null });
      } catch (error) {
        set({ error: asApiError(error) });
      }
    },
    async update(input) {
      const result = await attempt(() => api.workspace.update(input));
      if (result.ok) await get().load();
      return result;
    },
    async startEmpty(input) {
      const result = await attempt(() => api.workspace.startEmpty(input));
      if (result.ok) await get().load();
      return result;
    },
    async loadDemo() {
      set({ loadingDemo: true });
      const result = await attempt(() => api.workspace.loadDemo({ replace: true }));
      if (result.ok) await get().load();
      set({ loadingDemo: false });
      return result;
    },
  }));
  onChanged((event) => {
    if (event.domain === 'workspace') void store.getState().load();
  });
  return store;
}

let live: StoreApi<WorkspaceState> | undefined;
export function workspaceStore(): StoreApi<WorkspaceState> {
  return (live ??= createWorkspaceStore(liveDeps()));
}
export function useWorkspace<T>(selector: (state: WorkspaceState) => T): T {
  return useStore(workspaceStore(), selector);
}
