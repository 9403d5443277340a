import { RocketOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { screenPage, type Screen } from '../../lib/screen';
import { activitiesHref, activitiesRouteDef } from './route';

const ActivitiesPage = lazy(() => import('./ActivitiesPage').then((m) => ({ default: m.ActivitiesPage })));

export const activitiesScreen: Screen = {
  key: 'activities',
  icon: <RocketOutlined />,
  labelKey: 'activities.nav',
  href: activitiesHref(),
  // After 对标: campaigns are planned beside what peers run.
  order: 17,
  pages: [screenPage(activitiesRouteDef, ActivitiesPage)],
};
