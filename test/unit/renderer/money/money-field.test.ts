import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../../../src-renderer/i18n';
import { translateIssue } from '../../../../src-renderer/lib/field-errors';
import { readMoneyText } from '../../../../src-renderer/lib/money-field';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources, lng: 'zh-CN', interpolation: { escapeValue: false } });
});

describe('reading a typed amount', () => {
  it('reads amounts as people type them into fen', () => {
    expect(readMoneyText('¥1,234.5').fen).toBe(123_450);
    expect(readMoneyText('1.2万').fen).toBe(1_200_000);
    expect(readMoneyText('-300').fen).toBe(-30_000);
    expect(readMoneyText('１２３．４').fen).toBe(12_340);
    expect(readMoneyText('¥1,234.5').issue).toBeNull();
  });

  it('takes a half-typed decimal point as the amount so far', () => {
    expect(readMoneyText('12.')).toEqual({ fen: 1200, issue: null });
  });

  it('says which text is unreadable and how to write an amount', () => {
    const reading = readMoneyText('12元5角');
    expect(reading.fen).toBeNaN();
    expect(translateIssue(i18n.getFixedT('zh-CN'), reading.issue!)).toBe('无法识别的金额「12元5角」，可写成 1234.50、¥1,234、1.2万 或 -300');
  });

  it('refuses a third decimal rather than rounding it', () => {
    const reading = readMoneyText('1.005');
    expect(reading.fen).toBeNaN();
    expect(translateIssue(i18n.getFixedT('zh-CN'), reading.issue!)).toContain('「1.005」');
  });

  it('refuses amounts over the limit', () => {
    expect(readMoneyText('20亿').issue?.message).toBe('validation.money.invalid');
    expect(readMoneyText('200000万').issue?.message).toBe('validation.money.tooLarge');
  });

  it('leaves an empty optional amount empty and asks for a required one', () => {
    expect(readMoneyText('  ', { optional: true })).toEqual({ fen: null, issue: null });
    expect(readMoneyText('').issue?.message).toBe('validation.required');
  });
});
