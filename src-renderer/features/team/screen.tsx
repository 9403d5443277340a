import { TeamOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { screenPage, type Screen } from '../../lib/screen';
import { teamRouteDef } from './route';

const TeamPage = lazy(() => import('./TeamPage').then((m) => ({ default: m.TeamPage })));

export const teamScreen: Screen = {
  key: 'team',
  icon: <TeamOutlined />,
  labelKey: 'nav.team',
  href: teamRouteDef.href({ name: 'team' }),
  order: 30,
  pages: [screenPage(teamRouteDef, TeamPage)],
};
