import { describe, expect, it } from 'vitest';
import { halfPeriod, periodParts, quarterPeriod, quickChoiceOf, quickPeriod } from '../../../../src-renderer/features/plans/period-choices';

describe("the plan's period choices", () => {
  it('gives this quarter, next quarter and the next half year from a day in the first half', () => {
    expect(quickPeriod('thisQuarter', '2027-05-20')).toEqual({ kind: 'quarter', start: '2027-04-01', end: '2027-06-30' });
    expect(quickPeriod('nextQuarter', '2027-05-20')).toEqual({ kind: 'quarter', start: '2027-07-01', end: '2027-09-30' });
    expect(quickPeriod('nextHalf', '2027-05-20')).toEqual({ kind: 'half', start: '2027-07-01', end: '2027-12-31' });
  });

  it('crosses into the next year in the last quarter', () => {
    expect(quickPeriod('nextQuarter', '2026-12-31')).toEqual({ kind: 'quarter', start: '2027-01-01', end: '2027-03-31' });
    expect(quickPeriod('nextHalf', '2026-10-08')).toEqual({ kind: 'half', start: '2027-01-01', end: '2027-06-30' });
    expect(quickPeriod('thisQuarter', '2026-10-01')).toEqual({ kind: 'quarter', start: '2026-10-01', end: '2026-12-31' });
  });

  it('ends February on its last day, in leap years too', () => {
    expect(quarterPeriod(2028, 1).end).toBe('2028-03-31');
    expect(halfPeriod(2028, 1)).toEqual({ kind: 'half', start: '2028-01-01', end: '2028-06-30' });
  });

  it('recognises a period that a quick choice gives, and none for a custom range', () => {
    expect(quickChoiceOf(quarterPeriod(2027, 1), '2026-12-01')).toBe('nextQuarter');
    expect(quickChoiceOf(quarterPeriod(2026, 4), '2026-12-01')).toBe('thisQuarter');
    expect(quickChoiceOf({ kind: 'custom', start: '2027-01-01', end: '2027-03-31' }, '2026-12-01')).toBeUndefined();
  });

  it('reads the year, quarter and half a period starts in', () => {
    expect(periodParts(quarterPeriod(2027, 3))).toEqual({ year: 2027, quarter: 3, half: 2 });
    expect(periodParts({ kind: 'custom', start: '2027-02-15', end: '2027-04-01' })).toEqual({ year: 2027, quarter: 1, half: 1 });
  });
});
