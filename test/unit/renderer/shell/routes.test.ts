import { describe, expect, it } from 'vitest';
import type { AccountRoute } from '../../../../src-renderer/features/accounts/route';
import { activitiesRoute } from '../../../../src-renderer/features/activities/route';
import { articlesRoute } from '../../../../src-renderer/features/articles/route';
import { benchmarksRoute } from '../../../../src-renderer/features/benchmarks/route';
import { calendarRoute } from '../../../../src-renderer/features/calendar/route';
import { communityRoute } from '../../../../src-renderer/features/community/route';
import { worklogRoute } from '../../../../src-renderer/features/worklog/route';
import { appraisalRoute } from '../../../../src-renderer/features/team/route';
import { en, zhCN } from '../../../../src-shared/i18n';
import type { RouteBase } from '../../../../src-renderer/lib/router';
import { homeRoute, pageOf, router, SCREENS } from '../../../../src-renderer/shell/screens';

const ACCOUNT_PAGES: AccountRoute[] = [
  { name: 'account', id: 'a1', tab: 'profile' },
  { name: 'account', id: 'a1', tab: 'columns' },
  { name: 'account', id: 'id with/slash', tab: 'menu' },
];

/** Routes of every page, as links make them; a new page adds its own here. */
const EXAMPLES: Record<string, RouteBase[]> = {
  accounts: [{ name: 'accounts' }],
  account: ACCOUNT_PAGES,
  calendar: [
    calendarRoute(),
    calendarRoute({ view: 'week', date: '2026-10-01', accounts: ['a 1', 'a2'], statuses: ['review'], tags: ['双11'], colorBy: 'account' }),
    calendarRoute({ view: 'week', date: '2026-10-08', item: 'i1' }),
  ],
  calendarPrint: [
    { name: 'calendarPrint', mode: 'all', calendar: calendarRoute({ date: '2026-10-01' }) } as RouteBase,
    { name: 'calendarPrint', mode: 'accounts', calendar: calendarRoute({ view: 'board', accounts: ['a1'], tags: ['双11'] }) } as RouteBase,
  ],
  team: [{ name: 'team' }],
  teamAppraisal: [appraisalRoute(), appraisalRoute('2026-10')],
  overview: [{ name: 'overview' }],
  articles: [articlesRoute(), articlesRoute({ statuses: ['review'], accounts: ['a 1'], pool: true, query: '双11 新品' })],
  article: [{ name: 'article', id: 'a1' } as RouteBase, { name: 'article', id: 'id with space' } as RouteBase],
  library: [{ name: 'library', tab: 'images' } as RouteBase, { name: 'library', tab: 'blocks' } as RouteBase, { name: 'library', tab: 'templates' } as RouteBase],
  settings: [{ name: 'settings' }],
  sync: [{ name: 'sync' }],
  benchmarks: [benchmarksRoute(), benchmarksRoute({ tab: 'peers' }), benchmarksRoute({ tab: 'peers', peerId: 'p 1' }), benchmarksRoute({ tab: 'entry', query: { account: 'a1', kind: 'week' } })],
  concerns: [{ name: 'concerns' }],
  activities: [activitiesRoute(), activitiesRoute({ activityId: 'act 1' }), activitiesRoute({ tab: 'plan', query: { month: '2026-12' } }), activitiesRoute({ query: { status: 'running' } })],
  costs: [{ name: 'costs' }],
  worklog: [worklogRoute(), worklogRoute({ tab: 'timesheet' }), worklogRoute({ tab: 'stats' })],
  plans: [{ name: 'plans', planId: null, panel: 'preview' } as RouteBase, { name: 'plans', planId: 'p 1', panel: 'preview' } as RouteBase, { name: 'plans', planId: 'p1', panel: 'exports' } as RouteBase],
  community: [communityRoute(), communityRoute({ group: 'g 1', tab: 'templates' }), communityRoute({ group: 'g1', tab: 'plan', view: 'week', date: '2026-12-10' })],
};

const lookup = (tree: object, key: string): unknown => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

describe('the composed router', () => {
  const pages = SCREENS.flatMap((screen) => screen.pages.map((page) => page.route.name));

  it('has an example for every page, so none goes untested', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...pages].sort());
  });

  it('reads back every route it writes, and writes the same link again', () => {
    for (const route of Object.values(EXAMPLES).flat()) {
      const href = router.href(route);
      expect(router.parse(href), href).toEqual(route);
      expect(router.href(router.parse(href)!)).toBe(href);
    }
  });

  it('keeps the links users bookmarked', () => {
    expect(router.parse('#/calendar?view=month&date=2026-10-01&account=a1')).toEqual(calendarRoute({ date: '2026-10-01', accounts: ['a1'] }));
    expect(router.parse('#/accounts/a1/columns')).toEqual({ name: 'account', id: 'a1', tab: 'columns' });
    expect(router.parse('#/accounts/a1')).toEqual({ name: 'account', id: 'a1', tab: 'profile' });
    expect(router.parse('#/accounts')).toEqual({ name: 'accounts' });
    expect(router.parse('#/team')).toEqual({ name: 'team' });
    expect(router.parse('#/team?x=1')).toEqual({ name: 'team' });
    expect(router.parse('#/team/appraisal?month=2026-13')).toEqual(appraisalRoute());
    expect(router.parse('#/settings')).toEqual({ name: 'settings' });
    expect(router.href({ name: 'account', id: 'a1', tab: 'menu' } as RouteBase)).toBe('#/accounts/a1/menu');
  });

  it('claims no empty or unknown hash: those open home', () => {
    expect(router.parse('')).toBeNull();
    expect(router.parse('#/')).toBeNull();
    expect(router.parse('#/nowhere')).toBeNull();
  });

  it('has 工作台 as home once the workspace has an account, the accounts list before', () => {
    expect(homeRoute(true)).toEqual({ name: 'overview' });
    expect(router.href(homeRoute(true))).toBe('#/overview');
    expect(homeRoute(false)).toEqual({ name: 'accounts' });
  });
});

describe('the left menu', () => {
  it('lists the screens in their order, 工作台 first', () => {
    expect(SCREENS.map((s) => s.key)).toEqual(['overview', 'calendar', 'articles', 'benchmarks', 'activities', 'costs', 'worklog', 'accounts', 'concerns', 'community', 'plans', 'team', 'library', 'settings']);
  });

  it('leads every entry to a page of its own screen', () => {
    for (const screen of SCREENS) expect(pageOf(router.parse(screen.href)!).screen.key, screen.href).toBe(screen.key);
  });

  it('keeps an account’s page under 账号 and 考核 under 团队', () => {
    expect(pageOf(router.parse('#/accounts/a1/menu')!).screen.key).toBe('accounts');
    expect(pageOf(router.parse('#/team/appraisal')!).screen.key).toBe('team');
  });

  it('names every entry in Chinese and English', () => {
    for (const screen of SCREENS) {
      expect(lookup(zhCN, screen.labelKey), screen.labelKey).toBeTypeOf('string');
      expect(lookup(en, screen.labelKey), screen.labelKey).toBeTypeOf('string');
    }
  });
});
