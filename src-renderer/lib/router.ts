import { useMemo, useSyncExternalStore } from 'react';
import { ItemStatus } from '../../src-shared/contract/calendar';
import { isIsoDate } from '../../src-shared/domain/dates';

// A tiny hash router: the place lives in `location.hash`, so a reload keeps it and browser mode
// needs no server-side routes. Query parameters after `?` carry a screen's view state.

export type AccountTab = 'profile' | 'columns' | 'menu';
export const CALENDAR_VIEWS = ['month', 'week', 'list', 'board'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];
export type CalendarColorBy = 'status' | 'account';
export interface CalendarRoute {
  name: 'calendar';
  view: CalendarView;
  /** 'YYYY-MM-DD', or '' for today. */
  date: string;
  /** Filters; an empty list = no filter. */
  accounts: string[];
  columns: string[];
  statuses: ItemStatus[];
  owners: string[];
  tags: string[];
  colorBy: CalendarColorBy;
}
export type Route =
  | { name: 'accounts' }
  | { name: 'account'; id: string; tab: AccountTab }
  | CalendarRoute
  | { name: 'team' }
  | { name: 'settings' };

function parseCalendar(query: URLSearchParams): CalendarRoute {
  const date = query.get('date') ?? '';
  const view = query.get('view') as CalendarView;
  const list = (key: string) => query.getAll(key).filter(Boolean);
  return {
    name: 'calendar',
    view: CALENDAR_VIEWS.includes(view) ? view : 'month',
    date: isIsoDate(date) ? date : '',
    accounts: list('account'),
    columns: list('column'),
    statuses: list('status').filter((s): s is ItemStatus => ItemStatus.safeParse(s).success),
    owners: list('owner'),
    tags: list('tag'),
    colorBy: query.get('color') === 'account' ? 'account' : 'status',
  };
}

/** The URL parameter of each list filter, repeated once per value. */
const CALENDAR_FILTER_PARAMS = { accounts: 'account', columns: 'column', statuses: 'status', owners: 'owner', tags: 'tag' } as const;

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [area, id, tab] = parts;
  if (area === 'calendar') return parseCalendar(new URLSearchParams(search));
  if (area === 'team') return { name: 'team' };
  if (area === 'settings') return { name: 'settings' };
  if (area === 'accounts' && id) {
    return { name: 'account', id, tab: tab === 'columns' || tab === 'menu' ? tab : 'profile' };
  }
  return { name: 'accounts' };
}

/** The calendar route with defaults, for links (`{ name: 'calendar' }` opens today). */
export function calendarRoute(patch: Partial<Omit<CalendarRoute, 'name'>> = {}): CalendarRoute {
  return { name: 'calendar', view: 'month', date: '', accounts: [], columns: [], statuses: [], owners: [], tags: [], colorBy: 'status', ...patch };
}

export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'account':
      return `#/accounts/${encodeURIComponent(route.id)}${route.tab === 'profile' ? '' : `/${route.tab}`}`;
    case 'calendar': {
      const query = new URLSearchParams();
      query.set('view', route.view);
      if (route.date) query.set('date', route.date);
      for (const [key, param] of Object.entries(CALENDAR_FILTER_PARAMS)) {
        for (const value of route[key as keyof typeof CALENDAR_FILTER_PARAMS]) query.append(param, value);
      }
      if (route.colorBy !== 'status') query.set('color', route.colorBy);
      return `#/calendar?${query.toString()}`;
    }
    default:
      return `#/${route.name}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}

function subscribe(callback: () => void): () => void {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  // One route object per hash, so screens can memoize on it.
  return useMemo(() => parseRoute(hash), [hash]);
}
