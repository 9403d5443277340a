import { describe, expect, it } from 'vitest';
import { calendarRoute, calendarRouteDef } from '../../../../src-renderer/features/calendar/route';
import { placeOf } from '../../../../src-renderer/lib/router';

const parse = (hash: string) => calendarRouteDef.parse(placeOf(hash));

describe('calendar route', () => {
  it('reads the view, date, filters and colour from the hash query', () => {
    expect(parse('#/calendar?view=week&date=2026-10-01&account=a1&account=a2&status=review&status=bogus&owner=m1&column=c1&tag=节日&color=account')).toEqual({
      name: 'calendar',
      view: 'week',
      date: '2026-10-01',
      accounts: ['a1', 'a2'],
      columns: ['c1'],
      statuses: ['review'],
      owners: ['m1'],
      tags: ['节日'],
      colorBy: 'account',
      item: '',
    });
    expect(parse('#/calendar')).toEqual(calendarRoute());
    expect(parse('#/calendar?view=year&date=2026-13-99')).toMatchObject({ view: 'month', date: '' });
    expect(parse('#/team')).toBeNull();
  });

  it('writes the same hash back', () => {
    const route = calendarRoute({ date: '2026-10-01', accounts: ['a 1'] });
    expect(calendarRouteDef.href(route)).toBe('#/calendar?view=month&date=2026-10-01&account=a+1');
    expect(parse(calendarRouteDef.href(route))).toEqual(route);
    const filtered = calendarRoute({ view: 'board', statuses: ['writing', 'review'], tags: ['双11'], colorBy: 'account' });
    expect(parse(calendarRouteDef.href(filtered))).toEqual(filtered);
    expect(calendarRouteDef.href(calendarRoute())).toBe('#/calendar?view=month');
  });
});
