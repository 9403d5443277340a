import { describe, expect, it } from 'vitest';
import { hoursOf, parseDuration } from '../../../src-shared/domain/worklog/duration';
import { mondayOf } from '../../../src-shared/domain/worklog/week';

describe('parseDuration', () => {
  it.each([
    ['90', 90],
    ['1.5h', 90],
    ['1.5 小时', 90],
    ['1小时30分', 90],
    ['1小时30分钟', 90],
    ['1h30m', 90],
    ['1h 30min', 90],
    ['1:30', 90],
    ['１：３０', 90],
    ['２小时', 120],
    ['45分钟', 45],
    ['45m', 45],
    ['2个小时', 120],
    ['.5h', 30],
    ['0.25h', 15],
  ])('reads %s as %i minutes', (text, minutes) => expect(parseDuration(text)).toBe(minutes));

  it.each(['', '半天', 'abc', '0', '0h', '1:75', '-30', '1h-30m', 'h', '30 apples'])('refuses %j', (text) => expect(parseDuration(text)).toBeUndefined());

  it('takes spreadsheet numbers as minutes, rounded', () => {
    expect(parseDuration(89.6)).toBe(90);
    expect(parseDuration(0)).toBeUndefined();
  });
});

describe('weeks and hours', () => {
  it('starts a week on Monday, Sunday belonging to the week before it', () => {
    expect(mondayOf('2026-11-02')).toBe('2026-11-02');
    expect(mondayOf('2026-11-08')).toBe('2026-11-02');
    expect(mondayOf('2026-11-09')).toBe('2026-11-09');
  });

  it('shows hours with one decimal', () => {
    expect(hoursOf(450)).toBe(7.5);
    expect(hoursOf(100)).toBe(1.7);
  });
});
