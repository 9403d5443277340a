import { createStore, type StoreApi } from 'zustand';
import type { BenchAccount, PeriodKind, Post, PostInput, Snapshot, SnapshotInput } from '../../../../src-shared/contract/benchmarks';
import { periodEnd } from '../../../../src-shared/domain/benchmarks/periods';
import { asApiError, type ApiCallError, type ApiDeps } from '../../../lib/api';
import { follow, liveStore, reloadOnChange } from '../../../lib/live-store';
import type { SaveResult } from '../../../lib/result';

// 录入数据: the accounts one can enter figures for, one account's stored figures for a range of
// periods, and the saves of the grid's rows (one call per 5,000 rows, the contract's limit).

/** Rows per call: the contract's maximum. */
export const SAVE_CHUNK = 5000;

export interface EntryFigures {
  accountId: string;
  kind: PeriodKind;
  /** The periods shown, oldest first (their starts). */
  periods: string[];
  snapshots: Snapshot[];
  posts: Post[];
}

export interface EntryState {
  accounts: BenchAccount[];
  accountsLoaded: boolean;
  figures: EntryFigures | null;
  loading: boolean;
  error: ApiCallError | null;
  loadAccounts(): Promise<void>;
  /** Loads an account's figures for the periods `periods` (oldest first). */
  loadFigures(accountId: string, kind: PeriodKind, periods: string[]): Promise<void>;
  /** Saves snapshot rows; `failedAt` says which chunk's rows an error belongs to. */
  saveSnapshots(rows: SnapshotInput[]): Promise<SaveResult<{ saved: number }> & { offset?: number }>;
  savePosts(rows: PostInput[]): Promise<SaveResult<{ created: number; updated: number }> & { offset?: number }>;
}

/** Sends rows in chunks, one transaction each; stops at the first failure and says where it was. */
async function inChunks<I, R>(rows: I[], send: (chunk: I[]) => Promise<SaveResult<R>>, add: (a: R, b: R) => R, zero: R): Promise<SaveResult<R> & { offset?: number }> {
  let total = zero;
  for (let offset = 0; offset < rows.length; offset += SAVE_CHUNK) {
    const result = await send(rows.slice(offset, offset + SAVE_CHUNK));
    if (!result.ok) return { ...result, offset };
    total = add(total, result.data);
  }
  return { ok: true, data: total };
}

export function createEntryStore(deps: ApiDeps): StoreApi<EntryState> {
  const { api } = deps;
  let generation = 0;
  // Figures written elsewhere (an import, another window) reload what is shown; the grid keeps its unsaved cells.
  const freshness = reloadOnChange(['benchmarks', 'accounts'], () => {
    const { figures, accountsLoaded } = store.getState();
    return Promise.all([accountsLoaded ? store.getState().loadAccounts() : undefined, figures ? store.getState().loadFigures(figures.accountId, figures.kind, figures.periods) : undefined]);
  });
  const store: StoreApi<EntryState> = createStore<EntryState>()((set) => ({
    accounts: [],
    accountsLoaded: false,
    figures: null,
    loading: false,
    error: null,
    async loadAccounts() {
      try {
        set({ accounts: await api.benchmarks.listAccounts({}), accountsLoaded: true });
      } catch (error) {
        set({ error: asApiError(error) });
      }
    },
    async loadFigures(accountId, kind, periods) {
      freshness.loading();
      const mine = ++generation;
      set({ loading: true });
      const from = periods[0]!;
      const to = periodEnd({ kind, start: periods[periods.length - 1]! });
      try {
        const [snapshots, posts] = await Promise.all([api.benchmarks.listSnapshots({ accountId, kind, from, to }), api.benchmarks.listPosts({ from, to, accountIds: [accountId], limit: 5000 })]);
        // Oldest first, as a sheet lists them.
        if (mine === generation) set({ figures: { accountId, kind, periods, snapshots, posts: posts.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.position - b.position) }, loading: false, error: null });
      } catch (error) {
        if (mine === generation) set({ loading: false, error: asApiError(error) });
      }
    },
    saveSnapshots: (rows) =>
      inChunks(
        rows,
        (chunk) =>
          follower.write(
            () => api.benchmarks.saveSnapshots({ rows: chunk }),
            () => 'domain',
          ),
        (a, b) => ({ saved: a.saved + b.saved }),
        { saved: 0 },
      ),
    savePosts: (rows) =>
      inChunks(
        rows,
        (chunk) =>
          follower.write(
            () => api.benchmarks.savePosts({ rows: chunk }),
            () => 'domain',
          ),
        (a, b) => ({ created: a.created + b.created, updated: a.updated + b.updated }),
        { created: 0, updated: 0 },
      ),
  }));
  const follower = follow(store, deps, freshness, 'benchmarks');
  return store;
}

export const [entryStore, useEntry] = liveStore(createEntryStore);
