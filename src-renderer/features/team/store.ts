import type { StoreApi } from 'zustand';
import type { Member, MemberInput } from '../../../src-shared/contract/team';
import type { ApiDeps } from '../../lib/api';
import { createListStore, type ListState } from '../../lib/list-store';
import { liveStore } from '../../lib/live-store';

export type TeamState = ListState<Member, MemberInput>;

export function createTeamStore(deps: ApiDeps): StoreApi<TeamState> {
  const { api } = deps;
  const endpoints = {
    list: () => api.team.list({}),
    create: (input: MemberInput) => api.team.create(input),
    update: (id: string, patch: MemberInput) => api.team.update({ id, patch }),
    remove: (id: string) => api.team.remove({ id }),
    restore: (id: string) => api.team.restore({ id }),
  };
  // KPIs are rows of their own: a member's change event names them too.
  return createListStore(endpoints, deps, { domain: 'team', idsOf: (member) => [member.id, ...member.kpis.map((kpi) => kpi.id)] });
}

export const [teamStore, useTeam] = liveStore(createTeamStore);
