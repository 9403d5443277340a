import { FileWordOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { screenPage, type Screen } from '../../lib/screen';
import { plansHref, plansRouteDef } from './route';

const PlansPage = lazy(() => import('./PlansPage').then((m) => ({ default: m.PlansPage })));

export const plansScreen: Screen = {
  key: 'plans',
  icon: <FileWordOutlined />,
  labelKey: 'plans.nav',
  href: plansHref(),
  // After 关注点 and 社群 (21, 22): the plan is written last, from the peers, activities, costs and
  // concerns the entries above it hold; before 团队 and the settings, which are set up once.
  order: 23,
  pages: [screenPage(plansRouteDef, PlansPage)],
};
