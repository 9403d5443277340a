import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../../src-shared/contract/define';
import type { CalendarLayerDay } from '../../../src-shared/contract/calendar-layers';
import type { HolidayEntryInput } from '../../../src-shared/contract/holidays';
import { eachDay, weekdayOf } from '../../../src-shared/domain/dates';
import { statutoryHolidays } from '../../../src-main/services/calendar/layers';
import { failureOf, openTestBackend, type TestBackend } from '../../helpers/backend';

const marks = (days: CalendarLayerDay[], kind: 'holiday' | 'workday') => days.filter((d) => d.kind === kind).map((d) => d.date);

/** 春节 2027 as a notice might set it (invented: the real one comes in late 2026). */
const SPRING_2027: HolidayEntryInput[] = [
  { start: '2027-02-05', end: '2027-02-12', kind: 'off', name: '春节' },
  { start: '2027-01-31', end: '2027-01-31', kind: 'work', name: '春节' },
  { start: '2027-02-20', end: '2027-02-20', kind: 'work', name: '春节' },
];

async function february2027(backend: TestBackend) {
  return backend.api.calendarLayers.list({ from: '2027-02-01', to: '2027-02-28' });
}

describe('statutory holidays computed for any year', () => {
  it('gives 2027 its four days of 春节 from 除夕, 清明 on its solar term and 国庆节 1–3 October', () => {
    const year = Object.fromEntries(statutoryHolidays(2027).map((h) => [h.name, h.dates]));
    expect(year['春节']).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']);
    expect(year['劳动节']).toEqual(['2027-05-01', '2027-05-02']);
    expect(year['清明节']).toEqual(['2027-04-05']);
    expect(year['国庆节']).toEqual(['2027-10-01', '2027-10-02', '2027-10-03']);
    expect(year['元旦']).toEqual(['2027-01-01']);
  });

  it('agrees with the official 2025 and 2026 schedules: every statutory day is a day off there', () => {
    for (const year of [2025, 2026]) {
      for (const holiday of statutoryHolidays(year)) for (const date of holiday.dates) expect(chineseDays.getDayDetail(date).work, `${holiday.name} ${date}`).toBe(false);
    }
  });

  it('keeps the older rules before 2025: 春节 三天 from 初一 and 劳动节 one day', () => {
    const year = Object.fromEntries(statutoryHolidays(2024).map((h) => [h.name, h.dates]));
    expect(year['春节']).toEqual(['2024-02-10', '2024-02-11', '2024-02-12']);
    expect(year['劳动节']).toEqual(['2024-05-01']);
  });
});

describe('the holiday layer: the workspace, then the package, then the estimate', () => {
  it('shows February 2027 with 休 (estimated) from 除夕 to 初三 before any schedule is entered, and says 2027 is estimated', async () => {
    const { days, sources } = await february2027(openTestBackend());
    const holidays = days.filter((d) => d.kind === 'holiday');
    expect(holidays.map((d) => d.date)).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']);
    expect(holidays.every((d) => d.estimated === true && d.name === '春节')).toBe(true);
    expect(marks(days, 'workday')).toEqual([]);
    expect(sources).toEqual([{ year: 2027, source: 'estimated' }]);
  });

  it('shows exactly the entered schedule once 2027 is entered, and refreshes the layer by a calendarLayers event', async () => {
    const backend = openTestBackend();
    const events: ChangeEvent[] = [];
    backend.onChange((event) => events.push(event));
    await backend.api.holidays.replaceYear({ year: 2027, entries: SPRING_2027 });
    expect(events.map((e) => e.domain).sort()).toEqual(['calendarLayers', 'holidays']);

    const { days, sources } = await february2027(backend);
    expect(marks(days, 'holiday')).toEqual(eachDay('2027-02-05', '2027-02-12'));
    expect(marks(days, 'workday')).toEqual(['2027-02-20']);
    expect(days.some((d) => d.estimated)).toBe(false);
    expect(days.find((d) => d.date === '2027-02-20')).toMatchObject({ name: '春节调休上班', nameEn: 'Spring Festival make-up workday' });
    expect(sources).toEqual([{ year: 2027, source: 'entered' }]);
    const january = await backend.api.calendarLayers.list({ from: '2027-01-01', to: '2027-01-31' });
    // 元旦 is not in this (partial) schedule: an entered year shows only what was entered.
    expect(marks(january.days, 'holiday')).toEqual([]);
    expect(marks(january.days, 'workday')).toEqual(['2027-01-31']);

    await backend.api.holidays.removeYear({ year: 2027 });
    expect((await february2027(backend)).sources).toEqual([{ year: 2027, source: 'estimated' }]);
  });

  it('still shows 2026 exactly as the package has it', async () => {
    const { days, sources } = await openTestBackend().api.calendarLayers.list({ from: '2026-01-01', to: '2026-12-31' });
    const year = eachDay('2026-01-01', '2026-12-31');
    const official = year.filter((d) => !chineseDays.getDayDetail(d).work && chineseDays.getDayDetail(d).name.includes(','));
    const makeUp = year.filter((d) => chineseDays.getDayDetail(d).work && chineseDays.getDayDetail(d).name.includes(',') && [0, 6].includes(weekdayOf(d)));
    expect(marks(days, 'holiday')).toEqual(official);
    expect(marks(days, 'workday')).toEqual(makeUp);
    expect(sources).toEqual([{ year: 2026, source: 'builtin' }]);
  });
});

describe('entering a schedule is validated', () => {
  it('refuses a 班 day on a weekday', async () => {
    const error = await failureOf(openTestBackend().api.holidays.replaceYear({ year: 2027, entries: [...SPRING_2027, { start: '2027-02-15', end: '2027-02-15', kind: 'work', name: '春节' }] }));
    expect(error).toMatchObject({ code: 'validation', issues: [{ path: ['entries', 3, 'start'], message: 'validation.holidays.workdayNotWeekend', params: { date: '2027-02-15' } }] });
  });

  it('refuses overlapping ranges', async () => {
    const error = await failureOf(openTestBackend().api.holidays.replaceYear({ year: 2027, entries: [...SPRING_2027, { start: '2027-02-12', end: '2027-02-13', kind: 'off', name: '元宵' }] }));
    expect(error).toMatchObject({ code: 'validation', issues: [{ message: 'validation.holidays.overlap', params: { date: '2027-02-12', other: '春节' } }] });
  });

  it('refuses a year outside 2000–2100', async () => {
    const backend = openTestBackend();
    for (const year of [1999, 2101]) {
      const error = await failureOf(backend.api.holidays.replaceYear({ year, entries: [{ start: `${year}-10-01`, end: `${year}-10-07`, kind: 'off', name: '国庆节' }] }));
      expect(error).toMatchObject({ code: 'validation', issues: [{ path: ['year'], message: 'validation.holidays.year', params: { min: 2000, max: 2100 } }] });
    }
  });

  it('refuses a 休 range that leaves out a statutory day of its holiday, and changes nothing', async () => {
    const backend = openTestBackend();
    const error = await failureOf(backend.api.holidays.replaceYear({ year: 2027, entries: [{ start: '2027-02-06', end: '2027-02-12', kind: 'off', name: '春节' }] }));
    expect(error).toMatchObject({ code: 'validation', issues: [{ message: 'validation.holidays.missingStatutory', params: { name: '春节', date: '2027-02-05' } }] });
    expect((await backend.api.holidays.years({})).years).toEqual([]);
  });
});
