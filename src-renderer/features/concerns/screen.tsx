import { MessageOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { screenPage, type Screen } from '../../lib/screen';
import { concernsRouteDef } from './route';

const ConcernsPage = lazy(() => import('./ConcernsPage').then((m) => ({ default: m.ConcernsPage })));

export const concernsScreen: Screen = {
  key: 'concerns',
  icon: <MessageOutlined />,
  labelKey: 'concerns.nav',
  href: concernsRouteDef.href({ name: 'concerns' }),
  // After 账号: what the accounts' followers ask about.
  order: 21,
  pages: [screenPage(concernsRouteDef, ConcernsPage)],
};
