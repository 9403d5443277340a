import { DashboardOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { screenPage, type Screen } from '../../lib/screen';
import { overviewRouteDef } from './route';

const OverviewPage = lazy(() => import('./OverviewPage').then((m) => ({ default: m.OverviewPage })));

export const overviewScreen: Screen = {
  key: 'overview',
  icon: <DashboardOutlined />,
  labelKey: 'overview.nav',
  href: overviewRouteDef.href({ name: 'overview' }),
  // First: the home screen, what the operator opens every morning.
  order: 5,
  pages: [screenPage(overviewRouteDef, OverviewPage)],
};
