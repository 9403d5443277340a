import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPushRules, type AccountKind, type PlanItem } from '../../../../src-shared/domain/calendar/push-rules';

const sub: AccountKind = { id: 'sub', platform: 'wechat_subscription' };
const svc: AccountKind = { id: 'svc', platform: 'wechat_service' };
const weibo: AccountKind = { id: 'weibo', platform: 'weibo' };
const accounts = [sub, svc, weibo];

let next = 0;
function item(accountId: string, date: string, slot: number, status = 'scheduled'): PlanItem {
  return { id: `i${++next}`, accountId, date, slot, status };
}
/** One push: slots 1..n on one day. */
function push(accountId: string, date: string, n = 1): PlanItem[] {
  return Array.from({ length: n }, (_, i) => item(accountId, date, i + 1));
}
const codes = (items: PlanItem[]) => checkPushRules(items, accounts).map((p) => p.code);

describe('WeChat push rules', () => {
  it('finds nothing wrong in one full push a day on a subscription account', () => {
    expect(codes([...push('sub', '2026-10-01', 8), ...push('sub', '2026-10-02', 3)])).toEqual([]);
  });

  it('warns when a subscription account gets two pushes on one day', () => {
    const first = push('sub', '2026-10-01', 2);
    const second = item('sub', '2026-10-01', 1);
    const problems = checkPushRules([...first, second], accounts);
    expect(problems).toEqual([{ code: 'subscriptionTwiceADay', accountId: 'sub', date: '2026-10-01', itemIds: [first[0]!.id, second.id], params: { pushes: 2 } }]);
  });

  it('lets a service account push twice on one day but warns at the 5th push of a month', () => {
    const four = [...push('svc', '2026-10-01', 2), ...push('svc', '2026-10-01'), ...push('svc', '2026-10-08'), ...push('svc', '2026-10-15')];
    expect(codes(four)).toEqual([]);
    const fifth = push('svc', '2026-10-29', 2);
    const problems = checkPushRules([...four, ...fifth], accounts);
    expect(problems).toEqual([{ code: 'serviceOverMonthly', accountId: 'svc', date: '2026-10', itemIds: fifth.map((i) => i.id), params: { count: 5, max: 4 } }]);
  });

  it('does not carry unused service pushes over to the next month', () => {
    const plan = [...push('svc', '2026-09-01'), ...['01', '02', '03', '04', '05'].map((d) => push('svc', `2026-10-${d}`)).flat()];
    expect(checkPushRules(plan, accounts).map((p) => [p.code, p.date])).toEqual([['serviceOverMonthly', '2026-10']]);
  });

  it('warns about a push of 9 articles', () => {
    const nine = push('sub', '2026-10-01', 9);
    expect(checkPushRules(nine, accounts)).toEqual([{ code: 'tooManyArticles', accountId: 'sub', date: '2026-10-01', itemIds: [nine[8]!.id], params: { count: 9, max: 8 } }]);
  });

  it('warns about two articles in the same slot of a push', () => {
    const plan = [...push('sub', '2026-10-01', 3), item('sub', '2026-10-01', 2)];
    const problems = checkPushRules(plan, accounts);
    expect(problems.map((p) => [p.code, p.params, p.itemIds.length])).toEqual([['slotDuplicate', { slot: 2 }, 2]]);
  });

  it('warns about a gap in the slots of a push, naming the missing slot', () => {
    expect(checkPushRules([item('sub', '2026-10-01', 1), item('sub', '2026-10-01', 3)], accounts).map((p) => [p.code, p.params])).toEqual([['slotGap', { slot: 2 }]]);
    expect(checkPushRules([item('svc', '2026-10-01', 2)], accounts).map((p) => [p.code, p.params])).toEqual([['slotGap', { slot: 1 }]]);
    // Only a 第3条: the 头条 is what is missing first.
    expect(checkPushRules([item('svc', '2026-10-01', 3)], accounts).map((p) => [p.code, p.params])).toEqual([['slotGap', { slot: 1 }]]);
  });

  it('ignores cancelled items and accounts without WeChat push rules', () => {
    const plan = [...push('sub', '2026-10-01', 2), item('sub', '2026-10-01', 1, 'cancelled'), item('sub', '2026-10-01', 5, 'cancelled'), ...push('weibo', '2026-10-01'), ...push('weibo', '2026-10-01')];
    expect(codes(plan)).toEqual([]);
  });
});

// A valid plan: per account a set of days, each with contiguous pushes of 1..8 articles; a
// subscription account has one push a day, a service account at most 4 pushes per month.
const day = fc.integer({ min: 0, max: 364 * 3 }).map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
const pushSize = fc.integer({ min: 1, max: 8 });
const subscriptionDays = fc.uniqueArray(fc.record({ date: day, size: pushSize }), { selector: (d) => d.date, maxLength: 60 });
const serviceDays = fc.uniqueArray(fc.record({ date: day, sizes: fc.array(pushSize, { minLength: 1, maxLength: 2 }) }), { selector: (d) => d.date, maxLength: 60 });

function validPlan(subDays: Array<{ date: string; size: number }>, svcDays: Array<{ date: string; sizes: number[] }>): PlanItem[] {
  const plan = subDays.flatMap((d) => push('sub', d.date, d.size));
  const perMonth = new Map<string, number>();
  for (const d of svcDays) {
    const month = d.date.slice(0, 7);
    for (const size of d.sizes) {
      if ((perMonth.get(month) ?? 0) >= 4) break;
      perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
      plan.push(...push('svc', d.date, size));
    }
  }
  return plan;
}

describe('WeChat push rules on generated plans', () => {
  it('raises no false alarm on any valid plan, in any order, with cancelled extras', () => {
    fc.assert(
      fc.property(subscriptionDays, serviceDays, fc.integer(), (subDays, svcDays, seed) => {
        const plan = validPlan(subDays, svcDays);
        const cancelled = plan.slice(0, 5).map((i) => ({ ...i, id: `${i.id}-x`, status: 'cancelled' }));
        const shuffled = fc.sample(fc.shuffledSubarray([...plan, ...cancelled], { minLength: plan.length + cancelled.length }), { seed, numRuns: 1 })[0]!;
        expect(checkPushRules(shuffled, accounts)).toEqual([]);
      }),
    );
  });

  it('gives exactly the twice-a-day warning when a second 头条 is added to a subscription day', () => {
    fc.assert(
      fc.property(
        subscriptionDays.filter((d) => d.length > 0),
        fc.nat(),
        (subDays, pick) => {
          const plan = validPlan(subDays, []);
          const target = subDays[pick % subDays.length]!.date;
          const extra = item('sub', target, 1);
          const problems = checkPushRules([...plan, extra], accounts);
          expect(problems.map((p) => [p.code, p.date])).toEqual([['subscriptionTwiceADay', target]]);
          expect(problems[0]!.itemIds).toContain(extra.id);
        },
      ),
    );
  });
});
