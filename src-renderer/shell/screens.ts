import { accountsScreen } from '../features/accounts/screen';
import { activitiesScreen } from '../features/activities/screen';
import { articlesScreen } from '../features/articles/screen';
import { benchmarksScreen } from '../features/benchmarks/screen';
import { calendarScreen } from '../features/calendar/screen';
import { communityScreen } from '../features/community/screen';
import { concernsScreen } from '../features/concerns/screen';
import { costsScreen } from '../features/costs/screen';
import { libraryScreen } from '../features/library/screen';
import { overviewScreen } from '../features/overview/screen';
import { plansScreen } from '../features/plans/screen';
import { settingsScreen } from '../features/settings/screen';
import { teamScreen } from '../features/team/screen';
import { worklogScreen } from '../features/worklog/screen';
import { createRouter, type RouteBase } from '../lib/router';
import type { Screen, ScreenPage } from '../lib/screen';

/** Every screen of the app, in menu order: a new domain adds its `screen.tsx` here. */
export const SCREENS: readonly Screen[] = [
  overviewScreen,
  calendarScreen,
  articlesScreen,
  benchmarksScreen,
  activitiesScreen,
  accountsScreen,
  teamScreen,
  libraryScreen,
  settingsScreen,
  concernsScreen,
  communityScreen,
  plansScreen,
  costsScreen,
  worklogScreen,
].sort((a, b) => a.order - b.order);

const PAGES = SCREENS.flatMap((screen) => screen.pages.map((page) => ({ ...page, screen })));

/** The composed router. */
export const router = createRouter(PAGES.map((page) => page.route));

const OVERVIEW_HOME: RouteBase = { name: 'overview' };
const ACCOUNTS_HOME: RouteBase = { name: 'accounts' };

/**
 * Where an empty or unknown hash leads: 工作台, what the operator looks at first every morning,
 * once the workspace has an account; before that 账号, where setting up starts.
 */
export function homeRoute(hasAccounts: boolean): RouteBase {
  return hasAccounts ? OVERVIEW_HOME : ACCOUNTS_HOME;
}

/** The page a route opens and the screen whose menu entry it lights. */
export function pageOf(route: RouteBase): ScreenPage & { screen: Screen } {
  const page = PAGES.find((p) => p.route.name === route.name);
  if (!page) throw new Error(`No page shows the route ${route.name}`);
  return page;
}
