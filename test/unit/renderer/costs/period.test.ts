import { describe, expect, it } from 'vitest';
import { periodAround, shiftPeriod } from '../../../../src-renderer/features/costs/period';

describe('the period the cost list shows', () => {
  it('is the month or the quarter holding a day', () => {
    expect(periodAround('month', '2026-02-14')).toEqual({ kind: 'month', from: '2026-02-01', to: '2026-02-28' });
    expect(periodAround('quarter', '2026-11-30')).toEqual({ kind: 'quarter', from: '2026-10-01', to: '2026-12-31' });
    expect(periodAround('quarter', '2026-01-01')).toEqual({ kind: 'quarter', from: '2026-01-01', to: '2026-03-31' });
  });

  it('steps a quarter by three months across the year', () => {
    expect(shiftPeriod(periodAround('quarter', '2026-11-05'), 1)).toEqual({ kind: 'quarter', from: '2027-01-01', to: '2027-03-31' });
    expect(shiftPeriod(periodAround('month', '2026-01-31'), -1)).toEqual({ kind: 'month', from: '2025-12-01', to: '2025-12-31' });
  });

  it('keeps a custom range when switching to it', () => {
    const month = periodAround('month', '2026-11-05');
    expect(periodAround('range', month.from, month)).toEqual({ kind: 'range', from: '2026-11-01', to: '2026-11-30' });
  });
});
