import { createStore, type StoreApi } from 'zustand';
import type { HolidaySource } from '../../../src-shared/contract/calendar-layers';
import type { HolidayEntry, HolidayYearSchedule } from '../../../src-shared/contract/holidays';
import { asApiError, type ApiCallError, type ApiDeps } from '../../lib/api';
import { follow, liveStore, reloadOnChange } from '../../lib/live-store';
import type { SaveResult } from '../../lib/result';

export interface YearSource {
  year: number;
  source: HolidaySource;
}

export interface HolidaysState {
  /** Last year, this year and next year, with where each year's 休/班 come from. */
  years: YearSource[];
  loading: boolean;
  /** The year being saved or removed. */
  busy: number | null;
  error: ApiCallError | null;
  load(): Promise<void>;
  replaceYear(schedule: HolidayYearSchedule): Promise<SaveResult<{ entries: HolidayEntry[] }>>;
  removeYear(year: number): Promise<SaveResult<unknown>>;
}

/** The years the operator plans around: the one before (late entries), this one and the next (announced in November or December). */
export function plannedYears(today: Date): number[] {
  const year = today.getFullYear();
  return [year - 1, year, year + 1];
}

export function createHolidaysStore(deps: ApiDeps, today: () => Date = () => new Date()): StoreApi<HolidaysState> {
  const { api } = deps;
  const freshness = reloadOnChange(['holidays'], () => store.getState().load());
  const store: StoreApi<HolidaysState> = createStore<HolidaysState>()((set) => {
    /** Runs a write of one year's schedule; the list shows the year's new source before it resolves. */
    async function writeYear<T>(year: number, work: () => Promise<T>): Promise<SaveResult<T>> {
      set({ busy: year });
      const result = await follower.write(work, () => 'domain');
      if (result.ok) await store.getState().load();
      set({ busy: null });
      return result;
    }
    return {
      years: [],
      loading: false,
      busy: null,
      error: null,
      async load() {
        freshness.loading();
        set({ loading: true });
        try {
          // The source is per year: a one-day range asks for it without the year's days.
          const answers = await Promise.all(plannedYears(today()).map((year) => api.calendarLayers.list({ from: `${year}-01-01`, to: `${year}-01-01` })));
          set({ years: answers.flatMap((a) => a.sources), loading: false, error: null });
        } catch (error) {
          set({ loading: false, error: asApiError(error) });
        }
      },
      replaceYear: (schedule) => writeYear(schedule.year, () => api.holidays.replaceYear(schedule)),
      removeYear: (year) => writeYear(year, () => api.holidays.removeYear({ year })),
    };
  });
  const follower = follow(store, deps, freshness, 'holidays');
  return store;
}

export const [holidaysStore, useHolidays] = liveStore((deps) => createHolidaysStore(deps));
