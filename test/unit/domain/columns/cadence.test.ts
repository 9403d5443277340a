import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysInclusive, eachDay } from '../../../../src-shared/domain/dates';
import { cadenceDates, cadenceOverLimit, isCadenceDay, mostDaysInAMonth, type Cadence } from '../../../../src-shared/domain/columns/cadence';

/** Monday = 1 … Sunday = 7, read from the JavaScript Date (independent of the code under test). */
function isoWeekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
}

const startDate = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const weekdays = fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 });
const cadence: fc.Arbitrary<Cadence> = fc.oneof(
  fc.constant({ kind: 'daily' as const }),
  weekdays.map((w) => ({ kind: 'weekly' as const, weekdays: w })),
  fc.uniqueArray(fc.integer({ min: 1, max: 31 }), { minLength: 1, maxLength: 5 }).map((days) => ({ kind: 'monthly' as const, days })),
  fc.constant({ kind: 'irregular' as const }),
);

describe('cadence appearances', () => {
  it('returns, in order, exactly the dates of the range that match the cadence', () => {
    fc.assert(
      fc.property(cadence, startDate, fc.integer({ min: 1, max: 400 }), (c, from, length) => {
        const to = addDays(from, length - 1);
        const dates = cadenceDates(c, eachDay(from, to));
        const matches = (date: string) => c.kind === 'daily' || (c.kind === 'weekly' && c.weekdays.includes(isoWeekday(date))) || (c.kind === 'monthly' && c.days.includes(Number(date.slice(8)))) || false;
        expect(dates.every((d) => d >= from && d <= to && matches(d))).toBe(true);
        expect(dates).toEqual(eachDay(from, to).filter(matches));
      }),
    );
  });

  it('gives 8 × the weekdays over 8 weeks of a weekly cadence, whatever day the range starts', () => {
    fc.assert(
      fc.property(weekdays, startDate, (w, from) => {
        expect(cadenceDates({ kind: 'weekly', weekdays: w }, eachDay(from, addDays(from, 8 * 7 - 1)))).toHaveLength(8 * w.length);
      }),
    );
  });

  it('counts Sunday as 7 and Monday as 1', () => {
    expect(isCadenceDay({ kind: 'weekly', weekdays: [7] }, '2026-10-04')).toBe(true); // a Sunday
    expect(isCadenceDay({ kind: 'weekly', weekdays: [1] }, '2026-10-05')).toBe(true); // a Monday
    expect(cadenceDates({ kind: 'weekly', weekdays: [2] }, eachDay('2026-10-01', '2026-10-31'))).toEqual(['2026-10-06', '2026-10-13', '2026-10-20', '2026-10-27']);
  });

  it('skips a monthly day the month does not have, and an irregular column never appears', () => {
    expect(cadenceDates({ kind: 'monthly', days: [31] }, eachDay('2026-01-01', '2026-12-31'))).toHaveLength(7);
    expect(cadenceDates({ kind: 'monthly', days: [29, 30] }, eachDay('2026-02-01', '2026-03-31'))).toEqual(['2026-03-29', '2026-03-30']);
    expect(cadenceDates({ kind: 'irregular' }, eachDay('2026-01-01', '2026-12-31'))).toEqual([]);
    expect(cadenceDates({ kind: 'daily' }, eachDay('2026-10-01', '2026-10-31'))).toHaveLength(daysInclusive('2026-10-01', '2026-10-31'));
  });
});

describe("pushes of an account's columns in a month", () => {
  /** Counted on the real calendar: the most days of any month of 2024–2031 on which any cadence appears. */
  function mostOnTheCalendar(cadences: Cadence[]): number {
    let most = 0;
    for (let year = 2024; year <= 2031; year++) {
      for (let month = 1; month <= 12; month++) {
        const first = `${year}-${String(month).padStart(2, '0')}-01`;
        const days = eachDay(first, addDays(`${addDays(first, 31).slice(0, 8)}01`, -1));
        most = Math.max(most, days.filter((d) => cadences.some((c) => isCadenceDay(c, d))).length);
      }
    }
    return most;
  }

  it('finds the worst month of any calendar without one', () => {
    fc.assert(
      fc.property(fc.array(cadence, { maxLength: 3 }), (cadences) => {
        expect(mostDaysInAMonth(cadences)).toBe(mostOnTheCalendar(cadences));
      }),
      { numRuns: 60 },
    );
  });

  it("warns a service account's columns past 4 pushes in a month, counting columns that meet on a day once", () => {
    const tuesdays: Cadence = { kind: 'weekly', weekdays: [2] };
    expect(cadenceOverLimit('wechat_service', [{ kind: 'monthly', days: [1, 8, 18, 28] }])).toBeUndefined();
    expect(cadenceOverLimit('wechat_service', [tuesdays, tuesdays])).toEqual({ count: 5, max: 4 });
    expect(cadenceOverLimit('wechat_service', [tuesdays, { kind: 'weekly', weekdays: [4] }])).toEqual({ count: 10, max: 4 });
    expect(cadenceOverLimit('wechat_service', [{ kind: 'daily' }])).toEqual({ count: 31, max: 4 });
    expect(cadenceOverLimit('wechat_subscription', [{ kind: 'daily' }])).toBeUndefined();
    expect(cadenceOverLimit('weibo', [{ kind: 'daily' }])).toBeUndefined();
  });
});
