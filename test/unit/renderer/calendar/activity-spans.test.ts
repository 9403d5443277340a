import { describe, expect, it } from 'vitest';
import type { ActivitySpan } from '../../../../src-shared/contract/activities';
import { eachDay } from '../../../../src-shared/domain/dates';
import { MAX_LANES, spanInFilter, spansByDay } from '../../../../src-renderer/features/calendar/activity-spans';

const span = (activityId: string, phase: ActivitySpan['phase'], startDate: string, endDate: string, accountIds: string[] = []): ActivitySpan => ({
  activityId,
  name: activityId,
  status: 'planned',
  phase,
  startDate,
  endDate,
  accountIds,
});

/** Monday 2026-12-07 to Sunday 2026-12-20: two week rows. */
const days = eachDay('2026-12-07', '2026-12-20');

describe('activity spans on the calendar', () => {
  it('keep each span in one lane over its days, an activity’s phases following each other in it', () => {
    const warmup = span('双12', 'warmup', '2026-12-08', '2026-12-11');
    const main = span('双12', 'main', '2026-12-12', '2026-12-12');
    const other = span('会员日', 'main', '2026-12-10', '2026-12-14');
    const shown = spansByDay([other, main, warmup], days);
    expect(shown.get('2026-12-07')).toBeUndefined();
    expect(shown.get('2026-12-10')?.lanes.map((p) => p?.span)).toEqual([warmup, other]);
    // 双12's main phase takes its warm-up's lane; the lane of 会员日 stays its own.
    expect(shown.get('2026-12-12')?.lanes.map((p) => p?.span)).toEqual([main, other]);
    // A day where only the second lane runs keeps the first free, so the bar stays straight.
    expect(shown.get('2026-12-13')?.lanes).toEqual([null, expect.objectContaining({ span: other, last: false })]);
  });

  it('write the label on the first day and again on a new week row, and mark the ends', () => {
    const long = span('年终盛典', 'main', '2026-12-10', '2026-12-16');
    const shown = spansByDay([long], days);
    const piece = (date: string) => shown.get(date)?.lanes[0];
    expect(piece('2026-12-10')).toMatchObject({ first: true, last: false, labelled: true });
    expect(piece('2026-12-11')).toMatchObject({ first: false, labelled: false });
    expect(piece('2026-12-14')).toMatchObject({ first: false, labelled: true });
    expect(piece('2026-12-16')).toMatchObject({ last: true, labelled: false });
    // A span that began before the days shown is labelled on the first day shown.
    expect(spansByDay([long], eachDay('2026-12-12', '2026-12-13')).get('2026-12-12')?.lanes[0]?.labelled).toBe(true);
  });

  it(`show ${MAX_LANES} lanes a day and count the rest`, () => {
    const busy = ['甲', '乙', '丙', '丁'].map((name) => span(name, 'main', '2026-12-12', '2026-12-12'));
    const day = spansByDay(busy, days).get('2026-12-12')!;
    expect(day.lanes).toHaveLength(MAX_LANES);
    expect(day.hidden).toBe(4 - MAX_LANES);
    expect(day.all).toHaveLength(4);
  });

  it('follow the account filter: a span of a picked account, or of no account, shows', () => {
    expect(spanInFilter(span('a', 'main', '2026-12-01', '2026-12-01', ['acc-1']), [])).toBe(true);
    expect(spanInFilter(span('a', 'main', '2026-12-01', '2026-12-01', ['acc-1', 'acc-2']), ['acc-2'])).toBe(true);
    expect(spanInFilter(span('a', 'main', '2026-12-01', '2026-12-01', ['acc-1']), ['acc-2'])).toBe(false);
    expect(spanInFilter(span('a', 'main', '2026-12-01', '2026-12-01'), ['acc-2'])).toBe(true);
  });
});
