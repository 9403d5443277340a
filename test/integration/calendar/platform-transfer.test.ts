import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { anAccount, openTestBackend } from '../../helpers/backend';

// Calendar files and platforms without pushes: a Weibo row has no 头条 in an export, and a slot
// written on a Weibo row of an imported file is dropped rather than stored or refused.

const october = { from: '2026-10-01', to: '2026-10-31' };
const b64 = (text: string) => Buffer.from(text).toString('base64');

async function setUp() {
  const backend = openTestBackend();
  const sub = await backend.api.accounts.create(anAccount({ name: '悦汇·上海生活', handle: 'yuehui_sh_life' }));
  const weibo = await backend.api.accounts.create(anAccount({ name: '悦汇华东', handle: 'yuehuihuadong', platform: 'weibo' }));
  await backend.api.calendar.createItem({ accountId: sub.id, date: '2026-10-06', time: '20:00', title: '周末去哪儿｜秋日市集' });
  await backend.api.calendar.createItem({ accountId: weibo.id, date: '2026-10-06', time: '12:00', slot: 1, title: '秋日市集微博预告' });
  return { backend, sub, weibo };
}

describe('calendar export', () => {
  it('writes no 头条 for a Weibo row of the workbook, and the workbook imports back as duplicates', async () => {
    const { backend } = await setUp();
    const file = await backend.api.calendarTransfer.exportXlsx({ filter: october });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as never);
    const sheet = workbook.worksheets[0]!;
    const rows = [2, 3].map((n) => sheet.getRow(n));
    const byAccount = new Map(rows.map((row) => [String(row.getCell(3).value), row.getCell(4).value ?? '']));
    expect(byAccount).toEqual(
      new Map([
        ['悦汇·上海生活', '头条'],
        ['悦汇华东', ''],
      ]),
    );
    const preview = await backend.api.calendarTransfer.previewImport(file);
    expect(preview.counts).toEqual({ valid: 0, invalid: 0, duplicate: 2 });
  });

  it('writes an iCalendar summary without a slot for a Weibo item', async () => {
    const { backend } = await setUp();
    const ics = Buffer.from((await backend.api.calendarTransfer.exportIcs({ filter: october })).base64, 'base64')
      .toString('utf8')
      .replace(/\r\n /g, '');
    expect(ics).toContain('SUMMARY:【悦汇·上海生活】头条｜周末去哪儿｜秋日市集');
    expect(ics).toContain('SUMMARY:【悦汇华东】秋日市集微博预告\r\n');
  });
});

describe('calendar import', () => {
  it('drops the slot a file gives a Weibo row, and reads it as a duplicate of the item already there', async () => {
    const { backend, weibo } = await setUp();
    const csv = ['账号,日期,位置,标题', '悦汇华东,2026-10-06,头条,秋日市集微博预告', '悦汇华东,2026-10-07,第9条,国庆返程微博提醒', '悦汇·上海生活,2026-10-07,第9条,位置写错的订阅号稿'].join('\r\n');
    const file = { fileName: '微博排期.csv', base64: b64(csv) };
    const preview = await backend.api.calendarTransfer.previewImport(file);
    expect(preview.rows.map((r) => [r.duplicate, r.item?.slot ?? null, r.issues.map((i) => i.message)])).toEqual([
      [true, 0, []],
      [false, 0, []],
      [false, null, ['validation.import.badSlot']],
    ]);
    expect(await backend.api.calendarTransfer.commitImport({ ...file, mapping: preview.mapping })).toMatchObject({ created: 1, duplicates: 1, invalid: 1 });
    const weiboItems = await backend.api.calendar.listItems({ ...october, accountIds: [weibo.id] });
    expect(weiboItems.map((i) => [i.title, i.slot])).toEqual([
      ['秋日市集微博预告', 0],
      ['国庆返程微博提醒', 0],
    ]);
  });
});
