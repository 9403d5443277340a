import type { RouteDef } from '../../lib/router';

// 日志 is one screen of three tabs: 记录 (quick entry and the week's entries), 周表 (the week's
// timesheet) and 统计 (time by category and person). The tab and the week (any day of it) or the
// statistics' range are in the hash, so a reload keeps them: `#/worklog/timesheet?week=2026-11-02`.

export const WORKLOG_TABS = ['entries', 'timesheet', 'stats'] as const;
export type WorklogTab = (typeof WORKLOG_TABS)[number];

export interface WorklogRoute {
  name: 'worklog';
  tab: WorklogTab;
  /** A day of the week shown (default: today's week). */
  week: string | null;
  /** The statistics' range (default: this month). */
  from: string | null;
  to: string | null;
}

const isTab = (value: string | undefined): value is WorklogTab => (WORKLOG_TABS as readonly string[]).includes(value ?? '');

export function worklogRoute(patch: Partial<Omit<WorklogRoute, 'name'>> = {}): WorklogRoute {
  return { name: 'worklog', tab: 'entries', week: null, from: null, to: null, ...patch };
}

export const worklogRouteDef: RouteDef<WorklogRoute> = {
  name: 'worklog',
  parse: ({ path: [area, tab], query }) => (area === 'worklog' ? worklogRoute({ tab: isTab(tab) ? tab : 'entries', week: query.get('week'), from: query.get('from'), to: query.get('to') }) : null),
  href: ({ tab, week, from, to }) => {
    const search = new URLSearchParams(Object.entries({ week, from, to }).filter((e): e is [string, string] => Boolean(e[1]))).toString();
    const path = tab === 'entries' ? '#/worklog' : `#/worklog/${tab}`;
    return search ? `${path}?${search}` : path;
  },
};
