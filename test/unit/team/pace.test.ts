import { describe, expect, it } from 'vitest';
import { isBehindPace, monthPace } from '../../../src-shared/domain/team/pace';

describe('the pace of a monthly KPI', () => {
  it('is the share of the month gone by, today included: none before it, all after it', () => {
    expect(monthPace('2026-10', '2026-09-30')).toBe(0);
    expect(monthPace('2026-10', '2026-10-01')).toBeCloseTo(1 / 31);
    expect(monthPace('2026-10', '2026-10-14')).toBeCloseTo(14 / 31);
    expect(monthPace('2026-02', '2026-02-14')).toBe(0.5);
    expect(monthPace('2026-10', '2026-10-31')).toBe(1);
    expect(monthPace('2026-10', '2027-01-01')).toBe(1);
  });

  it('calls a KPI behind only when its actual is below the paced target; a hand-entered one never', () => {
    expect(isBehindPace(4, 10, 0.5)).toBe(true);
    expect(isBehindPace(5, 10, 0.5)).toBe(false);
    expect(isBehindPace(0, 10, 0)).toBe(false);
    expect(isBehindPace(null, 10, 1)).toBe(false);
    expect(isBehindPace(0, 0, 1)).toBe(false);
  });

  it('judges nobody in the first quarter of the month, and asks for whole units after it', () => {
    expect(isBehindPace(0, 8, 2 / 31)).toBe(false);
    expect(isBehindPace(1, 8, 10 / 31)).toBe(true);
    expect(isBehindPace(2, 8, 10 / 31)).toBe(false);
  });
});
