import { createStore, type StoreApi } from 'zustand';
import type { Learning, LearningInput, PeerAccount, PeerInput, Post, Snapshot } from '../../../../src-shared/contract/benchmarks';
import { addDays, localDate } from '../../../../src-shared/domain/dates';
import { asApiError, type ApiCallError, type ApiDeps } from '../../../lib/api';
import { createListStore, type ListState } from '../../../lib/list-store';
import { follow, liveStore, reloadOnChange } from '../../../lib/live-store';
import type { SaveResult } from '../../../lib/result';

// 对标账号: the register of peer accounts, and one peer's page (its learnings, recent articles
// and figures). All of it is domain `benchmarks`.

export type PeersState = ListState<PeerAccount, PeerInput>;

export function createPeersStore(deps: ApiDeps): StoreApi<PeersState> {
  const { api } = deps;
  const endpoints = {
    list: () => api.benchmarks.listPeers({}),
    create: (input: PeerInput) => api.benchmarks.createPeer(input),
    update: (id: string, patch: PeerInput) => api.benchmarks.updatePeer({ ...patch, id }),
    remove: (id: string) => api.benchmarks.deletePeer({ id }),
    restore: (id: string) => api.benchmarks.restorePeer({ id }),
  };
  return createListStore(endpoints, deps, { domain: 'benchmarks' });
}

export const [peersStore, usePeers] = liveStore(createPeersStore);

/** How far back a peer's page lists articles. */
const RECENT_DAYS = 90;

export interface PeerPageState {
  peerId: string | null;
  learnings: Learning[];
  posts: Post[];
  snapshots: Snapshot[];
  loading: boolean;
  loaded: boolean;
  error: ApiCallError | null;
  /** Loads one peer's learnings, recent articles and weekly figures. */
  open(peerId: string): Promise<void>;
  saveLearning(input: LearningInput, id?: string): Promise<SaveResult<Learning>>;
  removeLearning(id: string): Promise<SaveResult<unknown>>;
}

export function createPeerPageStore(deps: ApiDeps): StoreApi<PeerPageState> {
  const { api } = deps;
  let generation = 0;
  const freshness = reloadOnChange(['benchmarks'], () => {
    const { peerId } = store.getState();
    return peerId ? store.getState().open(peerId) : undefined;
  });
  const store: StoreApi<PeerPageState> = createStore<PeerPageState>()((set, get) => ({
    peerId: null,
    learnings: [],
    posts: [],
    snapshots: [],
    loading: false,
    loaded: false,
    error: null,
    async open(peerId) {
      freshness.loading();
      const mine = ++generation;
      const same = get().peerId === peerId;
      set({ peerId, loading: true, ...(same ? {} : { learnings: [], posts: [], snapshots: [], loaded: false }) });
      const to = localDate(new Date());
      const from = addDays(to, -RECENT_DAYS);
      try {
        const [learnings, posts, snapshots] = await Promise.all([
          api.benchmarks.listLearnings({ peerId }),
          api.benchmarks.listPosts({ from, to, accountIds: [peerId], limit: 200 }),
          api.benchmarks.listSnapshots({ accountId: peerId, kind: 'week', from: addDays(to, -7 * 26), to }),
        ]);
        if (mine === generation) set({ learnings, posts, snapshots: snapshots.reverse(), loading: false, loaded: true, error: null });
      } catch (error) {
        if (mine === generation) set({ loading: false, error: asApiError(error) });
      }
    },
    saveLearning(input, id) {
      return follower.write(
        () => (id ? api.benchmarks.updateLearning({ ...input, id }) : api.benchmarks.createLearning(input)),
        (learning) => {
          const rows = get().learnings;
          set({ learnings: rows.some((l) => l.id === learning.id) ? rows.map((l) => (l.id === learning.id ? learning : l)) : [learning, ...rows] });
          return [learning.id];
        },
      );
    },
    async removeLearning(id) {
      const before = get().learnings;
      set({ learnings: before.filter((l) => l.id !== id) });
      const result = await follower.write(
        () => api.benchmarks.deleteLearning({ id }),
        () => [id],
      );
      if (!result.ok) set({ learnings: before });
      return result;
    },
  }));
  const follower = follow(store, deps, freshness, 'benchmarks');
  return store;
}

export const [peerPageStore, usePeerPage] = liveStore(createPeerPageStore);
