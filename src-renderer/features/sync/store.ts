import { createStore, type StoreApi } from 'zustand';
import { contract } from '../../../src-shared/contract';
import type { EnrollInput, SyncReport, SyncStatus } from '../../../src-shared/contract/sync';
import { asApiError, type ApiCallError, type ApiDeps } from '../../lib/api';
import { follow, liveStore, replaceWorkspace, type Change, type Freshness } from '../../lib/live-store';
import { attempt, type SaveResult } from '../../lib/result';

// 同步 (设置 → 同步, the header's indicator, the revoked banner): the device's sync status. It is
// refetched on `sync.changed` (the engine's own events: started, finished, failed) and, once
// enrolled, after a write in any domain, since every write adds to 待上传.

/** The message key of enroll's refusal when both this workspace and HQ hold data. */
export const BOTH_HAVE_DATA = 'sync.enroll.bothHaveData';

/**
 * Whether enroll was refused because both sides hold data: the operator picks merge or replace.
 * The key comes as the message or as the issue on `mode`.
 */
export function isBothHaveData(error: { code: string; message: string; issues?: ReadonlyArray<{ message: string }> }): boolean {
  return error.code === 'conflict' && (error.message === BOTH_HAVE_DATA || (error.issues ?? []).some((issue) => issue.message === BOTH_HAVE_DATA));
}

export function isEnrolled(status: SyncStatus | null): status is SyncStatus {
  return status !== null && status.state !== 'notEnrolled';
}

export interface SyncStoreState {
  status: SyncStatus | null;
  error: ApiCallError | null;
  /** An enrolment (and its first sync) is under way. */
  enrolling: boolean;
  /** 立即同步 is under way (the status may say `syncing` on its own: the background loop). */
  syncingNow: boolean;
  /** What the enrolment that was left named: 重新注册 after a revoke starts from it. */
  previous: { hqUrl: string | null; deviceName: string | null } | null;
  load(): Promise<void>;
  /** Enrolls and syncs; HQ's rows may change every domain, so every shown store refetches. */
  enroll(input: EnrollInput): Promise<SaveResult<SyncReport>>;
  syncNow(): Promise<SaveResult<SyncReport>>;
  setAuto(auto: boolean): Promise<SaveResult<SyncStatus>>;
  /** Forgets the enrolment; the data stays on this device. */
  leave(): Promise<SaveResult<SyncStatus>>;
}

/** Every domain: a write anywhere changes the count of changes waiting to go up. */
const ALL_DOMAINS = Object.keys(contract);

export function createSyncStore(deps: ApiDeps): StoreApi<SyncStoreState> {
  const { api } = deps;
  let dirty = false;
  const freshness: Freshness = {
    domains: ALL_DOMAINS,
    // Before enrolment nothing is counted: only the sync domain's own events matter.
    stale: (change: Change) => void (dirty ||= change.domain === 'sync' || isEnrolled(store.getState().status)),
    staleAll: () => void (dirty = true),
    refresh: async () => {
      if (dirty) await store.getState().load();
    },
  };

  const showReport = (report: SyncReport) => store.setState({ status: report.status, error: null });

  const store: StoreApi<SyncStoreState> = createStore<SyncStoreState>()((set, get) => ({
    status: null,
    error: null,
    enrolling: false,
    syncingNow: false,
    previous: null,
    async load() {
      dirty = false;
      try {
        set({ status: await api.sync.status({}), error: null });
      } catch (error) {
        set({ error: asApiError(error) });
      }
    },
    async enroll(input) {
      set({ enrolling: true });
      const result = await replaceWorkspace(deps, () => api.sync.enroll(input));
      if (result.ok) showReport(result.data);
      set({ enrolling: false });
      return result;
    },
    async syncNow() {
      set({ syncingNow: true });
      const result = await attempt(() => api.sync.syncNow({}));
      if (result.ok) showReport(result.data);
      set({ syncingNow: false });
      // A failed attempt is recorded in the status (lastError, the next attempt): show it.
      if (!result.ok) await get().load();
      return result;
    },
    async setAuto(auto) {
      const result = await attempt(() => api.sync.setAuto({ auto }));
      if (result.ok) set({ status: result.data });
      return result;
    },
    async leave() {
      const before = get().status;
      const result = await attempt(() => api.sync.leave({}));
      if (result.ok) set({ status: result.data, previous: before && { hqUrl: before.hqUrl, deviceName: before.deviceName } });
      return result;
    },
  }));
  follow(store, deps, freshness, 'sync');
  return store;
}

export const [syncStore, useSync] = liveStore(createSyncStore);
