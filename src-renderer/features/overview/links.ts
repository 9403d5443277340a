import type { OverviewItem } from '../../../src-shared/contract/overview';
import { calendarRoute, calendarRouteDef } from '../calendar/route';

// Where each card leads: the work itself. Activities, costs and concerns are issue 12's other
// screens, addressed by their documented hashes (ARCHITECTURE, issue 12's table).

/** The item's week on the calendar with its drawer open. */
export const itemHref = (item: Pick<OverviewItem, 'id' | 'date'>) => calendarRouteDef.href(calendarRoute({ view: 'week', date: item.date, item: item.id }));
/** The calendar's week of `date`. */
export const weekHref = (date: string) => calendarRouteDef.href(calendarRoute({ view: 'week', date }));
export const activityHref = (id: string) => `#/activities/${encodeURIComponent(id)}`;
export const ACTIVITIES_HREF = '#/activities';
export const COSTS_HREF = '#/costs';
export const CONCERNS_HREF = '#/concerns';
