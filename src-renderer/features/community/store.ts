import { createStore, type StoreApi } from 'zustand';
import type { ActivitySpan } from '../../../src-shared/contract/activities';
import type { CalendarItem } from '../../../src-shared/contract/calendar';
import type { CommunityGroup, GroupProfileInput, Script, ScriptInput, ScriptPatch } from '../../../src-shared/contract/community';
import { asApiError, type ApiCallError, type ApiDeps } from '../../lib/api';
import { follow, liveStore, reloadOnChange } from '../../lib/live-store';
import type { SaveResult } from '../../lib/result';

/** The scripts' key: a group's id, or TEMPLATES for the templates (groupId null). */
export const TEMPLATES = '';
const keyOf = (groupId: string | null) => groupId ?? TEMPLATES;

/** The plan of some groups over a period: their calendar items and the activity phases running on them. */
export interface CommunityPlan {
  from: string;
  to: string;
  groupIds: string[];
  items: CalendarItem[];
  spans: ActivitySpan[];
  /** The activities could not be read (the items still show). */
  spansError: ApiCallError | null;
}

export interface CommunityState {
  groups: CommunityGroup[];
  loaded: boolean;
  error: ApiCallError | null;
  /** Scripts by group id (TEMPLATES: the templates), once opened. */
  scripts: Record<string, Script[]>;
  plan: CommunityPlan | null;
  load(): Promise<void>;
  loadScripts(groupId: string | null): Promise<void>;
  loadPlan(from: string, to: string, groupIds: string[]): Promise<void>;
  saveProfile(id: string, patch: GroupProfileInput): Promise<SaveResult<CommunityGroup>>;
  /** Creates when `id` is absent, updates otherwise. */
  saveScript(input: ScriptInput, id?: string): Promise<SaveResult<Script>>;
  removeScript(id: string): Promise<SaveResult<unknown>>;
  restoreScript(id: string): Promise<SaveResult<Script>>;
  /** Puts one kind's scripts of a group in this order. */
  reorder(ids: string[]): Promise<SaveResult<Script[]>>;
  copyTemplate(templateId: string, groupId: string): Promise<SaveResult<Script>>;
}

export function createCommunityStore(deps: ApiDeps): StoreApi<CommunityState> {
  const { api } = deps;
  // Groups are accounts; the plan shows calendar items and activities: any of them may change it.
  const freshness = reloadOnChange(['community', 'accounts', 'calendar', 'activities'], () => reloadShown());

  function reloadShown() {
    const { scripts, plan, load, loadScripts, loadPlan } = store.getState();
    return Promise.all([load(), ...Object.keys(scripts).map((key) => loadScripts(key || null)), plan && loadPlan(plan.from, plan.to, plan.groupIds)]);
  }

  /** Puts scripts the server answered into their group's list, in kind and position order. */
  function showScripts(written: Script[], removedId?: string): string[] {
    const scripts = { ...store.getState().scripts };
    for (const script of written) {
      const key = keyOf(script.groupId);
      scripts[key] = [...(scripts[key] ?? []).filter((s) => s.id !== script.id), script];
    }
    if (removedId) for (const key of Object.keys(scripts)) scripts[key] = scripts[key]!.filter((s) => s.id !== removedId);
    const kinds = ['welcome', 'announcement', 'keyword', 'rule'];
    for (const key of Object.keys(scripts)) scripts[key] = [...scripts[key]!].sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || a.position - b.position || a.createdAt.localeCompare(b.createdAt));
    store.setState({ scripts });
    // A script's count shows on its group: the groups are refetched by the event.
    return [];
  }

  const store: StoreApi<CommunityState> = createStore<CommunityState>()((set, get) => ({
    groups: [],
    loaded: false,
    error: null,
    scripts: {},
    plan: null,
    async load() {
      freshness.loading();
      try {
        set({ groups: await api.community.groups({}), loaded: true, error: null });
      } catch (error) {
        set({ error: asApiError(error), loaded: true });
      }
    },
    async loadScripts(groupId) {
      try {
        const scripts = await api.community.scripts({ groupId });
        set({ scripts: { ...get().scripts, [keyOf(groupId)]: scripts } });
      } catch (error) {
        set({ error: asApiError(error) });
      }
    },
    async loadPlan(from, to, groupIds) {
      if (groupIds.length === 0) return set({ plan: { from, to, groupIds, items: [], spans: [], spansError: null } });
      const [items, spans] = await Promise.allSettled([api.calendar.listItems({ from, to, accountIds: groupIds }), api.activities.spans({ from, to })]);
      if (items.status === 'rejected') return set({ error: asApiError(items.reason) });
      const onGroups = spans.status === 'fulfilled' ? spans.value.filter((span) => span.accountIds.some((id) => groupIds.includes(id))) : [];
      set({ plan: { from, to, groupIds, items: items.value, spans: onGroups, spansError: spans.status === 'rejected' ? asApiError(spans.reason) : null } });
    },
    saveProfile: (id, patch) =>
      follower.write(
        () => api.community.updateGroup({ id, patch }),
        (group) => {
          set({ groups: get().groups.map((g) => (g.id === group.id ? group : g)) });
          return [group.id];
        },
      ),
    saveScript: (input, id) =>
      follower.write(
        () => (id ? api.community.updateScript({ id, patch: input as ScriptPatch }) : api.community.createScript(input)),
        (script) => showScripts([script]),
      ),
    removeScript: (id) =>
      follower.write(
        () => api.community.removeScript({ id }),
        () => showScripts([], id),
      ),
    restoreScript: (id) =>
      follower.write(
        () => api.community.restoreScript({ id }),
        (script) => showScripts([script]),
      ),
    reorder: (ids) => follower.write(() => api.community.reorderScripts({ ids }), showScripts),
    copyTemplate: (templateId, groupId) =>
      follower.write(
        () => api.community.copyTemplate({ templateId, groupId }),
        (script) => showScripts([script]),
      ),
  }));
  const follower = follow(store, deps, freshness, 'community');
  return store;
}

export const [communityStore, useCommunity] = liveStore(createCommunityStore);
