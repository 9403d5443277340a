import { describe, expect, it } from 'vitest';
import { activityFigures, peopleCostFen } from '../../../src-shared/domain/activities/roi';

const base = { budgetFen: 0, paidFen: 0, minutes: 0, peopleFen: 0, revenueFen: 0, newFollowers: 0, valuePerFollowerFen: 0, unfollows: 0 };

describe('activityFigures', () => {
  it('adds people’s time to the cost lines and measures ROI against revenue', () => {
    const f = activityFigures({ ...base, budgetFen: 300_000, paidFen: 100_000, minutes: 600, peopleFen: 100_000, revenueFen: 1_000_000, newFollowers: 200, unfollows: 30 });
    expect(f.costFen).toBe(400_000);
    expect(f.valueFen).toBe(1_000_000);
    expect(f.valueSource).toBe('revenue');
    expect(f.roi).toBeCloseTo(1.5);
    expect(f.costPerFollowerFen).toBe(2_000);
    expect(f.retention).toBeCloseTo(0.85);
    expect(f.paidFen).toBe(100_000);
    expect(f.minutes).toBe(600);
  });

  it('values new followers at the operator’s price when there is no revenue', () => {
    const f = activityFigures({ ...base, budgetFen: 50_000, newFollowers: 100, valuePerFollowerFen: 800 });
    expect(f.valueSource).toBe('followers');
    expect(f.valueFen).toBe(80_000);
    expect(f.roi).toBeCloseTo(0.6);
  });

  it('has no ROI and no cost per follower when nothing was spent', () => {
    const f = activityFigures({ ...base, revenueFen: 10_000, newFollowers: 10 });
    expect(f.costFen).toBe(0);
    expect(f.roi).toBeNull();
    expect(f.costPerFollowerFen).toBeNull();
  });

  it('says where no value comes from and has no retention without new followers', () => {
    const f = activityFigures({ ...base, budgetFen: 1_000 });
    expect(f.valueSource).toBe('none');
    expect(f.valueFen).toBe(0);
    // A planned activity without results has no ROI yet (not −100%).
    expect(f.roi).toBeNull();
    expect(f.retention).toBeNull();
  });

  it('never reports a negative retention when more unfollowed than came', () => {
    expect(activityFigures({ ...base, newFollowers: 10, unfollows: 15 }).retention).toBe(0);
  });
});

describe('peopleCostFen', () => {
  it('rounds the summed minutes × hourly cost once, half up', () => {
    // 7 + 7 minutes at ¥1.00/h: each alone would round 11.67 → 12 fen (24); the sum is 23.33 → 23.
    expect(peopleCostFen(7 * 100 + 7 * 100)).toBe(23);
    expect(peopleCostFen(90 * 12_000)).toBe(18_000);
    expect(peopleCostFen(30)).toBe(1);
  });
});
