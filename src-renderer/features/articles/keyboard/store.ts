import { createStore, type StoreApi } from 'zustand';
import type { ApiDeps } from '../../../lib/api';
import { follow, isForeign, liveStore, type Freshness } from '../../../lib/live-store';
import type { SaveResult } from '../../../lib/result';

// Who is at this device's keyboard (a team member, kept on the device by the back end): revisions,
// comments and decisions carry them. The article page asks once, when nobody is chosen yet.

export interface KeyboardState {
  /** The member at the keyboard; null when nobody is chosen (or the chosen one left the team). */
  memberId: string | null;
  loaded: boolean;
  /** The operator closed the question without choosing: not asked again until the app restarts. */
  skipped: boolean;
  load(): Promise<void>;
  choose(memberId: string): Promise<SaveResult<{ memberId: string | null }>>;
  skip(): void;
}

export function createKeyboardStore(deps: ApiDeps): StoreApi<KeyboardState> {
  const { api } = deps;
  let stale = false;
  // A member removed from the team is no longer at the keyboard: team changes re-read it.
  const freshness: Freshness = {
    domains: ['team'],
    stale: (change) => void (stale ||= isForeign(change)),
    staleAll: () => void (stale = true),
    refresh: async () => {
      if (stale && store.getState().loaded) await store.getState().load();
    },
  };
  const store: StoreApi<KeyboardState> = createStore<KeyboardState>()((set) => ({
    memberId: null,
    loaded: false,
    skipped: false,
    async load() {
      stale = false;
      try {
        const { memberId } = await api.team.keyboard({});
        set({ memberId, loaded: true });
      } catch {
        // Not knowing who types must not block writing: the question waits for the next load.
      }
    },
    choose: (memberId) =>
      follower.write(
        () => api.team.setKeyboard({ memberId }),
        (answer) => {
          set({ memberId: answer.memberId, loaded: true });
          return [];
        },
      ),
    skip: () => set({ skipped: true }),
  }));
  const follower = follow(store, deps, freshness);
  return store;
}

export const [keyboardStore, useKeyboard] = liveStore(createKeyboardStore);
