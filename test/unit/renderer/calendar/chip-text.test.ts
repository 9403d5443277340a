import { describe, expect, it } from 'vitest';
import { shownTitle } from '../../../../src-renderer/features/calendar/chip-text';

describe('the title a chip shows', () => {
  it('leaves out a leading column name and what separates it', () => {
    expect(shownTitle('新店速递｜城市首店入驻上海', '新店速递')).toBe('城市首店入驻上海');
    expect(shownTitle('周末特辑｜待定', '周末特辑')).toBe('待定');
    expect(shownTitle('会员福利：积分翻倍', '会员福利')).toBe('积分翻倍');
    expect(shownTitle('Weekly picks - autumn coats', 'Weekly picks')).toBe('autumn coats');
  });

  it('keeps a title that only starts with the same characters, or is the column name itself', () => {
    expect(shownTitle('早安杭州｜今日晴', '早安')).toBe('早安杭州｜今日晴');
    expect(shownTitle('新店速递', '新店速递')).toBe('新店速递');
    expect(shownTitle('新店速递｜', '新店速递')).toBe('新店速递｜');
  });

  it('keeps the title of an item without a column, or of another column', () => {
    expect(shownTitle('新店速递｜城市首店', undefined)).toBe('新店速递｜城市首店');
    expect(shownTitle('新店速递｜城市首店', '会员福利')).toBe('新店速递｜城市首店');
  });
});
