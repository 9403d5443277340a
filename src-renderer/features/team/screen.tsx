import { TeamOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { screenPage, type Screen } from '../../lib/screen';
import { appraisalRouteDef, teamRouteDef } from './route';

const TeamPage = lazy(() => import('./TeamPage').then((m) => ({ default: m.TeamPage })));
const AppraisalPage = lazy(() => import('./AppraisalPage').then((m) => ({ default: m.AppraisalPage })));

export const teamScreen: Screen = {
  key: 'team',
  icon: <TeamOutlined />,
  labelKey: 'nav.team',
  href: teamRouteDef.href({ name: 'team' }),
  order: 30,
  // 考核 first: `#/team` alone would claim `#/team/appraisal` too.
  pages: [screenPage(appraisalRouteDef, AppraisalPage), screenPage(teamRouteDef, TeamPage)],
};
