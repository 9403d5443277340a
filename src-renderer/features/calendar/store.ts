import { createStore, useStore, type StoreApi } from 'zustand';
import type { Attention, CadenceFill, CadenceGap, CadencePlaceholder, CalendarItem, CalendarItemData, CalendarItemPatch, ItemStatus, KeyDate, KeyDateInput, Placement, PushProblem } from '../../../src-shared/contract/calendar';
import type { CalendarLayerDay } from '../../../src-shared/contract/calendar-layers';
import type { Column } from '../../../src-shared/contract/columns';
import { asApiError, liveDeps, type ApiCallError, type ApiDeps } from '../../lib/api';
import { nonEmpty } from '../../lib/empty-lists';
import { attempt, type SaveResult } from '../../lib/result';
import { fetchRange, queryKeyOf, RangeCache, type CalendarQuery } from './range-data';

export type { CalendarQuery } from './range-data';

/** Where items are dropped: a day ('' = the topic pool), an account (week view) and/or a status (board). */
export interface MoveTarget {
  date?: string;
  accountId?: string;
  status?: ItemStatus;
}

export interface CalendarState {
  /** What is shown; null before the first load. */
  query: CalendarQuery | null;
  items: CalendarItem[];
  /** The topic pool (选题库): items without a date, of the filtered accounts. */
  pool: CalendarItem[];
  layers: CalendarLayerDay[];
  problems: PushProblem[];
  gaps: CadenceGap[];
  /** The workspace's key dates (重要日期) in the range. */
  keyDates: KeyDate[];
  attention: Attention;
  /** Every live column (filters, gap texts, cadence placeholders). */
  columns: Column[];
  loading: boolean;
  error: ApiCallError | null;
  /**
   * Loads what the visible range shows; the side panels (pool, today's pushes, overdue drafts) and
   * the columns only when the accounts or the day changed, or `refreshSides` asks (after a write).
   * A range fetched lately (or prefetched) shows at once.
   */
  load(query: CalendarQuery, refreshSides?: boolean): Promise<void>;
  /** Fetches a range in the background (the periods before and after the one on screen). */
  prefetch(query: CalendarQuery): Promise<void>;
  /** Drops the fetched ranges (the page is left). */
  forget(): void;
  create(input: CalendarItemData): Promise<SaveResult<CalendarItem>>;
  /** Writes only the fields given: the ones the operator changed. */
  update(id: string, patch: CalendarItemPatch): Promise<SaveResult<CalendarItem>>;
  /** Deletes at once (the items disappear); `restore` undoes it. */
  remove(ids: string[]): Promise<SaveResult<unknown>>;
  restore(ids: string[]): Promise<SaveResult<CalendarItem[]>>;
  /** Moves items (drag and drop); the result holds where they were, for `place` to undo. */
  move(ids: string[], target: MoveTarget): Promise<SaveResult<Placement[]>>;
  /** Puts items back where they were. */
  place(placements: Placement[]): Promise<SaveResult<CalendarItem[]>>;
  /** Copies items onto a day ('' = the pool) and, in the week view, another account. */
  duplicate(ids: string[], date?: string, accountId?: string): Promise<SaveResult<CalendarItem[]>>;
  /** Every item of one push (an account's day), whatever the filters, in slot order. */
  pushOf(accountId: string, date: string): Promise<SaveResult<CalendarItem[]>>;
  /** The placeholders `fillCadence` would create for these columns in a range. */
  previewCadence(range: CadenceFill): Promise<SaveResult<CadencePlaceholder[]>>;
  /** Creates placeholder items from the columns' cadences (none twice). */
  fillCadence(range: CadenceFill): Promise<SaveResult<CalendarItem[]>>;
  saveKeyDate(input: KeyDateInput): Promise<SaveResult<KeyDate>>;
  removeKeyDate(id: string): Promise<SaveResult<unknown>>;
  /** Sets the slots 1..n of one push in the given order. */
  reorder(accountId: string, date: string, ids: string[]): Promise<SaveResult<CalendarItem[]>>;
}

const sameRange = (a: CalendarQuery | null, b: CalendarQuery) => !!a && queryKeyOf(a) === queryKeyOf(b);

/** Puts the server's answer in place at once, so a drop lands without waiting for the reload. */
function withUpdated(state: CalendarState, updated: CalendarItem[]): Pick<CalendarState, 'items' | 'pool'> {
  const byId = new Map(updated.map((item) => [item.id, item]));
  const query = state.query;
  const inRange = (item: CalendarItem) => !!query && item.date >= query.from && item.date <= query.to;
  const keep = (list: CalendarItem[]) => list.filter((item) => !byId.has(item.id));
  return {
    items: [...keep(state.items), ...updated.filter(inRange)],
    pool: [...keep(state.pool), ...updated.filter((item) => item.date === '')],
  };
}

