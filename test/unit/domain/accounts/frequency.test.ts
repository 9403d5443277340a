import { describe, expect, it } from 'vitest';
import { Platform, UpdateFrequency } from '../../../../src-shared/contract/accounts';
import { frequencyOverLimit } from '../../../../src-shared/domain/accounts/frequency';

describe('an update frequency against its platform', () => {
  it('refuses 每日 and 每周多次 for a service account, which pushes at most 4 times a month', () => {
    expect(frequencyOverLimit('wechat_service', 'daily')).toBe(4);
    expect(frequencyOverLimit('wechat_service', 'several_weekly')).toBe(4);
    for (const frequency of ['weekly', 'biweekly', 'monthly', 'irregular'] as const) expect(frequencyOverLimit('wechat_service', frequency)).toBeUndefined();
  });

  it('accepts every frequency on the other platforms (a subscription account may push daily)', () => {
    for (const platform of Platform.options.filter((p) => p !== 'wechat_service')) {
      for (const frequency of UpdateFrequency.options) expect(frequencyOverLimit(platform, frequency)).toBeUndefined();
    }
  });
});
