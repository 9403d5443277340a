import { ItemStatus } from '../../../src-shared/contract/calendar';
import { isIsoDate } from '../../../src-shared/domain/dates';
import type { HashPlace, RouteDef } from '../../lib/router';

// The calendar's place is all in its URL (`#/calendar?view=week&date=2026-10-01&account=…`), so a
// reload, a bookmark or a link keeps the period, the view and the filters.

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
  /** An item whose drawer is open ('' none): a link to one item (工作台's cards) opens it. */
  item: string;
}

/** The URL parameter of each list filter, repeated once per value. */
const FILTER_PARAMS = { accounts: 'account', columns: 'column', statuses: 'status', owners: 'owner', tags: 'tag' } as const;

/** The calendar route with defaults, for links (`calendarRoute()` opens today's month). */
export function calendarRoute(patch: Partial<Omit<CalendarRoute, 'name'>> = {}): CalendarRoute {
  return { name: 'calendar', view: 'month', date: '', accounts: [], columns: [], statuses: [], owners: [], tags: [], colorBy: 'status', item: '', ...patch };
}

function parse({ path, query }: HashPlace): CalendarRoute | null {
  if (path[0] !== 'calendar') return null;
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
    item: query.get('item') ?? '',
  };
}

function href(route: CalendarRoute): string {
  const query = new URLSearchParams();
  query.set('view', route.view);
  if (route.date) query.set('date', route.date);
  for (const [key, param] of Object.entries(FILTER_PARAMS)) {
    for (const value of route[key as keyof typeof FILTER_PARAMS]) query.append(param, value);
  }
  if (route.colorBy !== 'status') query.set('color', route.colorBy);
  if (route.item) query.set('item', route.item);
  return `#/calendar?${query.toString()}`;
}

/** `#/calendar?view=month|week|list|board&date=…` with the filters `account`, `column`, `status`, `owner`, `tag` (repeated) `color=account` and `item` (its drawer open). */
export const calendarRouteDef: RouteDef<CalendarRoute> = { name: 'calendar', parse, href };
