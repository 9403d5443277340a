import { describe, expect, it } from 'vitest';
import type { CalendarItem } from '../../../../src-shared/contract/calendar';
import { pushWarnings } from '../../../../src-renderer/features/calendar/push-warnings';
import { anItem } from './fake-calendar';

const item = (id: string, date: string, slot: number, fields: Partial<CalendarItem> = {}): CalendarItem => ({ ...anItem(id, date), slot, ...fields });
const planned = (date: string, slot: number, fields: { id?: string; status?: string } = {}) => ({ accountId: 'acc-1', date, slot, status: 'topic', ...fields });

describe('the item drawer’s push warnings', () => {
  const day = [item('lead', '2026-10-20', 1, { title: '周末去哪儿' })];

  it('says which item holds a taken 头条, that a subscription account would push twice, and offers 次条', () => {
    const warnings = pushWarnings(day, planned('2026-10-20', 1), 'wechat_subscription');
    expect(warnings.taken?.title).toBe('周末去哪儿');
    expect(warnings.problems.map((p) => p.code)).toEqual(['subscriptionTwiceADay']);
    expect(warnings.freeSlot).toBe(2);
  });

  it('is quiet for a free slot, a pool topic, a cancelled item, an item in its own place, and platforms without slots', () => {
    expect(pushWarnings(day, planned('2026-10-20', 2), 'wechat_subscription')).toEqual({ taken: null, problems: [], freeSlot: null });
    expect(pushWarnings(day, planned('', 1), 'wechat_subscription').taken).toBeNull();
    expect(pushWarnings(day, planned('2026-10-20', 1, { status: 'cancelled' }), 'wechat_subscription').taken).toBeNull();
    expect(pushWarnings(day, planned('2026-10-20', 1, { id: 'lead' }), 'wechat_subscription').taken).toBeNull();
    expect(pushWarnings(day, planned('2026-10-20', 1), 'weibo').taken).toBeNull();
    expect(pushWarnings([{ ...day[0]!, status: 'cancelled' }], planned('2026-10-20', 1), 'wechat_subscription').taken).toBeNull();
  });

  it('offers the missing slot for a gap', () => {
    const warnings = pushWarnings(day, planned('2026-10-20', 4), 'wechat_subscription');
    expect(warnings.problems.map((p) => [p.code, p.params?.slot])).toEqual([['slotGap', 2]]);
    expect(warnings.freeSlot).toBe(2);
  });

  it("warns of a service account's fifth push of the month, not of one the month already had", () => {
    const four = ['2026-11-03', '2026-11-10', '2026-11-17', '2026-11-24'].map((date, i) => item(`s${i}`, date, 1));
    expect(pushWarnings(four, planned('2026-11-05', 1), 'wechat_service').problems.map((p) => p.code)).toEqual(['serviceOverMonthly']);
    expect(pushWarnings(four, planned('2026-11-10', 2), 'wechat_service').problems).toEqual([]);
    const five = [...four, item('s4', '2026-11-26', 1)];
    expect(pushWarnings(five, planned('2026-11-26', 2), 'wechat_service').problems).toEqual([]);
  });

  it('warns of a ninth article', () => {
    const full = Array.from({ length: 8 }, (_, i) => item(`a${i}`, '2026-10-21', i + 1));
    const warnings = pushWarnings(full, planned('2026-10-21', 8), 'wechat_service');
    expect(warnings.taken?.id).toBe('a7');
    expect(warnings.problems.map((p) => [p.code, p.params?.count])).toEqual([['tooManyArticles', 9]]);
    expect(warnings.freeSlot).toBeNull();
  });
});
