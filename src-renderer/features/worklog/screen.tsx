import { FieldTimeOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { screenPage, type Screen } from '../../lib/screen';
import { worklogRoute, worklogRouteDef } from './route';

const WorklogPage = lazy(() => import('./WorklogPage').then((m) => ({ default: m.WorklogPage })));

export const worklogScreen: Screen = {
  key: 'worklog',
  icon: <FieldTimeOutlined />,
  labelKey: 'worklog.title',
  href: worklogRouteDef.href(worklogRoute()),
  order: 19,
  pages: [screenPage(worklogRouteDef, WorklogPage)],
};
