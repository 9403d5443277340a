import { createStore, type StoreApi } from 'zustand';
import type { Workspace, WorkspaceInput, WorkspaceStatus } from '../../../src-shared/contract/workspace';
import { localDate } from '../../../src-shared/domain/dates';
import { asApiError, type ApiCallError, type ApiDeps } from '../../lib/api';
import { follow, liveStore, reloadOnChange, replaceWorkspace, unlessUnchanged, type Written } from '../../lib/live-store';
import type { SaveResult } from '../../lib/result';

export interface WorkspaceState {
  status: WorkspaceStatus | null;
  error: ApiCallError | null;
  /** True while the demo workspace is being generated. */
  loadingDemo: boolean;
  load(): Promise<void>;
  update(input: WorkspaceInput): Promise<SaveResult<Workspace>>;
  startEmpty(input: WorkspaceInput): Promise<SaveResult<Workspace>>;
  /** Replaces the workspace with the demo, its calendar around the user's today; every store refetches what it shows before this resolves. */
  loadDemo(): Promise<SaveResult<unknown>>;
}

export function createWorkspaceStore(deps: ApiDeps): StoreApi<WorkspaceState> {
  const { api } = deps;
  const freshness = reloadOnChange(['workspace'], () => store.getState().load());
  /** The profile as the server saved it (a saved profile means the workspace is set up); unchanged, it has no change event. */
  const show = (workspace: Workspace): Written => {
    const status = store.getState().status;
    if (status) store.setState({ status: { ...status, initialized: true, workspace } });
    return unlessUnchanged(status?.workspace, workspace, 'domain');
  };
  const store: StoreApi<WorkspaceState> = createStore<WorkspaceState>()((set) => ({
    status: null,
    error: null,
    loadingDemo: false,
    async load() {
      freshness.loading();
      try {
        set({ status: await api.workspace.status({}), error: null });
      } catch (error) {
        set({ error: asApiError(error) });
      }
    },
    update: (input) => follower.write(() => api.workspace.update(input), show),
    startEmpty: (input) => follower.write(() => api.workspace.startEmpty(input), show),
    async loadDemo() {
      set({ loadingDemo: true });
      const result = await replaceWorkspace(deps, () => api.workspace.loadDemo({ replace: true, today: localDate(new Date()) }));
      set({ loadingDemo: false });
      return result;
    },
  }));
  const follower = follow(store, deps, freshness, 'workspace');
  return store;
}

export const [workspaceStore, useWorkspace] = liveStore(createWorkspaceStore);
