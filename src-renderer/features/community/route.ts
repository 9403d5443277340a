import { isIsoDate } from '../../../src-shared/domain/dates';
import type { HashPlace, RouteDef } from '../../lib/router';

// 社群's place is in its URL (`#/community?group=…&tab=plan&view=week&date=…`), so a reload or a
// link keeps the group, the tab and the plan's period.

export const COMMUNITY_TABS = ['sop', 'plan', 'templates'] as const;
export type CommunityTab = (typeof COMMUNITY_TABS)[number];
export type PlanView = 'month' | 'week';

export interface CommunityRoute {
  name: 'community';
  /** The group's account id; '' for the first group. */
  group: string;
  tab: CommunityTab;
  view: PlanView;
  /** A day of the plan's period; '' for today. */
  date: string;
}

export function communityRoute(patch: Partial<Omit<CommunityRoute, 'name'>> = {}): CommunityRoute {
  return { name: 'community', group: '', tab: 'sop', view: 'month', date: '', ...patch };
}

function parse({ path, query }: HashPlace): CommunityRoute | null {
  if (path[0] !== 'community' || path.length > 1) return null;
  const tab = query.get('tab') as CommunityTab;
  const date = query.get('date') ?? '';
  return communityRoute({
    group: query.get('group') ?? '',
    tab: COMMUNITY_TABS.includes(tab) ? tab : 'sop',
    view: query.get('view') === 'week' ? 'week' : 'month',
    date: isIsoDate(date) ? date : '',
  });
}

function href(route: CommunityRoute): string {
  const query = new URLSearchParams();
  if (route.group) query.set('group', route.group);
  if (route.tab !== 'sop') query.set('tab', route.tab);
  if (route.tab === 'plan' && route.view !== 'month') query.set('view', route.view);
  if (route.tab === 'plan' && route.date) query.set('date', route.date);
  const search = query.toString();
  return search ? `#/community?${search}` : '#/community';
}

/** `#/community` with `group`, `tab=plan|templates`, and for the plan `view=week` and `date`. */
export const communityRouteDef: RouteDef<CommunityRoute> = { name: 'community', parse, href };
export const communityHref = (patch: Partial<Omit<CommunityRoute, 'name'>> = {}) => href(communityRoute(patch));
