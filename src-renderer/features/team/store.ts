import { useStore, type StoreApi } from 'zustand';
import type { Member, MemberInput } from '../../../src-shared/contract/team';
import { liveDeps, type ApiDeps } from '../../lib/api';
import { createListStore, type ListState } from '../../lib/list-store';

export type TeamState = ListState<Member, MemberInput>;

export function createTeamStore({ api, onChanged }: ApiDeps): StoreApi<TeamState> {
  const endpoints = {
    list: () => api.team.list({}),
    create: (input: MemberInput) => api.team.create(input),
    update: (id: string, patch: MemberInput) => api.team.update({ id, patch }),
    remove: (id: string) => api.team.remove({ id }),
    restore: (id: string) => api.team.restore({ id }),
  };
  return createListStore(endpoints, onChanged, ['team']);
}

let live: StoreApi<TeamState> | undefined;
export function teamStore(): StoreApi<TeamState> {
  return (live ??= createTeamStore(liveDeps()));
}
export function useTeam<T>(selector: (state: TeamState) => T): T {
  return useStore(teamStore(), selector);
}
