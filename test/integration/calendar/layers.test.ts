import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import type { CalendarLayerDay } from '../../../src-shared/contract/calendar-layers';
import { failureOf, openTestBackend } from '../../helpers/backend';

async function layers(from: string, to: string): Promise<CalendarLayerDay[]> {
  return (await openTestBackend().api.calendarLayers.list({ from, to })).days;
}
const pick = (days: CalendarLayerDay[], kind: CalendarLayerDay['kind'], name: string) => days.filter((d) => d.kind === kind && d.name === name).map((d) => d.date);

describe("China's calendar layers", () => {
  it('shows 国庆节 2026 on the days of the official schedule, with its 调休 working days', async () => {
    const days = await layers('2026-09-01', '2026-10-31');
    const official = chineseDays.getHolidaysInRange('2026-09-01', '2026-10-31', false).filter((d) => chineseDays.getDayDetail(d).name.includes('国庆节'));
    expect(pick(days, 'holiday', '国庆节')).toEqual(official);
    expect(pick(days, 'holiday', '国庆节')).toContain('2026-10-01');
    const makeUp = chineseDays.getWorkdaysInRange('2026-09-01', '2026-10-31', true).filter((d) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()));
    expect(makeUp.length).toBeGreaterThan(0);
    expect(pick(days, 'workday', '国庆节调休上班')).toEqual(makeUp);
    expect(days.find((d) => d.date === '2026-10-01' && d.kind === 'holiday')?.nameEn).toBe('National Day');
  });

  it('lists the solar term 寒露 in October 2026 and all 24 terms in a year', async () => {
    const october = await layers('2026-10-01', '2026-10-31');
    expect(pick(october, 'solarTerm', '寒露')).toEqual(['2026-10-08']);
    const year = await layers('2026-01-01', '2026-12-31');
    expect(year.filter((d) => d.kind === 'solarTerm')).toHaveLength(24);
  });

  it('places lunar festivals on their lunar dates', async () => {
    const days = await layers('2026-01-01', '2026-12-31');
    expect(pick(days, 'lunarFestival', '中秋节')).toEqual(['2026-09-25']);
    expect(pick(days, 'lunarFestival', '春节')).toEqual(['2026-02-17']);
    expect(pick(days, 'lunarFestival', '端午节')).toEqual(['2026-06-19']);
    expect(pick(days, 'lunarFestival', '七夕')).toEqual(['2026-08-19']);
    expect(pick(days, 'lunarFestival', '重阳节')).toEqual(['2026-10-18']);
    expect(pick(days, 'lunarFestival', '元宵节')).toEqual(['2026-03-03']);
  });

  it('places marketing days from the data file, fixed and rule-based', async () => {
    const days = await layers('2026-01-01', '2026-12-31');
    expect(pick(days, 'marketing', '双11')).toEqual(['2026-11-11']);
    expect(pick(days, 'marketing', '母亲节')).toEqual(['2026-05-10']);
    expect(pick(days, 'marketing', '父亲节')).toEqual(['2026-06-21']);
    const goods = pick(days, 'marketing', '年货节');
    expect(goods).toHaveLength(20);
    expect(goods.at(-1)).toBe('2026-02-16'); // the eve of 春节 2026-02-17
    expect(days.every((d) => d.name && d.nameEn)).toBe(true);
  });

  it('returns the days in date order and nothing outside the range', async () => {
    const days = await layers('2026-10-05', '2026-10-10');
    expect(days.map((d) => d.date)).toEqual([...days.map((d) => d.date)].sort());
    expect(days.every((d) => d.date >= '2026-10-05' && d.date <= '2026-10-10')).toBe(true);
  });

  it('refuses a range longer than 400 days, a reversed range and a malformed date', async () => {
    const backend = openTestBackend();
    const tooLong = await failureOf(backend.api.calendarLayers.list({ from: '2026-01-01', to: '2027-02-05' }));
    expect(tooLong).toMatchObject({ code: 'validation', issues: [{ message: 'validation.rangeTooLong', params: { max: 400 } }] });
    expect((await backend.api.calendarLayers.list({ from: '2026-01-01', to: '2027-02-04' })).days.length).toBeGreaterThan(0);
    expect(await failureOf(backend.api.calendarLayers.list({ from: '2026-10-02', to: '2026-10-01' }))).toMatchObject({ code: 'validation' });
    expect(await failureOf(backend.api.calendarLayers.list({ from: '2026-13-01', to: '2026-12-01' }))).toMatchObject({ code: 'validation' });
  });
});
