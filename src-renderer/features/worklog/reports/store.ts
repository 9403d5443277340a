import { createStore, type StoreApi } from 'zustand';
import type { Timesheet, WorkStats } from '../../../../src-shared/contract/worklog';
import { asApiError, type ApiCallError, type ApiDeps } from '../../../lib/api';
import { follow, liveStore, reloadOnChange } from '../../../lib/live-store';

// The week's timesheet and the range's statistics: read, never written; any change to the work
// log or the team (names, hourly costs) reads again what is shown.

export interface WorklogReportsState {
  week: string | null;
  timesheet: Timesheet | null;
  range: { from: string; to: string } | null;
  stats: WorkStats | null;
  error: ApiCallError | null;
  showWeek(weekStart: string): Promise<void>;
  showRange(range: { from: string; to: string }): Promise<void>;
  refresh(): Promise<void>;
}

export function createWorklogReportsStore(deps: ApiDeps): StoreApi<WorklogReportsState> {
  const { api } = deps;
  // One counter per part: a week read and a range read do not cancel each other.
  const generations = { week: 0, range: 0 };
  const freshness = reloadOnChange(['worklog', 'team'], () => store.getState().refresh());
  const store: StoreApi<WorklogReportsState> = createStore<WorklogReportsState>()((set, get) => {
    async function read<T>(part: keyof typeof generations, fetch: () => Promise<T>, show: (value: T) => void) {
      freshness.loading();
      const mine = ++generations[part];
      try {
        const value = await fetch();
        if (mine === generations[part]) show(value);
      } catch (error) {
        if (mine === generations[part]) set({ error: asApiError(error) });
      }
    }
    return {
      week: null,
      timesheet: null,
      range: null,
      stats: null,
      error: null,
      showWeek: (weekStart) => (
        set({ week: weekStart }),
        read(
          'week',
          () => api.worklog.timesheet({ weekStart }),
          (timesheet) => set({ timesheet, error: null }),
        )
      ),
      showRange: (range) => (
        set({ range }),
        read(
          'range',
          () => api.worklog.stats(range),
          (stats) => set({ stats, error: null }),
        )
      ),
      async refresh() {
        const { week, range, timesheet, stats } = get();
        if (week && timesheet) await get().showWeek(week);
        if (range && stats) await get().showRange(range);
      },
    };
  });
  follow(store, deps, freshness);
  return store;
}

export const [worklogReportsStore, useWorklogReports] = liveStore(createWorklogReportsStore);
