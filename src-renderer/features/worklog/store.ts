import type { StoreApi } from 'zustand';
import type { LinkCandidate, WorkLog, WorkLogInput } from '../../../src-shared/contract/worklog';
import type { ApiDeps } from '../../lib/api';
import { createListStore, type ListState } from '../../lib/list-store';
import { liveStore } from '../../lib/live-store';

// The entries of the week shown: the list store's writes (shown at once, one event refreshes),
// over a range the page sets. Linked items are searched through here too.

export interface WorklogState extends ListState<WorkLog, WorkLogInput> {
  range: { from: string; to: string } | null;
  /** Shows [from, to] (the page's week) and loads it when it changed. */
  show(range: { from: string; to: string }): Promise<void>;
  searchLinks(query: string): Promise<LinkCandidate[]>;
}

export function createWorklogStore(deps: ApiDeps): StoreApi<WorklogState> {
  const { api } = deps;
  let range: { from: string; to: string } | null = null;
  const endpoints = {
    list: () => (range ? api.worklog.list(range) : Promise.resolve([])),
    create: (input: WorkLogInput) => api.worklog.create(input),
    update: (id: string, patch: WorkLogInput) => api.worklog.update({ id, patch }),
    remove: (id: string) => api.worklog.remove({ id }),
    restore: (id: string) => api.worklog.restore({ id }),
  };
  // Names and link titles come from the team and the linked domains.
  const store = createListStore(endpoints, deps, { domain: 'worklog', alsoOn: ['team', 'calendar', 'articles', 'activities', 'concerns'] }) as StoreApi<WorklogState>;
  store.setState({
    range: null,
    async show(next) {
      if (range && range.from === next.from && range.to === next.to && store.getState().loaded) return;
      range = next;
      store.setState({ range: next, rows: [], loaded: false });
      await store.getState().load();
    },
    searchLinks: (query) => api.worklog.searchLinks({ query }),
  });
  return store;
}

export const [worklogStore, useWorklog] = liveStore(createWorklogStore);
