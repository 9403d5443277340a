import { describe, expect, it } from 'vitest';
import { formatFen, MAX_FEN, parseMoney, timeCostFen } from '../../../src-shared/domain/money/money';

describe('parseMoney', () => {
  it.each([
    ['1234', 123400],
    ['¥1,234.5', 123450],
    ['￥ 1,234.56', 123456],
    ['1.2万', 1200000],
    ['3千', 300000],
    ['12.5k', 1250000],
    ['-300', -30000],
    ['¥-300', -30000],
    ['-¥300', -30000],
    ['（300）', -30000],
    ['1 234 元', 123400],
    ['１２３４．５', 123450],
    ['0.01', 1],
    ['RMB 88', 8800],
    ['0', 0],
  ])('reads %s as %i fen', (text, fen) => {
    expect(parseMoney(text)).toEqual({ ok: true, fen });
  });

  it('refuses what is not an amount, a third decimal and sums beyond the limit, with the reason', () => {
    expect(parseMoney('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseMoney('abc')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseMoney('1,23')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseMoney('1.234')).toEqual({ ok: false, reason: 'tooPrecise' });
    expect(parseMoney('20亿')).toEqual({ ok: false, reason: 'invalid' });
    for (const twoSigns of ['--300', '(-300)', '-¥-300', '（-300）']) expect(parseMoney(twoSigns)).toEqual({ ok: false, reason: 'invalid' });
    expect(parseMoney(String(MAX_FEN))).toEqual({ ok: false, reason: 'tooLarge' });
  });

  it('is exact where floats are not: 0.1 + 0.2 yuan and 1.15万', () => {
    expect(parseMoney('0.3')).toEqual({ ok: true, fen: 30 });
    expect(parseMoney('1.15万')).toEqual({ ok: true, fen: 1150000 });
  });
});

describe('formatFen', () => {
  it('writes yuan with separators and two decimals', () => {
    expect(formatFen(123456789)).toBe('¥1,234,567.89');
    expect(formatFen(-5)).toBe('-¥0.05');
    expect(formatFen(100, { symbol: false })).toBe('1.00');
  });
  it('round-trips through parseMoney', () => {
    for (const fen of [0, 1, 99, 100, 123456, -98765, MAX_FEN - 1]) expect(parseMoney(formatFen(fen))).toEqual({ ok: true, fen });
  });
});

describe('timeCostFen', () => {
  it('rounds the sum once: 90 minutes at ¥100.01/h', () => {
    expect(timeCostFen(90, 10001)).toBe(15002);
  });
});
