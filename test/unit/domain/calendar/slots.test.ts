import { describe, expect, it } from 'vitest';
import { arrivalSlot, hasPushSlots, NO_SLOT, slotOnPlatform } from '../../../../src-shared/domain/calendar/slots';

describe('slots follow the platform', () => {
  const none = () => {
    throw new Error('the push is read only when the item needs a slot');
  };

  it('gives items of platforms without pushes no slot, whatever was asked', () => {
    for (const platform of ['weibo', 'channels', 'douyin', 'xiaohongshu', 'wecom_group', '']) {
      expect(hasPushSlots(platform)).toBe(false);
      expect(slotOnPlatform(platform, 1, none)).toBe(NO_SLOT);
      expect(slotOnPlatform(platform, 3, none)).toBe(NO_SLOT);
    }
  });

  it('keeps the slot asked for on WeChat, and gives an item without one the first free slot of its push', () => {
    for (const platform of ['wechat_subscription', 'wechat_service']) {
      expect(hasPushSlots(platform)).toBe(true);
      expect(slotOnPlatform(platform, 2, none)).toBe(2);
      expect(slotOnPlatform(platform, NO_SLOT, () => [1, 2])).toBe(3);
      expect(slotOnPlatform(platform, NO_SLOT, () => [])).toBe(1);
    }
  });

  it('lets an item without a slot arriving in a push take the first free one', () => {
    expect(arrivalSlot(NO_SLOT, [1])).toBe(2);
    expect(arrivalSlot(NO_SLOT, [])).toBe(1);
    expect(arrivalSlot(2, [1])).toBe(2);
    expect(arrivalSlot(1, [1, 2])).toBe(3);
  });
});
