import type { HashPlace, RouteDef } from '../../../lib/router';
import { calendarRouteDef, type CalendarRoute } from '../route';

// The printable month (排期表) has its own page, `#/calendar/print?date=…&mode=accounts&…`: the
// calendar's own parameters (the month, the filters, the view to go back to) and the layout.

/** 'all': one sheet for every account; 'accounts': one sheet per account that has items in the month. */
export type PrintMode = 'all' | 'accounts';
export const PRINT_MODES: readonly PrintMode[] = ['all', 'accounts'];

export interface CalendarPrintRoute {
  name: 'calendarPrint';
  mode: PrintMode;
  /** The calendar it was opened from: its date gives the month, its filters what is printed. */
  calendar: CalendarRoute;
}

function parse({ path, query }: HashPlace): CalendarPrintRoute | null {
  if (path[0] !== 'calendar' || path[1] !== 'print' || path.length > 2) return null;
  const calendar = calendarRouteDef.parse({ path: ['calendar'], query });
  if (!calendar) return null;
  return { name: 'calendarPrint', mode: query.get('mode') === 'accounts' ? 'accounts' : 'all', calendar };
}

function href({ mode, calendar }: CalendarPrintRoute): string {
  const query = new URLSearchParams(calendarRouteDef.href(calendar).split('?')[1]);
  if (mode !== 'all') query.set('mode', mode);
  return `#/calendar/print?${query.toString()}`;
}

/** `#/calendar/print?…`: listed before the calendar's own route, which would claim every `#/calendar…` hash. */
export const calendarPrintRouteDef: RouteDef<CalendarPrintRoute> = { name: 'calendarPrint', parse, href };
