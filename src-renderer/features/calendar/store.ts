import { createStore, useStore, type StoreApi } from 'zustand';
import type { CalendarItem, CalendarItemData, CalendarItemPatch, PushProblem } from '../../../src-shared/contract/calendar';
import type { CalendarLayerDay } from '../../../src-shared/contract/calendar-layers';
import { asApiError, liveDeps, type ApiCallError, type ApiDeps } from '../../lib/api';
import { attempt, type SaveResult } from '../../lib/result';

export interface CalendarQuery {
  from: string;
  to: string;
  /** Empty = every account. */
  accountIds: string[];
}

export interface CalendarState {
  /** What is shown; null before the first load. */
  query: CalendarQuery | null;
  items: CalendarItem[];
  layers: CalendarLayerDay[];
  problems: PushProblem[];
  loading: boolean;
  error: ApiCallError | null;
  /** Loads items, layers and problems of a range (the visible month grid). */
  load(query: CalendarQuery): Promise<void>;
  /** Creates when `id` is absent, updates otherwise. */
  save(input: CalendarItemData, id?: string): Promise<SaveResult<CalendarItem>>;
  /** Deletes at once (the items disappear); `restore` undoes it. */
  remove(ids: string[]): Promise<SaveResult<unknown>>;
  restore(ids: string[]): Promise<SaveResult<CalendarItem[]>>;
}

const sameQuery = (a: CalendarQuery | null, b: CalendarQuery) =>
  !!a && a.from === b.from && a.to === b.to && a.accountIds.join() === b.accountIds.join();

export function createCalendarStore({ api, onChanged }: ApiDeps): StoreApi<CalendarState> {
  let generation = 0;
  const store = createStore<CalendarState>()((set, get) => ({
    query: null,
    items: [],
    layers: [],
    problems: [],
    loading: false,
    error: null,
    async load(query) {
      const mine = ++generation;
      const moved = !sameQuery(get().query, query);
      // A new range shows nothing stale while it loads; a reload of the same range keeps its rows.
      set(moved ? { query, loading: true, items: [], layers: [], problems: [] } : { loading: true });
      const range = { from: query.from, to: query.to };
      const accountIds = query.accountIds.length ? query.accountIds : undefined;
      try {
        const [items, layers, problems] = await Promise.all([
          api.calendar.listItems({ ...range, accountIds }),
          api.calendarLayers.list(range),
          api.calendar.problems(range),
        ]);
        if (mine !== generation) return;
        const shown = accountIds ? problems.filter((p) => accountIds.includes(p.accountId)) : problems;
        set({ items, layers: layers.days, problems: shown, loading: false, error: null });
      } catch (error) {
        if (mine === generation) set({ loading: false, error: asApiError(error) });
      }
    },
    async save(input, id) {
      const patch: CalendarItemPatch = input;
      const result = await attempt(() => (id ? api.calendar.updateItem({ id, patch }) : api.calendar.createItem(input)));
      await reload();
      return result;
    },
    async remove(ids) {
      const before = get().items;
      set({ items: before.filter((item) => !ids.includes(item.id)) });
      const result = await attempt(() => api.calendar.removeItems({ ids }));
      if (!result.ok) set({ items: before });
      await reload();
      return result;
    },
    async restore(ids) {
      const result = await attempt(() => api.calendar.restoreItems({ ids }));
      await reload();
      return result;
    },
  }));
  const reload = async () => {
    const { query } = store.getState();
    if (query) await store.getState().load(query);
  };
  onChanged((event) => {
    if (['calendar', 'accounts'].includes(event.domain)) void reload();
  });
  return store;
}

let live: StoreApi<CalendarState> | undefined;
export function calendarStore(): StoreApi<CalendarState> {
  return (live ??= createCalendarStore(liveDeps()));
}
export function useCalendar<T>(selector: (state: CalendarState) => T): T {
  return useStore(calendarStore(), selector);
}
