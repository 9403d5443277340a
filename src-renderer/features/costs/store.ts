import { createStore, type StoreApi } from 'zustand';
import type { CostFilter, CostInput, CostItem, CostTotals } from '../../../src-shared/contract/costs';
import type { TransferFile } from '../../../src-shared/contract/imports';
import { asApiError, type ApiCallError, type ApiDeps } from '../../lib/api';
import { follow, liveStore, reloadOnChange } from '../../lib/live-store';
import { attempt, type SaveResult } from '../../lib/result';
import { periodAround, type Period } from './period';
import { localDate } from '../../../src-shared/domain/dates';

// The cost list shows one page of lines and the totals of everything the filter selects, both
// from the back end (100,000 lines stay on the server). A write changes totals the answer does not
// carry, so its change event refetches the page and the totals once.

export const PAGE_SIZE = 50;

export interface ActivityOption {
  id: string;
  name: string;
}

export interface CostsState {
  /** The month, quarter or range shown; `filter` holds its dates. */
  period: Period;
  filter: CostFilter;
  /** 1-based page of the table. */
  page: number;
  pageSize: number;
  items: CostItem[];
  /** How many lines the filter selects. */
  total: number;
  totals: CostTotals | null;
  activities: ActivityOption[];
  loading: boolean;
  loaded: boolean;
  error: ApiCallError | null;
  /** Changes the filter (back to page 1) and loads. */
  setFilter(patch: Partial<CostFilter>): Promise<void>;
  setPeriod(period: Period): Promise<void>;
  setPage(page: number, pageSize?: number): Promise<void>;
  load(): Promise<void>;
  /** Creates when `id` is absent, updates otherwise. */
  save(input: CostInput, id?: string): Promise<SaveResult<CostItem>>;
  /** Deletes at once (the lines leave the page); `restore` undoes it. */
  remove(ids: string[]): Promise<SaveResult<string[]>>;
  restore(ids: string[]): Promise<SaveResult<unknown>>;
  exportXlsx(range: { from: string; to: string }): Promise<SaveResult<TransferFile>>;
}

export function createCostsStore(deps: ApiDeps, today = localDate(new Date())): StoreApi<CostsState> {
  const period = periodAround('month', today);
  const { api } = deps;
  let generation = 0;
  const freshness = reloadOnChange(['costs', 'activities'], () => (store.getState().loaded ? store.getState().load() : undefined));
  // Nothing is shown as written: the event of every write is a refetch of page and totals.
  const none = () => [];
  const store: StoreApi<CostsState> = createStore<CostsState>()((set, get) => ({
    period,
    filter: { from: period.from, to: period.to },
    page: 1,
    pageSize: PAGE_SIZE,
    items: [],
    total: 0,
    totals: null,
    activities: [],
    loading: false,
    loaded: false,
    error: null,
    setFilter(patch) {
      set({ filter: { ...get().filter, ...patch }, page: 1 });
      return get().load();
    },
    setPeriod(next) {
      set({ period: next });
      return get().setFilter({ from: next.from, to: next.to });
    },
    setPage(page, pageSize = get().pageSize) {
      set({ page, pageSize });
      return get().load();
    },
    async load() {
      freshness.loading();
      const mine = ++generation;
      const { filter, page, pageSize } = get();
      set({ loading: true });
      try {
        const [list, totals, activities] = await Promise.all([
          api.costs.list({ ...filter, offset: (page - 1) * pageSize, limit: pageSize }),
          api.costs.totals(filter),
          // The activity picker is a convenience: without the activities list, lines still show their activity's name.
          api.activities.list({}).catch(() => get().activities),
        ]);
        if (mine === generation) set({ items: list.items, total: list.total, totals, activities: activities.map(({ id, name }) => ({ id, name })), loading: false, loaded: true, error: null });
      } catch (error) {
        if (mine === generation) set({ loading: false, error: asApiError(error) });
      }
    },
    async save(input, id) {
      const result = await follower.write(() => (id ? api.costs.update({ id, patch: input }) : api.costs.create(input)), none);
      // A line dated outside the shown period would seem to vanish on saving: the list moves to its period.
      const { period } = get();
      if (result.ok && (result.data.date < period.from || result.data.date > period.to)) await get().setPeriod(periodAround(period.kind, result.data.date, period));
      return result;
    },
    async remove(ids) {
      const before = get().items;
      set({ items: before.filter((item) => !ids.includes(item.id)) });
      const result: SaveResult<string[]> = await follower.write(async () => (await api.costs.remove({ ids }), ids), none);
      if (!result.ok) set({ items: before });
      return result;
    },
    restore: (ids) => follower.write(() => api.costs.restore({ ids }), none),
    exportXlsx: (range) => attempt(() => api.costs.exportXlsx(range)),
  }));
  const follower = follow(store, deps, freshness, 'costs');
  return store;
}

export const [costsStore, useCosts] = liveStore(createCostsStore);
