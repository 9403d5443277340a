import { describe, expect, it } from 'vitest';
import { NO_ASSUMPTIONS } from '../../../../src-shared/contract/plans';
import { forecastFollowers, monthlyNets, threeMonthSpans, type ForecastInput } from '../../../../src-shared/domain/plans/forecast';
import { parsePlanPeriod } from '../../../../src-shared/domain/plans/plan-sections';

const Q1 = parsePlanPeriod('2027Q1')!;

function input(over: Partial<ForecastInput> = {}): ForecastInput {
  return { period: Q1, history: [], registered: null, pastActivities: [], plannedActivityStarts: [], assumptions: NO_ASSUMPTIONS, ...over };
}

/** Month-end followers from July to December 2026. */
const growing = [
  { month: '2026-07', followers: 10_000 },
  { month: '2026-08', followers: 10_300 },
  { month: '2026-09', followers: 10_600 },
  { month: '2026-10', followers: 11_500 }, // a campaign month: the median leaves it out
  { month: '2026-11', followers: 11_800 },
  { month: '2026-12', followers: 12_120 },
];

describe('the follower forecast', () => {
  it('forecasts nothing and says so when there is no history and no register figure', () => {
    const forecast = forecastFollowers(input());
    expect(forecast.now).toBeNull();
    expect(forecast.nowSource).toBe('none');
    expect(forecast.quarters).toEqual([]);
    expect(forecast.impactFen).toBeNull();
    expect(forecast.assumptions.every((a) => a.source === 'none' && a.value === null)).toBe(true);
  });

  it('starts from the register and grows nothing when only the register is known', () => {
    const forecast = forecastFollowers(input({ registered: 5_000 }));
    expect(forecast.nowSource).toBe('register');
    expect(forecast.quarters).toEqual([{ start: '2027-01-01', end: '2027-03-31', startFollowers: 5_000, organic: 0, activities: 0, fromActivities: 0, endFollowers: 5_000 }]);
  });

  it('takes one month of history as followers now but no growth from it', () => {
    const forecast = forecastFollowers(input({ history: [{ month: '2026-12', followers: 800 }] }));
    expect(forecast.now).toBe(800);
    expect(forecast.assumptions[0]).toMatchObject({ key: 'monthlyNetGrowth', value: null, source: 'none' });
    expect(forecast.quarters[0]!.endFollowers).toBe(800);
  });

  it("grows by the median of the last six months' net growth, three months a quarter", () => {
    const forecast = forecastFollowers(input({ history: growing }));
    // nets 300, 300, 900, 300, 320 → median 300
    expect(forecast.assumptions[0]).toEqual({ key: 'monthlyNetGrowth', value: 300, source: 'history', basis: 5 });
    expect(forecast.quarters).toEqual([{ start: '2027-01-01', end: '2027-03-31', startFollowers: 12_120, organic: 900, activities: 0, fromActivities: 0, endFollowers: 13_020 }]);
    expect(forecast.extraFollowers).toBe(900);
  });

  it('uses only the last six months of a longer history', () => {
    const history = [{ month: '2026-01', followers: 0 }, ...growing];
    expect(monthlyNets(history)).toHaveLength(6);
    expect(monthlyNets(history)[0]).toBe(10_000 / 6);
  });

  it('spreads a missing month over the months it spans', () => {
    expect(
      monthlyNets([
        { month: '2026-10', followers: 100 },
        { month: '2026-12', followers: 300 },
      ]),
    ).toEqual([100, 100]);
  });

  it('forecasts a shrinking account down, and never below no followers', () => {
    const falling = [
      { month: '2026-11', followers: 1_000 },
      { month: '2026-12', followers: 600 },
    ];
    const q = forecastFollowers(input({ history: falling, period: parsePlanPeriod('2027H1')! })).quarters;
    expect(q[0]).toMatchObject({ startFollowers: 600, organic: -600, endFollowers: 0 });
    expect(q[1]).toMatchObject({ startFollowers: 0, organic: 0, endFollowers: 0 });
  });

  it("adds the planned activities' followers, as many as past activities kept", () => {
    const forecast = forecastFollowers(
      input({
        history: growing,
        period: parsePlanPeriod('2027H1')!,
        pastActivities: [
          { newFollowers: 400, unfollows: 100, valuePerFollowerFen: 500 },
          { newFollowers: 200, unfollows: 20, valuePerFollowerFen: 300 },
          { newFollowers: 0, unfollows: 0, valuePerFollowerFen: 0 }, // no results yet: not counted
        ],
        plannedActivityStarts: ['2027-02-10', '2027-05-01', '2027-06-30'],
      }),
    );
    expect(forecast.assumptions.map((a) => [a.key, a.value, a.source, a.basis])).toEqual([
      ['monthlyNetGrowth', 300, 'history', 5],
      ['perActivityNewFollowers', 300, 'history', 2],
      ['retentionPct', 80, 'history', 2],
      ['valuePerFollowerFen', 400, 'history', 2],
    ]);
    expect(forecast.quarters.map((q) => [q.start, q.end, q.activities, q.fromActivities, q.endFollowers])).toEqual([
      ['2027-01-01', '2027-03-31', 1, 240, 12_120 + 900 + 240],
      ['2027-04-01', '2027-06-30', 2, 480, 12_120 + 1_800 + 720],
    ]);
    expect(forecast.extraFollowers).toBe(2_520);
    expect(forecast.impactFen).toBe(2_520 * 400);
  });

  it("takes the operator's assumptions over the history's", () => {
    const forecast = forecastFollowers(
      input({
        history: growing,
        pastActivities: [{ newFollowers: 400, unfollows: 100, valuePerFollowerFen: 500 }],
        plannedActivityStarts: ['2027-01-05'],
        assumptions: { monthlyNetGrowth: -50, perActivityNewFollowers: 1_000, retentionPct: 50, valuePerFollowerFen: null },
      }),
    );
    expect(forecast.assumptions.map((a) => a.source)).toEqual(['operator', 'operator', 'operator', 'history']);
    expect(forecast.quarters[0]).toMatchObject({ organic: -150, fromActivities: 500, endFollowers: 12_120 - 150 + 500 });
    expect(forecast.impactFen).toBe(350 * 500);
  });

  it('rounds every figure to whole people', () => {
    const forecast = forecastFollowers(
      input({
        history: [
          { month: '2026-11', followers: 100 },
          { month: '2026-12', followers: 101 },
        ],
        pastActivities: [
          { newFollowers: 3, unfollows: 1, valuePerFollowerFen: 0 },
          { newFollowers: 4, unfollows: 0, valuePerFollowerFen: 0 },
        ],
        plannedActivityStarts: ['2027-01-01', '2027-02-01', '2027-03-01'],
      }),
    );
    // 4 per activity (3.5 rounded), kept 85.7 %: 3 × 3.43 = 10.3 → 10
    const q = forecast.quarters[0]!;
    for (const figure of [q.organic, q.fromActivities, q.endFollowers]) expect(Number.isInteger(figure)).toBe(true);
    expect(q.fromActivities).toBe(10);
    expect(forecast.assumptions[2]!.value).toBe(85.7);
  });

  it('grows the months between the last known month and the period at the monthly net', () => {
    const forecast = forecastFollowers(input({ history: growing.slice(0, 4), period: parsePlanPeriod('2027Q1')! }));
    // last known October; November and December grow at the median of 300, 300, 900 = 300
    expect(forecast.gapMonths).toBe(2);
    expect(forecast.quarters[0]!.startFollowers).toBe(11_500 + 600);
  });

  it('cuts a half year into two quarters and a custom period into three-month spans, the last one shorter', () => {
    expect(threeMonthSpans(parsePlanPeriod('2027H2')!).map((s) => [s.start, s.end, s.months])).toEqual([
      ['2027-07-01', '2027-09-30', 3],
      ['2027-10-01', '2027-12-31', 3],
    ]);
    const custom = threeMonthSpans({ kind: 'custom', start: '2027-01-15', end: '2027-05-14' });
    expect(custom.map((s) => [s.start, s.end])).toEqual([
      ['2027-01-15', '2027-04-14'],
      ['2027-04-15', '2027-05-14'],
    ]);
    expect(custom[1]!.months).toBeCloseTo(1, 1);
    const growth = forecastFollowers(input({ history: growing, period: { kind: 'custom', start: '2027-01-15', end: '2027-05-14' } })).quarters;
    expect(growth.map((q) => q.organic)).toEqual([900, Math.round(300 * custom[1]!.months)]);
  });

  it('counts a month-end start as the same day of later months where they have it', () => {
    expect(threeMonthSpans({ kind: 'custom', start: '2027-11-30', end: '2028-03-10' }).map((s) => s.start)).toEqual(['2027-11-30', '2028-02-29']);
  });
});
