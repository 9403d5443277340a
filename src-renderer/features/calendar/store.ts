import { createStore, type StoreApi } from 'zustand';
import type { CalendarItem, KeyDate, RevertChange, RevertResult } from '../../../src-shared/contract/calendar';
import { changesBetween, createdChanges, deletedChanges, type ItemValues } from '../../../src-shared/domain/calendar/history';
import { asApiError, type ApiDeps } from '../../lib/api';
import { nonEmpty } from '../../lib/empty-lists';
import { follow, isForeign, liveStore, unlessUnchanged, type Change, type Freshness, type Written } from '../../lib/live-store';
import { attempt } from '../../lib/result';
import { historyLog, NO_HISTORY } from './history-log';
import { moveLabel, type StepLabel } from './history-steps';
import type { CalendarState } from './calendar-state';
import { fetchRange, LayerCache, matchesQuery, queryKeyOf, RangeCache, rangeCalls, type CalendarQuery } from './range-data';

export type { CalendarQuery } from './range-data';
export type { CalendarState, MoveTarget } from './calendar-state';

/** What the calendar shows, each fetched by one call and refetched alone when a change touches it. */
type Part = 'items' | 'layers' | 'problems' | 'gaps' | 'keyDates' | 'spans' | 'pool' | 'attention' | 'columns';
const RANGE_PARTS = ['items', 'problems', 'gaps', 'keyDates', 'spans'] as const;
/** What a change of items elsewhere touches; an item written here shows from the answer, so only what follows from it. */
const ITEM_PARTS: Part[] = ['items', 'problems', 'gaps', 'keyDates', 'pool', 'attention'];
const FOLLOWING_ITEMS: Part[] = ['problems', 'gaps', 'attention'];
const ALL_PARTS: Part[] = [...ITEM_PARTS, 'spans', 'layers', 'columns'];

const sidesKeyOf = (query: CalendarQuery) => JSON.stringify([query.accountIds, query.today]);
const byDate = (a: KeyDate, b: KeyDate) => a.date.localeCompare(b.date);
/** The days a revert's changes name (the items' days before and after), whose cached ranges it changes. */
const datesOfChanges = (changes: readonly RevertChange[]) => changes.flatMap(({ fields }) => (fields.date ? [fields.date.expect, fields.date.restore] : []));

/**
 * Puts the server's answer in place: items that no longer match the range or the filters leave it;
 * the side panels show the new version of an item they list (which items they list, the refresh
 * that follows decides).
 */
function withAnswer(state: CalendarState, updated: CalendarItem[], removed: readonly string[] = []): Pick<CalendarState, 'items' | 'pool' | 'attention'> {
  const byId = new Map(updated.map((item) => [item.id, item]));
  const gone = new Set([...removed, ...byId.keys()]);
  const keep = (list: CalendarItem[]) => list.filter((item) => !gone.has(item.id));
  const renew = (list: CalendarItem[]) => list.filter((item) => !removed.includes(item.id)).map((item) => byId.get(item.id) ?? item);
  const query = state.query;
  const inPool = (item: CalendarItem) => item.date === '' && (!query?.accountIds.length || query.accountIds.includes(item.accountId));
  const { today, overdue, overdueTotal } = state.attention;
  return {
    items: [...keep(state.items), ...updated.filter((item) => !!query && matchesQuery(item, query))],
    pool: [...keep(state.pool), ...updated.filter(inPool)],
    attention: { today: renew(today), overdue: renew(overdue), overdueTotal },
  };
}

