import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { parseHolidayNotice } from '../../../../src-shared/domain/calendar/holiday-notice';
import { scheduleDays, scheduleIssues } from '../../../../src-shared/domain/calendar/holiday-schedule';
import { eachDay, weekdayOf } from '../../../../src-shared/domain/dates';

const notice = (year: number) => readFileSync(join(__dirname, '../../../fixtures/holidays', `${year}.txt`), 'utf8');

/** What chinese-days says of a year: its days off and its weekend workdays. */
function packageSchedule(year: number) {
  const named = (date: string) => chineseDays.getDayDetail(date).name.includes(',');
  const dates = eachDay(`${year - 1}-12-01`, `${year}-12-31`);
  return {
    off: dates.filter((d) => named(d) && !chineseDays.getDayDetail(d).work && d >= `${year}-01-01`),
    work: dates.filter((d) => named(d) && chineseDays.getDayDetail(d).work && [0, 6].includes(weekdayOf(d)) && d >= `${year}-01-01`),
  };
}

describe('reading the State Council notice', () => {
  it.each([2025, 2026])('reads the %i notice as published into exactly the days off and workdays of chinese-days', (year) => {
    const parsed = parseHolidayNotice(notice(year));
    expect(parsed.year).toBe(year);
    const days = scheduleDays(parsed.entries);
    expect(days.filter((d) => d.kind === 'off').map((d) => d.date)).toEqual(packageSchedule(year).off);
    expect(days.filter((d) => d.kind === 'work').map((d) => d.date)).toEqual(packageSchedule(year).work);
    expect(scheduleIssues(year, parsed.entries)).toEqual([]);
    expect(parsed.unread).toEqual([]);
  });

  it('reads a range across months, two 上班 days in one sentence and the holiday names', () => {
    const { entries } = parseHolidayNotice(notice(2025));
    expect(entries.filter((e) => e.name === '春节')).toEqual([
      { start: '2025-01-26', end: '2025-01-26', kind: 'work', name: '春节' },
      { start: '2025-01-28', end: '2025-02-04', kind: 'off', name: '春节' },
      { start: '2025-02-08', end: '2025-02-08', kind: 'work', name: '春节' },
    ]);
    expect(entries.find((e) => e.kind === 'off' && e.start === '2025-10-01')).toMatchObject({ end: '2025-10-08', name: '国庆节、中秋节' });
    expect(entries.filter((e) => e.name === '元旦')).toEqual([{ start: '2025-01-01', end: '2025-01-01', kind: 'off', name: '元旦' }]);
  });

  it('reads （星期六）, a day off without a weekday and a paste without its title given the year', () => {
    const text = ['二、春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。', '五、端午节：6月10日放假，与周末连休。'].join('\n');
    expect(parseHolidayNotice(text).entries).toEqual([]);
    expect(parseHolidayNotice(text, 2024).entries).toEqual([
      { start: '2024-02-04', end: '2024-02-04', kind: 'work', name: '春节' },
      { start: '2024-02-10', end: '2024-02-17', kind: 'off', name: '春节' },
      { start: '2024-02-18', end: '2024-02-18', kind: 'work', name: '春节' },
      { start: '2024-06-10', end: '2024-06-10', kind: 'off', name: '端午节' },
    ]);
  });

  it('puts a 元旦 that starts on 12月30日 in the year before', () => {
    const { entries } = parseHolidayNotice('2018年部分节假日安排\n一、元旦：2017年12月30日至2018年1月1日放假调休，共3天。');
    expect(entries).toEqual([{ start: '2017-12-30', end: '2018-01-01', kind: 'off', name: '元旦' }]);
    expect(parseHolidayNotice('2018年部分节假日安排\n一、元旦：12月30日至1月1日放假调休，共3天。').entries).toEqual([{ start: '2017-12-30', end: '2018-01-01', kind: 'off', name: '元旦' }]);
  });

  it('lists the holiday lines it could not read, so the operator sees what the preview leaves out', () => {
    const text = ['2027年部分节假日安排', '一、元旦：1月1日（周五）至3日（周日）放假，共3天。', '二、春节：农历除夕至初七放假调休。', '各省、自治区、直辖市人民政府：'].join('\n');
    const parsed = parseHolidayNotice(text);
    expect(parsed.entries).toEqual([{ start: '2027-01-01', end: '2027-01-03', kind: 'off', name: '元旦' }]);
    expect(parsed.unread).toEqual(['二、春节：农历除夕至初七放假调休。']);
  });
});
