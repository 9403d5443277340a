import { createStore, type StoreApi } from 'zustand';
import type { CalendarItem, ItemFilter, KeyDate } from '../../../../src-shared/contract/calendar';
import type { CalendarLayerDay } from '../../../../src-shared/contract/calendar-layers';
import { asApiError, pdfSaver, type ApiCallError, type ApiDeps } from '../../../lib/api';
import { withoutEmptyLists } from '../../../lib/empty-lists';
import { follow, liveStore, reloadOnChange } from '../../../lib/live-store';
import { attempt, type SaveResult } from '../../../lib/result';

/** What the printed month shows: its items (with the calendar's filters), China's calendar and the key dates. */
export interface PrintData {
  items: CalendarItem[];
  layers: CalendarLayerDay[];
  keyDates: KeyDate[];
}

export interface CalendarPrintState {
  /** The filter of the data shown (a month and the calendar's filters); null before the first load. */
  filter: ItemFilter | null;
  data: PrintData | null;
  error: ApiCallError | null;
  /** Fetches a month for printing; an edit elsewhere meanwhile fetches it again. */
  load(filter: ItemFilter): Promise<void>;
  /** Electron saves the printed page as a PDF itself (browser mode: the print dialog does). */
  canSavePdf: boolean;
  /** The path of the PDF saved, null when the operator cancelled. */
  savePdf(fileName: string): Promise<SaveResult<string | null>>;
}

export function createCalendarPrintStore(deps: ApiDeps, saver = pdfSaver()): StoreApi<CalendarPrintState> {
  const { api } = deps;
  let generation = 0;
  const freshness = reloadOnChange(['calendar', 'accounts', 'calendarLayers'], () => {
    const filter = store.getState().filter;
    return filter ? store.getState().load(filter) : undefined;
  });
  const store: StoreApi<CalendarPrintState> = createStore<CalendarPrintState>()((set, get) => ({
    filter: null,
    data: null,
    error: null,
    async load(filter) {
      freshness.loading();
      const mine = ++generation;
      // Another month or filter shows nothing of the last one while it loads.
      if (JSON.stringify(filter) !== JSON.stringify(get().filter)) set({ filter, data: null, error: null });
      const range = { from: filter.from, to: filter.to };
      try {
        const [items, layers, keyDates] = await Promise.all([api.calendar.listItems(withoutEmptyLists(filter)), api.calendarLayers.list(range), api.calendar.listKeyDates(range)]);
        if (mine === generation) set({ data: { items, layers: layers.days, keyDates }, error: null });
      } catch (error) {
        if (mine === generation) set({ error: asApiError(error) });
      }
    },
    canSavePdf: saver !== undefined,
    savePdf: (fileName) => attempt(async () => (saver ? saver(fileName) : null)),
  }));
  follow(store, deps, freshness);
  return store;
}

export const [calendarPrintStore, useCalendarPrint] = liveStore(createCalendarPrintStore);
