import { AccountBookOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { screenPage, type Screen } from '../../lib/screen';
import { costsRouteDef } from './route';

const CostsPage = lazy(() => import('./CostsPage').then((m) => ({ default: m.CostsPage })));

export const costsScreen: Screen = {
  key: 'costs',
  icon: <AccountBookOutlined />,
  labelKey: 'costs.title',
  href: costsRouteDef.href({ name: 'costs' }),
  order: 18,
  pages: [screenPage(costsRouteDef, CostsPage)],
};
