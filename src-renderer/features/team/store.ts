import { createStore, useStore, type StoreApi } from 'zustand';
import type { Member, MemberInput } from '../../../src-shared/contract/team';
import { asApiError, liveDeps, type ApiCallError, type ApiDeps } from '../../lib/api';
import { attempt, type SaveResult } from '../../lib/result';

export interface TeamState {
  members: Member[];
  loading: boolean;
  loaded: boolean;
  error: ApiCallError | null;
  load(): Promise<void>;
  save(input: MemberInput, id?: string): Promise<SaveResult<Member>>;
  remove(id: string): Promise<SaveResult<unknown>>;
  restore(id: string): Promise<SaveResult<Member>>;
}

function upsert(list: Member[], row: Member): Member[] {
  return list.some((m) => m.id === row.id) ? list.map((m) => (m.id === row.id ? row : m)) : [...list, row];
}

export function createTeamStore({ api, onChanged }: ApiDeps): StoreApi<TeamState> {
  const store = createStore<TeamState>()((set, get) => ({
    members: [],
    loading: false,
    loaded: false,
    error: null,
    async load() {
      set({ loading: true });
      try {
        set({ members: await api.team.list({}), loading: false, loaded: true, error: null });
      } catch (error) {
        set({ loading: false, error: asApiError(error) });
      }
    },
    async save(input, id) {
      const result = await attempt(() => (id ? api.team.update({ id, patch: input }) : api.team.create(input)));
      if (result.ok) set({ members: upsert(get().members, result.data) });
      return result;
    },
    async remove(id) {
      const before = get().members;
      set({ members: before.filter((m) => m.id !== id) });
      const result = await attempt(() => api.team.remove({ id }));
      if (!result.ok) set({ members: before });
      return result;
    },
    async restore(id) {
      const result = await attempt(() => api.team.restore({ id }));
      if (result.ok) set({ members: upsert(get().members, result.data) });
      return result;
    },
  }));
  onChanged((event) => {
    if (event.domain === 'team' && store.getState().loaded) void store.getState().load();
  });
  return store;
}

let live: StoreApi<TeamState> | undefined;
export function teamStore(): StoreApi<TeamState> {
  return (live ??= createTeamStore(liveDeps()));
}
export function useTeam<T>(selector: (state: TeamState) => T): T {
  return useStore(teamStore(), selector);
}
