import { CalendarOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { screenPage, type Screen } from '../../lib/screen';
import { calendarPrintRouteDef } from './print/route';
import { calendarRoute, calendarRouteDef } from './route';

const CalendarPage = lazy(() => import('./CalendarPage').then((m) => ({ default: m.CalendarPage })));
const CalendarPrintPage = lazy(() => import('./print/CalendarPrintPage').then((m) => ({ default: m.CalendarPrintPage })));

export const calendarScreen: Screen = {
  key: 'calendar',
  icon: <CalendarOutlined />,
  labelKey: 'nav.calendar',
  href: calendarRouteDef.href(calendarRoute()),
  order: 10,
  // The print page first: the calendar's route would claim `#/calendar/print` too.
  pages: [screenPage(calendarPrintRouteDef, CalendarPrintPage), screenPage(calendarRouteDef, CalendarPage)],
};