export function createCalendarStore(deps: ApiDeps): StoreApi<CalendarState> {
  const { api } = deps;
  const cache = new RangeCache();
  const layerCache = new LayerCache();
  const stale = new Set<Part>(['columns']);
  /** The fetch each part waits for: an older answer is not shown over a newer one. */
  const pending = new Map<Part, number>();
  let fetches = 0;
  let sidesKey = '';

  const markStale = (parts: readonly Part[]) => parts.forEach((part) => stale.add(part));

  /** The call that fetches each part of what `query` shows. */
  function callsFor(query: CalendarQuery): Record<Part, () => Promise<unknown>> {
    const accountIds = nonEmpty(query.accountIds);
    return {
      ...rangeCalls(api, query),
      layers: () => layerCache.get(api, query),
      pool: () => api.calendar.listPool({ accountIds }),
      attention: () => api.calendar.attention({ today: query.today, accountIds }),
      columns: () => api.columns.list({}),
    };
  }

  /** Whether an answer for `asked` still fits what is on screen: its range, or the accounts and day of the side panels. */
  function fits(part: Part, asked: CalendarQuery): boolean {
    const now = store.getState().query ?? asked;
    if (part === 'columns') return true;
    return part === 'pool' || part === 'attention' ? sidesKeyOf(now) === sidesKeyOf(asked) : queryKeyOf(now) === queryKeyOf(asked);
  }

  /**
   * Shows the answers of one group of parts together (one render), those whose fetch (`mine`) is
   * still the latest and that still fit; a failed part is stale again. Resolves false on a failure.
   */
  async function showAnswers(asked: Map<Part, Promise<unknown>>, group: readonly Part[], mine: number, query: CalendarQuery, also: () => Partial<CalendarState> = () => ({})): Promise<boolean> {
    const parts = group.filter((part) => asked.has(part));
    if (parts.length === 0) return true;
    const settled = await Promise.allSettled(parts.map((part) => asked.get(part)));
    const latest = parts.filter((part) => pending.get(part) === mine);
    for (const part of latest) pending.delete(part);
    const failed = settled.find((result) => result.status === 'rejected');
    if (failed) {
      latest.forEach((part) => stale.add(part));
      if (latest.some((part) => fits(part, query))) store.setState({ error: asApiError(failed.reason), loading: false });
      return false;
    }
    const shown = latest.filter((part) => fits(part, query)).map((part) => [part, (settled[parts.indexOf(part)] as PromiseFulfilledResult<unknown>).value]);
    store.setState({ ...Object.fromEntries(shown), ...also(), error: null });
    return true;
  }

  /** Fetches every stale part of what is on screen: the items first, then the rest of the range, then the side panels. */
  async function fetchStale(): Promise<void> {
    const query = store.getState().query;
    if (!query || stale.size === 0) return;
    const parts = [...stale];
    stale.clear();
    const mine = ++fetches;
    for (const part of parts) pending.set(part, mine);
    const epoch = cache.epoch;
    const calls = callsFor(query);
    const asked = new Map(parts.map((part) => [part, calls[part]()]));
    const onScreen = () => fits('items', query);
    const itemsShown = await showAnswers(asked, ['items'], mine, query);
    const restShown = await showAnswers(asked, ['layers', 'problems', 'gaps', 'keyDates', 'spans'], mine, query, () => (onScreen() ? { loading: false } : {}));
    if (onScreen()) {
      if (store.getState().loading) store.setState({ loading: false });
      // What is on screen is whole and fresh: kept, so coming back to this range shows it at once.
      const { items, problems, gaps, keyDates, spans } = store.getState();
      const whole = itemsShown && restShown && !RANGE_PARTS.some((part) => stale.has(part) || pending.has(part));
      if (whole) cache.set(query, { items, problems, gaps, keyDates, spans }, epoch);
    }
    await showAnswers(asked, ['pool', 'attention', 'columns'], mine, query);
  }

  /** After a write shown from its answer: what follows from it is stale, and so are the ranges showing its dates. */
  function written(dates: readonly string[], parts: readonly Part[]): void {
    markStale(parts);
    cache.drop(dates);
    // A fetch that started before the write may not hold it: its event fetches those parts again.
    for (const part of ['items', 'pool', 'keyDates'] as const) if (pending.has(part)) stale.add(part);
  }

  /** The items as shown (grid, pool, side panels), by id. */
  function shownItems(): Map<string, CalendarItem> {
    const { items, pool, attention } = store.getState();
    return new Map([...items, ...pool, ...attention.today, ...attention.overdue].map((item) => [item.id, item]));
  }

  /** The dates the items were at, as shown. */
  function datesOf(ids: readonly string[]): string[] {
    const shown = shownItems();
    return ids.flatMap((id) => shown.get(id)?.date ?? []);
  }

  /**
   * Shows written items from the server's answer; returns the ids whose change event will come
   * (an item the write left as it was has none).
   */
  function showItems(updated: CalendarItem[]): string[] {
    const shown = shownItems();
    written(
      updated.flatMap((item) => [item.date, shown.get(item.id)?.date ?? item.date]),
      FOLLOWING_ITEMS,
    );
    store.setState(withAnswer(store.getState(), updated));
    return updated.flatMap((item) => unlessUnchanged(shown.get(item.id), item, [item.id]));
  }

  /** Whether the items on screen hold every item of a push: its day is shown, its account and no other filter. */
  function showsWholePush(accountId: string, date: string): boolean {
    const query = store.getState().query;
    if (!query || stale.has('items') || pending.has('items')) return false;
    const { columnIds, statuses, ownerIds, tags } = query;
    const unfiltered = [columnIds, statuses, ownerIds, tags].every((list) => list.length === 0);
    return unfiltered && date >= query.from && date <= query.to && (query.accountIds.length === 0 || query.accountIds.includes(accountId));
  }

  /** Shows what an undo or a redo answered; returns the rows whose change event will come. */
  function showReverted(changes: readonly RevertChange[], answer: RevertResult): Written {
    const shown = shownItems();
    written([...datesOfChanges(changes), ...answer.items.map((item) => item.date), ...datesOf(answer.deleted)], FOLLOWING_ITEMS);
    store.setState(withAnswer(store.getState(), answer.items, answer.deleted));
    return [...answer.items.flatMap((item) => unlessUnchanged(shown.get(item.id), item, [item.id])), ...answer.deleted];
  }

  const { record, recorded, revert } = historyLog({
    api,
    write: (work, show) => follower.write(work, show),
    show: showReverted,
    history: () => store.getState().history,
    setHistory: (history) => store.setState({ history }),
  });

  const freshness: Freshness = {
    domains: ['calendar', 'accounts', 'columns', 'calendarLayers', 'activities'],
    stale(change: Change) {
      // An activity, its phases and its accounts make the spans.
      if (change.domain === 'activities') {
        cache.drop();
        return markStale(['spans']);
      }
      if (change.domain === 'calendarLayers') {
        layerCache.clear();
        return markStale(['layers']);
      }
      if (change.domain === 'calendar' && !isForeign(change)) return;
      // A deleted account hides its items and columns; a column's cadence makes the gaps.
      markStale(change.domain === 'columns' ? ['columns', 'gaps'] : change.domain === 'accounts' ? [...ITEM_PARTS, 'columns'] : ITEM_PARTS);
      cache.drop();
    },
    staleAll() {
      // The workspace was replaced (a restore, the demo): the steps of the old one cannot be undone.
      store.setState({ history: NO_HISTORY });
      layerCache.clear();
      cache.drop();
      markStale(ALL_PARTS);
    },
    refresh: fetchStale,
  };

  const store: StoreApi<CalendarState> = createStore<CalendarState>()((set, get) => ({
    query: null,
    items: [],
    pool: [],
    layers: [],
    problems: [],
    gaps: [],
    keyDates: [],
    spans: [],
    attention: { today: [], overdue: [], overdueTotal: 0 },
    columns: [],
    loading: false,
    error: null,
    history: NO_HISTORY,
    async load(query) {
      const key = queryKeyOf(query);
      const shown = get().query;
      if (!shown || queryKeyOf(shown) !== key) {
        if (sidesKeyOf(query) !== sidesKey) markStale(['pool', 'attention']);
        sidesKey = sidesKeyOf(query);
        const layers = layerCache.peek(query);
        if (!layers) stale.add('layers');
        const cached = cache.get(key);
        for (const part of RANGE_PARTS) {
          if (cached) stale.delete(part);
          else stale.add(part);
          pending.delete(part);
        }
        // A new range shows nothing stale while it loads.
        set({ query, ...(cached ?? { items: [], gaps: [], problems: [], spans: [] }), ...(layers && { layers }), loading: !cached, error: null });
      }
      await fetchStale();
    },
    async prefetch(query) {
      if (cache.has(queryKeyOf(query))) return;
      try {
        const epoch = cache.epoch;
        cache.set(query, await fetchRange(api, query, layerCache), epoch);
      } catch {
        // A prefetch that fails costs nothing: the range loads when it is opened.
      }
    },
    forget: () => cache.drop(),
    create: (input) =>
      follower.write(
        () => api.calendar.createItem(input),
        (item) => {
          record({ kind: 'created', count: 1, title: item.title }, createdChanges([item]));
          return showItems([item]);
        },
      ),
    async update(id, patch) {
      const result = await follower.write(
        () => api.calendar.editItems({ edits: [{ id, patch }] }),
        (answer) => showItems(answer.items),
      );
      if (!result.ok) return result;
      const item = result.data.items[0]!;
      record({ kind: 'edited', count: 1, title: item.title }, changesBetween(result.data.before, result.data.items));
      return { ok: true, data: item };
    },
    async edit(edits, label) {
      const result = await follower.write(
        () => api.calendar.editItems({ edits }),
        (answer) => showItems(answer.items),
      );
      return recorded(result, ({ before, items }) => record(label, changesBetween(before, items)));
    },
    async remove(ids) {
      const before = { items: get().items, pool: get().pool, attention: get().attention };
      const shown = shownItems();
      const removed = ids.flatMap((id) => shown.get(id) ?? []);
      const dates = datesOf(ids);
      set(withAnswer(get(), [], ids));
      const result = await follower.write(
        () => api.calendar.removeItems({ ids }),
        () => (written(dates, FOLLOWING_ITEMS), ids),
      );
      if (!result.ok) set(before);
      const label: StepLabel = removed.length === 1 ? { kind: 'deletedOne', count: 1, title: removed[0]!.title } : { kind: 'deleted', count: ids.length };
      return recorded(result, () => record(label, deletedChanges(removed)));
    },
    async move(ids, target) {
      const result = await follower.write(
        () => api.calendar.moveItems({ ids, ...target }),
        (answer) => showItems(answer.moved),
      );
      return recorded(result, ({ before, moved }) => {
        const after = new Map(moved.map((item) => [item.id, item]));
        // A column is its account's own: a move to another account takes it off (planning.ts).
        const cleared = before.flatMap((was) => (was.columnId && after.get(was.id)?.accountId !== was.accountId ? [was.columnId] : []));
        return record(moveLabel(ids.length, target), changesBetween(before, moved), cleared);
      });
    },
    imported: (items) => record({ kind: 'imported', count: items.length }, createdChanges(items)),
    undo: (stepId) => revert('undo', stepId),
    redo: (stepId) => revert('redo', stepId),
    pushOf(accountId, date) {
      const inSlotOrder = (items: CalendarItem[]) => items.filter((item) => item.accountId === accountId && item.date === date).sort((a, b) => a.slot - b.slot);
      if (showsWholePush(accountId, date)) return Promise.resolve({ ok: true, data: inSlotOrder(get().items) });
      return attempt(() => api.calendar.listItems({ from: date, to: date, accountIds: [accountId] }).then(inSlotOrder));
    },
    async duplicate(ids, { date, days, accountId }) {
      const result = await follower.write(() => api.calendar.duplicateItems({ ids, date, days, accountId }), showItems);
      return recorded(result, (copies) => record({ kind: 'copied', count: copies.length, date }, createdChanges(copies)));
    },
    previewCadence: (range) => attempt(() => api.calendar.previewCadence(range)),
    async fillCadence(range) {
      const result = await follower.write(() => api.calendar.fillCadence(range), showItems);
      return recorded(result, (created) => record({ kind: 'filled', count: created.length }, createdChanges(created)));
    },
    saveKeyDate: (input) =>
      follower.write(
        () => api.calendar.saveKeyDate(input),
        (keyDate) => {
          const { query, keyDates } = get();
          written([keyDate.date, ...keyDates.filter((k) => k.id === keyDate.id).map((k) => k.date)], []);
          const inRange = !!query && keyDate.date >= query.from && keyDate.date <= query.to;
          set({ keyDates: [...keyDates.filter((k) => k.id !== keyDate.id), ...(inRange ? [keyDate] : [])].sort(byDate) });
          return [keyDate.id];
        },
      ),
    removeKeyDate: (id) =>
      follower.write(
        () => api.calendar.removeKeyDate({ id }),
        () => {
          written(
            get()
              .keyDates.filter((k) => k.id === id)
              .map((k) => k.date),
            [],
          );
          set({ keyDates: get().keyDates.filter((k) => k.id !== id) });
          return [id];
        },
      ),
    async reorder(accountId, date, ids, before = [...shownItems().values()].filter((item) => item.accountId === accountId && item.date === date)) {
      const result = await follower.write(() => api.calendar.reorderSlots({ accountId, date, ids }), showItems);
      if (result.ok)
        record(
          { kind: 'reordered', count: ids.length, date },
          changesBetween(
            before.map(({ id, slot }): ItemValues => ({ id, slot })),
            result.data,
          ),
        );
      return result;
    },
  }));
  const follower = follow(store, deps, freshness, 'calendar');
  return store;
}

export const [calendarStore, useCalendar] = liveStore(createCalendarStore);
