import { describe, expect, it } from 'vitest';
import type { CalendarItem, KeyDate } from '../../../../src-shared/contract/calendar';
import type { CalendarLayerDay } from '../../../../src-shared/contract/calendar-layers';
import { accountMark, buildPrintSheets, type PrintAccount, type PrintInput } from '../../../../src-renderer/features/calendar/print/print-sheet';
import { calendarPrintRouteDef } from '../../../../src-renderer/features/calendar/print/route';
import { calendarRoute } from '../../../../src-renderer/features/calendar/route';
import { placeOf } from '../../../../src-renderer/lib/router';

const service: PrintAccount = { id: 'a1', name: '悦汇·上海购物中心', platform: 'wechat_service' };
const channels: PrintAccount = { id: 'a2', name: '悦汇·上海购物中心', platform: 'channels' };
const idle: PrintAccount = { id: 'a3', name: '悦汇华东', platform: 'weibo' };

let seq = 0;
function item(accountId: string, date: string, title: string, slot = 1): CalendarItem {
  const id = `i${++seq}`;
  return { id, createdAt: '', updatedAt: '', accountId, date, time: '', slot, columnId: null, title, notes: '', ownerId: null, dueDate: '', status: 'writing', sourceKey: '', tags: [] } as CalendarItem;
}

const layers: CalendarLayerDay[] = [
  { date: '2026-10-01', kind: 'holiday', name: '国庆节', nameEn: 'National Day' },
  { date: '2026-10-01', kind: 'lunarFestival', name: '中秋节', nameEn: 'Mid-Autumn' },
  { date: '2026-10-10', kind: 'workday', name: '国庆节调休上班', nameEn: 'Working day' },
  { date: '2026-09-30', kind: 'holiday', name: '不在本月', nameEn: 'Not this month' },
];
const keyDates = [{ id: 'k1', createdAt: '', updatedAt: '', date: '2026-10-24', name: '五周年店庆', kind: 'anniversary', notes: '' }] as KeyDate[];

function input(patch: Partial<PrintInput>): PrintInput {
  return { date: '2026-10-15', mode: 'all', accounts: [service, channels, idle], items: [], layers, keyDates, english: false, ...patch };
}

describe('the printed month (排期表)', () => {
  it('prints the weeks of the month only, its days with 休/班, holiday names and key dates, the edge days blank', () => {
    const [sheet] = buildPrintSheets(input({ items: [item('a1', '2026-09-30', '上个月的')] }));
    // October 2026 starts on a Thursday and ends on a Saturday: five weeks, Monday first.
    expect(sheet!.weeks.map((week) => week[0]!.date)).toEqual(['2026-09-28', '2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26']);
    const days = new Map(sheet!.weeks.flat().map((day) => [day.date, day]));
    expect(days.get('2026-10-01')).toMatchObject({ inMonth: true, rest: { estimated: false }, work: false, holidays: ['国庆节'] });
    expect(days.get('2026-10-10')).toMatchObject({ rest: null, work: true, holidays: [] });
    expect(days.get('2026-10-24')!.keyDates).toEqual(['五周年店庆']);
    expect(days.get('2026-09-30')).toMatchObject({ inMonth: false, rest: null, holidays: [], items: [] });
    expect(sheet!.count).toBe(0);
  });

  it('puts every account on one sheet, each item marked with its account in the legend, in account then slot order', () => {
    const items = [item('a2', '2026-10-03', '视频号短片'), item('a1', '2026-10-03', '次条文章', 2), item('a1', '2026-10-03', '头条文章', 1)];
    const sheets = buildPrintSheets(input({ items }));
    expect(sheets).toHaveLength(1);
    expect(sheets[0]!.account).toBeNull();
    expect(sheets[0]!.legend.map(({ account, mark }) => [account.id, mark])).toEqual([
      ['a1', '①'],
      ['a2', '②'],
    ]);
    const day = sheets[0]!.weeks.flat().find((d) => d.date === '2026-10-03')!;
    expect(day.items.map((i) => i.title)).toEqual(['头条文章', '次条文章', '视频号短片']);
    expect(sheets[0]!.count).toBe(3);
  });

  it('gives each account with items its own sheet, and none to an account with nothing planned that month', () => {
    const items = [item('a1', '2026-10-03', '服务号的'), item('a2', '2026-10-04', '视频号的'), item('a3', '2026-11-01', '下个月的')];
    const sheets = buildPrintSheets(input({ mode: 'accounts', items }));
    expect(sheets.map((s) => [s.account?.id, s.count, s.legend.length])).toEqual([
      ['a1', 1, 0],
      ['a2', 1, 0],
    ]);
    expect(sheets[1]!.weeks.flat().flatMap((d) => d.items.map((i) => i.title))).toEqual(['视频号的']);
  });

  it('names holidays in English on an English sheet', () => {
    const [sheet] = buildPrintSheets(input({ english: true }));
    expect(sheet!.weeks.flat().find((d) => d.date === '2026-10-01')!.holidays).toEqual(['National Day']);
  });

  it('marks accounts ① to ⑳, then (21) onwards', () => {
    expect([0, 1, 19, 20].map(accountMark)).toEqual(['①', '②', '⑳', '(21)']);
  });
});

describe('the print route', () => {
  const parse = (hash: string) => calendarPrintRouteDef.parse(placeOf(hash));

  it('keeps the calendar it came from (month, filters, view) and the layout', () => {
    const calendar = calendarRoute({ view: 'week', date: '2026-10-08', accounts: ['a1'], statuses: ['review'] });
    const href = calendarPrintRouteDef.href({ name: 'calendarPrint', mode: 'accounts', calendar });
    expect(href).toBe('#/calendar/print?view=week&date=2026-10-08&account=a1&status=review&mode=accounts');
    expect(parse(href)).toEqual({ name: 'calendarPrint', mode: 'accounts', calendar });
    expect(parse('#/calendar/print')).toEqual({ name: 'calendarPrint', mode: 'all', calendar: calendarRoute() });
    expect(parse('#/calendar?view=month')).toBeNull();
    expect(parse('#/calendar/print/more')).toBeNull();
  });
});
