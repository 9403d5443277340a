import { createStore, type StoreApi } from 'zustand';
import type { Activity } from '../../../../src-shared/contract/activities';
import type { CostInput, CostItem } from '../../../../src-shared/contract/costs';
import { asApiError, type ApiCallError, type ApiDeps } from '../../../lib/api';
import { follow, liveStore, reloadOnChange } from '../../../lib/live-store';
import type { SaveResult } from '../../../lib/result';

// One activity's page: the activity with its figures, and its budget lines (the costs domain's
// items carrying its id). A line written here changes the figures, which only the back end
// computes, so each line write fetches the activity again (its own event is then not refetched).

export interface ActivityPageState {
  activityId: string | null;
  activity: Activity | null;
  lines: CostItem[];
  loading: boolean;
  loaded: boolean;
  error: ApiCallError | null;
  open(activityId: string): Promise<void>;
  /** Adds a line (no id) or changes one. */
  saveLine(input: CostInput, id?: string): Promise<SaveResult<CostItem>>;
  /** Deletes a line at once; `restoreLine` undoes it. */
  removeLine(id: string): Promise<SaveResult<unknown>>;
  restoreLine(id: string): Promise<SaveResult<unknown>>;
}

/** Lines by date, then as entered. */
const byDate = (a: CostItem, b: CostItem) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt);

export function createActivityPageStore(deps: ApiDeps): StoreApi<ActivityPageState> {
  const { api } = deps;
  let generation = 0;
  const freshness = reloadOnChange(['activities', 'costs', 'worklog', 'team'], () => {
    const { activityId } = store.getState();
    return activityId ? store.getState().open(activityId) : undefined;
  });
  /** The figures after a line write. */
  async function refreshFigures() {
    const { activityId } = store.getState();
    if (!activityId) return;
    try {
      const activity = await api.activities.get({ id: activityId });
      if (store.getState().activityId === activity.id) store.setState({ activity });
    } catch {
      // The next change event or visit reloads the page; the line itself is saved.
    }
  }
  const showLines = (lines: CostItem[], ids: string[]) => {
    store.setState({ lines: [...lines].sort(byDate) });
    void refreshFigures();
    return ids;
  };
  const store: StoreApi<ActivityPageState> = createStore<ActivityPageState>()((set, get) => ({
    activityId: null,
    activity: null,
    lines: [],
    loading: false,
    loaded: false,
    error: null,
    async open(activityId) {
      freshness.loading();
      const mine = ++generation;
      set({ activityId, loading: true, ...(get().activityId === activityId ? {} : { activity: null, lines: [], loaded: false, error: null }) });
      try {
        const [activity, lines] = await Promise.all([api.activities.get({ id: activityId }), api.costs.list({ activityId, limit: 5000 })]);
        if (mine === generation) set({ activity, lines: lines.items.sort(byDate), loading: false, loaded: true, error: null });
      } catch (error) {
        if (mine === generation) set({ activity: null, loading: false, loaded: true, error: asApiError(error) });
      }
    },
    saveLine(input, id) {
      return follower.write(
        () => (id ? api.costs.update({ id, patch: input }) : api.costs.create(input)),
        (line) => showLines([...get().lines.filter((l) => l.id !== line.id), line], [line.id]),
      );
    },
    async removeLine(id) {
      const before = get().lines;
      set({ lines: before.filter((l) => l.id !== id) });
      const result = await follower.write(
        () => api.costs.remove({ ids: [id] }),
        () => showLines(get().lines, [id]),
      );
      if (!result.ok) set({ lines: before });
      return result;
    },
    async restoreLine(id) {
      const result = await follower.write(
        () => api.costs.restore({ ids: [id] }),
        () => [id],
      );
      // restore answers only ok: the line comes back with the page's reload.
      const { activityId } = get();
      if (result.ok && activityId) await get().open(activityId);
      return result;
    },
  }));
  const follower = follow(store, deps, freshness, 'costs');
  return store;
}

export const [activityPageStore, useActivityPage] = liveStore(createActivityPageStore);
