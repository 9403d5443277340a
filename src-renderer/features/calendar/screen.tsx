import { CalendarOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { screenPage, type Screen } from '../../lib/screen';
import { calendarRoute, calendarRouteDef } from './route';

const CalendarPage = lazy(() => import('./CalendarPage').then((m) => ({ default: m.CalendarPage })));

export const calendarScreen: Screen = {
  key: 'calendar',
  icon: <CalendarOutlined />,
  labelKey: 'nav.calendar',
  href: calendarRouteDef.href(calendarRoute()),
  order: 10,
  pages: [screenPage(calendarRouteDef, CalendarPage)],
};
