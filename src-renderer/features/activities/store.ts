import { createStore, type StoreApi } from 'zustand';
import type { Activity, ActivityInput, ImplementationRow } from '../../../src-shared/contract/activities';
import { asApiError, type ApiCallError, type ApiDeps } from '../../lib/api';
import { createListStore, type ListState } from '../../lib/list-store';
import { follow, liveStore, reloadOnChange } from '../../lib/live-store';

// 活动: the list of activities (each with its figures) and the monthly implementation table.
// An activity's figures follow its cost lines and the hours logged on it, so both lists reload
// when the costs or the work log change.

export type ActivitiesState = ListState<Activity, ActivityInput>;

/** Domains whose changes change an activity's figures. */
const FIGURE_DOMAINS = ['costs', 'worklog', 'team'] as const;

export function createActivitiesStore(deps: ApiDeps): StoreApi<ActivitiesState> {
  const { api } = deps;
  const endpoints = {
    list: () => api.activities.list({}),
    create: (input: ActivityInput) => api.activities.create(input),
    update: (id: string, patch: ActivityInput) => api.activities.update({ id, patch }),
    remove: (id: string) => api.activities.remove({ id }),
    restore: (id: string) => api.activities.restore({ id }),
  };
  // Phases and account links are set members (`<activity>:<member>`): their events name the activity.
  return createListStore(endpoints, deps, { domain: 'activities', alsoOn: FIGURE_DOMAINS });
}

export const [activitiesStore, useActivities] = liveStore(createActivitiesStore);

export interface PlanState {
  month: string | null;
  rows: ImplementationRow[];
  loading: boolean;
  loaded: boolean;
  error: ApiCallError | null;
  /** Loads the implementation table of a month ('YYYY-MM'). */
  open(month: string): Promise<void>;
}

export function createPlanStore(deps: ApiDeps): StoreApi<PlanState> {
  const { api } = deps;
  let generation = 0;
  const freshness = reloadOnChange(['activities', 'costs'], () => {
    const { month } = store.getState();
    return month ? store.getState().open(month) : undefined;
  });
  const store: StoreApi<PlanState> = createStore<PlanState>()((set, get) => ({
    month: null,
    rows: [],
    loading: false,
    loaded: false,
    error: null,
    async open(month) {
      freshness.loading();
      const mine = ++generation;
      set({ month, loading: true, ...(get().month === month ? {} : { rows: [], loaded: false }) });
      try {
        const rows = await api.activities.implementation({ month });
        if (mine === generation) set({ rows, loading: false, loaded: true, error: null });
      } catch (error) {
        if (mine === generation) set({ loading: false, error: asApiError(error) });
      }
    },
  }));
  follow(store, deps, freshness);
  return store;
}

export const [planStore, usePlan] = liveStore(createPlanStore);
