import type { RouteDef } from '../../lib/router';

// 活动 is one screen: the list (`#/activities`, `?status=` keeps its filter), one activity's page
// (`#/activities/<id>`) and the monthly implementation table (`#/activities/plan?month=YYYY-MM`).
// An activity's page is a page, not a drawer: its figures, budget lines and lessons are read and
// edited for minutes at a time, and its address is what an operator sends to a colleague.

export const ACTIVITIES_TABS = ['list', 'plan'] as const;
export type ActivitiesTab = (typeof ACTIVITIES_TABS)[number];

export interface ActivitiesRoute {
  name: 'activities';
  tab: ActivitiesTab;
  /** The activity whose page is open (on the list tab). */
  activityId: string | null;
  /** The tab's view state (`status`, `month`), kept as given. */
  query: Record<string, string>;
}

export function activitiesRoute(patch: Partial<Omit<ActivitiesRoute, 'name'>> = {}): ActivitiesRoute {
  return { name: 'activities', tab: 'list', activityId: null, query: {}, ...patch };
}

export const activitiesRouteDef: RouteDef<ActivitiesRoute> = {
  name: 'activities',
  parse: ({ path: [area, second], query }) => {
    if (area !== 'activities') return null;
    const view = Object.fromEntries(query.entries());
    if (second === 'plan') return activitiesRoute({ tab: 'plan', query: view });
    return activitiesRoute({ activityId: second ?? null, query: view });
  },
  href: ({ tab, activityId, query }) => {
    const path = tab === 'plan' ? '#/activities/plan' : activityId ? `#/activities/${encodeURIComponent(activityId)}` : '#/activities';
    const search = new URLSearchParams(query).toString();
    return search ? `${path}?${search}` : path;
  },
};

/** The list, with its filter. */
export const activitiesHref = (query: Record<string, string> = {}): string => activitiesRouteDef.href(activitiesRoute({ query }));
/** One activity's page. */
export const activityHref = (activityId: string): string => activitiesRouteDef.href(activitiesRoute({ activityId }));
/** The implementation table of a month ('YYYY-MM'); without one, the current month. */
export const planHref = (month?: string): string => activitiesRouteDef.href(activitiesRoute({ tab: 'plan', query: month ? { month } : {} }));
