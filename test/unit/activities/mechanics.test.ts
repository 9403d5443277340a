import { describe, expect, it } from 'vitest';
import { mechanicWarnings } from '../../../src-shared/domain/activities/mechanics';

describe('mechanicWarnings', () => {
  it('finds 诱导分享 and 诱导关注 words in a plan, in order, each once', () => {
    const warnings = mechanicWarnings('转发集赞满 38 个送礼品，关注领奖；再次转发集赞加送');
    expect(warnings.map((w) => [w.word, w.category])).toEqual([
      ['转发集赞', 'induce-share'],
      ['关注领奖', 'induce-follow'],
    ]);
    expect(warnings[0]?.reason).toContain('诱导分享');
  });

  it('says nothing about a plain mechanic or an advertising-law word', () => {
    expect(mechanicWarnings('拼团：三人成团，立减 20 元')).toEqual([]);
    expect(mechanicWarnings('全网最低价秒杀')).toEqual([]);
    expect(mechanicWarnings('')).toEqual([]);
  });
});
