import { expect, it } from 'vitest';
import { wechatChars } from '../../../src-shared/domain/articles/count';

it('counts every visible character once, line breaks and control characters not at all', () => {
  expect(wechatChars('双11会员日，停车免费！')).toBe(12);
  expect(wechatChars('Hello 悦汇')).toBe(8);
  expect(wechatChars('第一段\n第二段\t表格')).toBe(8);
  expect(wechatChars('a\u200bb')).toBe(2);
});

it('counts an emoji as one character however many code points make it', () => {
  expect(wechatChars('🎉')).toBe(1);
  expect(wechatChars('👨‍👩‍👧')).toBe(1);
  expect(wechatChars('🇨🇳加油👍🏽')).toBe(4);
  expect(wechatChars('é')).toBe(1);
});
