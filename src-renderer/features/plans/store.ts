import type { StoreApi } from 'zustand';
import type { Plan, PlanCreate, PlanSummary } from '../../../src-shared/contract/plans';
import type { ApiDeps } from '../../lib/api';
import { createListStore, type ListState } from '../../lib/list-store';
import { liveStore } from '../../lib/live-store';

// 运营方案: the list of plans with how often each was exported. A plan's own page (the composer)
// has its store in composer/store.ts; an export there changes the counts here through its event.

export type PlansState = ListState<PlanSummary, PlanCreate>;

/** A plan as its list row; `exports` carries the counts the list already shows (a new plan has none). */
function summaryOf(plan: Plan, exports: Pick<PlanSummary, 'exports' | 'lastExportedAt'> = { exports: 0, lastExportedAt: null }): PlanSummary {
  const { id, createdAt, updatedAt, title, periodKind, periodStart, periodEnd, template } = plan;
  return { id, createdAt, updatedAt, title, periodKind, periodStart, periodEnd, template, ...exports };
}

export function createPlansStore(deps: ApiDeps): StoreApi<PlansState> {
  const { api } = deps;
  const countsOf = (id: string): PlanSummary | undefined => store.getState().rows.find((row) => row.id === id);
  const store: StoreApi<PlansState> = createListStore<PlanSummary, PlanCreate>(
    {
      list: () => api.plans.list({}),
      create: async (input) => summaryOf(await api.plans.create(input)),
      update: async (id, patch) => summaryOf(await api.plans.update({ id, patch }), countsOf(id)),
      remove: (id) => api.plans.remove({ id }),
      // The deleted row left the list with its export counts: the list's answer has them again.
      restore: async (id) => {
        const plan = await api.plans.restore({ id });
        return (await api.plans.list({})).find((row) => row.id === id) ?? summaryOf(plan);
      },
    },
    deps,
    { domain: 'plans' },
  );
  return store;
}

export const [plansStore, usePlans] = liveStore(createPlansStore);