export function createCalendarStore({ api, onChanged }: ApiDeps): StoreApi<CalendarState> {
  let generation = 0;
  let sidesGeneration = 0;
  let sidesKey = '';
  const cache = new RangeCache();
  // The side panels do not depend on the range: they load beside it and never hold its paint up.
  const loadSides = async (query: CalendarQuery) => {
    const mine = ++sidesGeneration;
    const accountIds = nonEmpty(query.accountIds);
    try {
      const [pool, attention, columns] = await Promise.all([api.calendar.listPool({ accountIds }), api.calendar.attention({ today: query.today, accountIds }), api.columns.list({})]);
      if (mine === sidesGeneration) store.setState({ pool, attention, columns });
    } catch (error) {
      if (mine === sidesGeneration) store.setState({ error: asApiError(error) });
    }
  };
  const store = createStore<CalendarState>()((set, get) => ({
    query: null,
    items: [],
    pool: [],
    layers: [],
    problems: [],
    gaps: [],
    keyDates: [],
    attention: { today: [], overdue: [], overdueTotal: 0 },
    columns: [],
    loading: false,
    error: null,
    async load(query, refreshSides = false) {
      const mine = ++generation;
      // The side panels are asked for after the range, so the server answers the grid first.
      const sides = JSON.stringify([query.accountIds, query.today]);
      const refreshPanels = () => {
        if (refreshSides || sides !== sidesKey) void loadSides(query);
        sidesKey = sides;
      };
      const key = queryKeyOf(query);
      const cached = refreshSides ? undefined : cache.get(key);
      if (cached) {
        refreshPanels();
        return set({ query, ...cached, loading: false, error: null });
      }
      // A new range shows nothing stale while it loads; a reload of the same range keeps its rows.
      set(sameRange(get().query, query) ? { loading: true } : { query, loading: true, items: [], gaps: [], problems: [] });
      try {
        const epoch = cache.epoch;
        const fetching = fetchRange(api, query, (items) => mine === generation && set({ items }));
        refreshPanels();
        const data = await fetching;
        cache.set(key, data, epoch);
        if (mine === generation) set({ ...data, loading: false, error: null });
      } catch (error) {
        if (mine === generation) set({ loading: false, error: asApiError(error) });
      }
    },
    async prefetch(query) {
      const key = queryKeyOf(query);
      if (cache.has(key)) return;
      try {
        const epoch = cache.epoch;
        cache.set(key, await fetchRange(api, query), epoch);
      } catch {
        // A prefetch that fails costs nothing: the range loads when it is opened.
      }
    },
    forget: () => cache.clear(),
    async create(input) {
      const result = await attempt(() => api.calendar.createItem(input));
      await reload();
      return result;
    },
    async update(id, patch) {
      const result = await attempt(() => api.calendar.updateItem({ id, patch }));
      await reload();
      return result;
    },
    async remove(ids) {
      const before = { items: get().items, pool: get().pool };
      set({ items: before.items.filter((item) => !ids.includes(item.id)), pool: before.pool.filter((item) => !ids.includes(item.id)) });
      const result = await attempt(() => api.calendar.removeItems({ ids }));
      if (!result.ok) set(before);
      await reload();
      return result;
    },
    async restore(ids) {
      const result = await attempt(() => api.calendar.restoreItems({ ids }));
      await reload();
      return result;
    },
    async move(ids, target) {
      const result = await attempt(() => api.calendar.moveItems({ ids, ...target }));
      if (!result.ok) return result;
      // The change event that follows reloads the rest (problems, gaps, panels).
      cache.clear();
      set(withUpdated(get(), result.data.moved));
      return { ok: true, data: result.data.before };
    },
    async place(placements) {
      const result = await attempt(() => api.calendar.placeItems({ placements }));
      if (result.ok) set(withUpdated(get(), result.data));
      await reload();
      return result;
    },
    pushOf: (accountId, date) => attempt(() => api.calendar.listItems({ from: date, to: date, accountIds: [accountId] }).then((items) => items.sort((a, b) => a.slot - b.slot))),
    async duplicate(ids, date, accountId) {
      const result = await attempt(() => api.calendar.duplicateItems({ ids, date, accountId }));
      await reload();
      return result;
    },
    previewCadence: (range) => attempt(() => api.calendar.previewCadence(range)),
    async fillCadence(range) {
      const result = await attempt(() => api.calendar.fillCadence(range));
      await reload();
      return result;
    },
    async saveKeyDate(input) {
      const result = await attempt(() => api.calendar.saveKeyDate(input));
      await reload();
      return result;
    },
    async removeKeyDate(id) {
      const result = await attempt(() => api.calendar.removeKeyDate({ id }));
      await reload();
      return result;
    },
    async reorder(accountId, date, ids) {
      const result = await attempt(() => api.calendar.reorderSlots({ accountId, date, ids }));
      if (result.ok) set(withUpdated(get(), result.data));
      await reload();
      return result;
    },
  }));
  const reload = async () => {
    cache.clear();
    const { query } = store.getState();
    if (query) await store.getState().load(query, true);
  };
  onChanged((event) => {
    if (['calendar', 'accounts', 'columns'].includes(event.domain)) void reload();
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
