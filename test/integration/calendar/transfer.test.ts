import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import type { CalendarItemInput } from '../../../src-shared/contract/calendar';
import { SyncRepository } from '../../../src-main/sync/repository';
import { aMember, anAccount, failureOf, openTestBackend } from '../../helpers/backend';

// test/fixtures/calendar/import-gbk.csv is what Chinese Excel saves as "CSV (逗号分隔)": GB18030,
// CRLF, a quoted cell with a line break. Made with `iconv -f UTF-8 -t GB18030`. Its row 5 has the
// bad date 2026-12-32; the other five data rows are valid for the accounts set up below (the same
// names as the demo workspace's, which the e2e test imports it into).
const GBK_CSV = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'calendar', 'import-gbk.csv'));

const december = { from: '2026-12-01', to: '2026-12-31' };
const october = { from: '2026-10-01', to: '2026-10-31' };
const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
const csvFile = (text: string, { bom = false } = {}) => ({ fileName: '排期.csv', base64: b64((bom ? '\ufeff' : '') + text) });

async function setUp() {
  const backend = openTestBackend();
  const life = await backend.api.accounts.create(anAccount({ name: '悦汇·上海生活', handle: 'yuehui_sh_life' }));
  const mall = await backend.api.accounts.create(anAccount({ name: '悦汇·上海购物中心', handle: 'yuehui_sh_mall', platform: 'wechat_service' }));
  // Same name as the 服务号: files must say which one they mean.
  await backend.api.accounts.create(anAccount({ name: '悦汇·上海购物中心', handle: '', platform: 'channels' }));
  const wang = await backend.api.team.create(aMember({ name: '王晓雯' }));
  await backend.api.team.create(aMember({ name: '李明' }));
  const food = await backend.api.columns.create({ accountId: life.id, name: '美食地图', cadence: { kind: 'weekly', weekdays: [3] }, ownerId: null });
  return { backend, life, mall, wang, food };
}

describe('calendar import', () => {
  it('reads a GBK CSV from Chinese Excel: imports every good row and reports the bad one by its Excel row number', async () => {
    const { backend, life, mall, wang, food } = await setUp();
    const file = { fileName: '十二月排期.csv', base64: b64(GBK_CSV) };
    const preview = await backend.api.calendarTransfer.previewImport(file);
    expect(preview).toMatchObject({ format: 'csv', encoding: 'gb18030', counts: { valid: 4, invalid: 1, duplicate: 0 } });
    expect(preview.header[0]).toBe('账号');
    expect(preview.suggested).toEqual({ account: 0, date: 1, time: 2, slot: 3, column: 4, title: 5, notes: 6, owner: 7, dueDate: 8, status: 9, tags: 10 });
    const bad = preview.rows.filter((r) => r.issues.length);
    expect(bad).toEqual([expect.objectContaining({ row: 5, item: null, issues: [{ field: 'date', message: 'validation.import.badDate', params: { value: '2026-12-32' } }] })]);
    expect(preview.rows[0]).toMatchObject({
      row: 2,
      item: { accountId: life.id, date: '2026-12-04', time: '08:30', slot: 1, columnId: food.id, ownerId: wang.id, dueDate: '2026-12-01', status: 'writing', tags: ['餐饮', '探店'], notes: '人均 80 以内，\n附排队攻略' },
    });
    expect(preview.rows[2]?.item).toMatchObject({ accountId: mall.id, date: '2026-12-09', slot: 1, status: 'scheduled', tags: ['会员', '促销'] });

    const result = await backend.api.calendarTransfer.commitImport({ ...file, mapping: preview.mapping });
    expect(result).toMatchObject({ created: 4, duplicates: 0, invalid: 1 });
    const items = await backend.api.calendar.listItems(december);
    // The answer holds the items created, for the calendar's history (an import is one undoable step).
    expect(result.items.map((i) => i.id).sort()).toEqual(items.map((i) => i.id).sort());
    expect(items.map((i) => i.title).sort()).toEqual(['会员日｜积分翻倍', '冬至｜一碗汤圆的温暖', '双12｜年终好物清单', '美食地图｜冬日火锅季开吃'].sort());
    expect(items.every((i) => i.sourceKey.startsWith('import:'))).toBe(true);

    // The same file again creates nothing: every good row is now a duplicate.
    const again = await backend.api.calendarTransfer.commitImport({ ...file, mapping: preview.mapping });
    expect(again).toEqual({ created: 0, duplicates: 4, invalid: 1, items: [], rejected: expect.objectContaining({ fileName: '十二月排期_未导入的行.csv', mimeType: 'text/csv' }) });
    // The row not imported, as the file had it, with its problem in words: fixed, it imports.
    const rejected = Buffer.from(again.rejected!.base64, 'base64').toString('utf8').slice(1).split('\r\n');
    expect(rejected[0]).toBe(`${preview.header.join(',')},问题`);
    expect(rejected[1]).toMatch(/^悦汇·上海生活,2026-12-32,.*,第 5 行 发布日期：日期「2026-12-32」无法使用/);
    const fixed = { fileName: again.rejected!.fileName, base64: b64(Buffer.from(again.rejected!.base64, 'base64').toString('utf8').replace('2026-12-32', '2026-12-30')) };
    expect(await backend.api.calendarTransfer.commitImport({ ...fixed, mapping: {} })).toMatchObject({ created: 1, invalid: 0, rejected: null });
    expect(await backend.api.calendar.listItems(december)).toHaveLength(5);
    const backups = await backend.api.backups.list({});
    expect(backups.filter((b) => b.reason === 'before-import')).toHaveLength(2);
  });

  it('reads UTF-8 with a BOM, many ways of writing a value, and names each problem of a row', async () => {
    const { backend, life } = await setUp();
    const text = [
      'Account,Date,Time,Slot,Title,Status,Owner,Tags,Column',
      '悦汇·上海生活,2026.10.1,8:30,第三条,英文表头也认得 😀,writing,王晓雯,"a, b；c 、d",',
      'yuehui_sh_life,2026年10月2日,,次条,"带引号的""标题""",已定稿,,,',
      '不存在的账号,2026-10-03,,头条,账号不存在,,,,',
      '悦汇·上海购物中心,2026-10-03,,头条,重名的账号,,,,',
      '悦汇·上海生活,2026-10-04,25:00,9,,开会,路人甲,,不存在的栏目',
      '悦汇·上海生活,十月五日,,头条,\u0001控制字符\u0007,,,,',
      '',
      '悦汇·上海生活,,,,没有日期进选题库,,,,',
    ].join('\n');
    const preview = await backend.api.calendarTransfer.previewImport(csvFile(text, { bom: true }));
    expect(preview.encoding).toBe('utf-8');
    expect(preview.header[0]).toBe('Account');
    const byRow = new Map(preview.rows.map((r) => [r.row, r]));
    expect(byRow.get(2)?.item).toMatchObject({ accountId: life.id, date: '2026-10-01', time: '08:30', slot: 3, title: '英文表头也认得 😀', status: 'writing', tags: ['a', 'b', 'c', 'd'] });
    expect(byRow.get(3)?.item).toMatchObject({ accountId: life.id, date: '2026-10-02', slot: 2, title: '带引号的"标题"', status: 'approved' });
    expect(byRow.get(4)?.issues).toEqual([{ field: 'account', message: 'validation.import.unknownAccount', params: { value: '不存在的账号' } }]);
    expect(byRow.get(5)?.issues).toEqual([{ field: 'account', message: 'validation.import.ambiguousAccount', params: { value: '悦汇·上海购物中心' } }]);
    expect(byRow.get(6)?.issues.map((i) => [i.field, i.message])).toEqual([
      ['time', 'validation.import.badTime'],
      ['slot', 'validation.import.badSlot'],
      ['column', 'validation.import.unknownColumn'],
      ['owner', 'validation.import.unknownOwner'],
      ['status', 'validation.import.unknownStatus'],
      ['title', 'validation.required'],
    ]);
    expect(byRow.get(7)?.issues).toEqual([{ field: 'date', message: 'validation.import.badDate', params: { value: '十月五日' } }]);
    expect(byRow.get(7)?.cells.title).toBe('控制字符');
    expect(byRow.has(8)).toBe(false); // the empty line
    expect(byRow.get(9)?.item).toMatchObject({ date: '', title: '没有日期进选题库', status: 'topic', slot: 1 });
    expect(preview.counts).toEqual({ valid: 3, invalid: 4, duplicate: 0 });
  });

  it('lets the mapping be changed, and refuses a mapping to a column the file lacks', async () => {
    const { backend } = await setUp();
    const file = csvFile('公众号,标题,日子\n悦汇·上海生活,映射改过的标题,2026-10-09\n');
    const suggested = await backend.api.calendarTransfer.previewImport(file);
    expect(suggested.mapping).toMatchObject({ account: 0, title: 1, date: null });
    expect(suggested.rows[0]?.item?.date).toBe('');
    const mapped = await backend.api.calendarTransfer.previewImport({ ...file, mapping: { date: 2 } });
    expect(mapped.rows[0]?.item?.date).toBe('2026-10-09');
    const wrong = await failureOf(backend.api.calendarTransfer.previewImport({ ...file, mapping: { date: 7 } }));
    expect(wrong).toMatchObject({ code: 'validation', issues: [{ path: ['mapping', 'date'], message: 'validation.import.noSuchColumn', params: { column: 8 } }] });
  });

  it('applies a saved mapping to a file with the same header, says so, and refuses a commit while account or title has no column', async () => {
    const { backend } = await setUp();
    const file = csvFile('公众号,标题,日子\n悦汇·上海生活,存过的对应关系,2026-10-09\n');
    const header = (await backend.api.calendarTransfer.previewImport(file)).header;
    const saved = await backend.api.imports.saveMapping({ target: 'calendar', name: '市场部的表', header, mapping: { account: 0, title: 1, date: 2 } });
    const preview = await backend.api.calendarTransfer.previewImport(file);
    expect(preview).toMatchObject({ savedMapping: { id: saved.id, name: '市场部的表' }, mapping: { account: 0, title: 1, date: 2 }, unmapped: [] });
    expect(preview.rows[0]?.item?.date).toBe('2026-10-09');
    expect(await backend.api.calendarTransfer.commitImport({ ...file, mapping: {} })).toMatchObject({ created: 1 });
    await backend.api.imports.deleteMapping({ id: saved.id });
    expect((await backend.api.calendarTransfer.previewImport(file)).savedMapping).toBeNull();

    const noAccount = csvFile('标题,日期\n没有账号列,2026-10-09\n');
    expect((await backend.api.calendarTransfer.previewImport(noAccount)).unmapped).toEqual(['account']);
    expect(await failureOf(backend.api.calendarTransfer.commitImport({ ...noAccount, mapping: {} }))).toMatchObject({
      code: 'validation',
      issues: [{ path: ['mapping', 'account'], message: 'validation.import.unmapped', params: { fields: '账号' } }],
    });
  });

  it('marks a row repeated inside the file as a duplicate, and refuses too many rows, too large and unreadable files', async () => {
    const { backend } = await setUp();
    const twice = csvFile('账号,日期,标题\n悦汇·上海生活,2026-10-09,同一行\n悦汇·上海生活,2026/10/9,同一行\n');
    const preview = await backend.api.calendarTransfer.previewImport(twice);
    expect(preview.rows.map((r) => r.duplicate)).toEqual([false, true]);

    const many = csvFile(['账号,标题', ...Array.from({ length: 5001 }, (_, i) => `悦汇·上海生活,第 ${i} 篇`)].join('\n'));
    const refusal = (file: { fileName: string; base64: string }) => failureOf(backend.api.calendarTransfer.previewImport(file));
    expect(await refusal(many)).toMatchObject({ issues: [{ message: 'validation.import.tooManyRows', params: { max: 5000 } }] });
    const huge = await refusal({ fileName: 'big.csv', base64: 'A'.repeat(4.5 * 1024 * 1024) });
    expect(huge).toMatchObject({ code: 'validation', issues: [{ path: ['base64'], message: 'validation.import.fileTooLarge', params: { maxMb: 3 } }] });
    const xls = await refusal({ fileName: 'old.xls', base64: b64(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3])) });
    expect(xls).toMatchObject({ issues: [{ message: 'validation.import.unreadable' }] });
    const brokenZip = await refusal({ fileName: 'broken.xlsx', base64: b64(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9])) });
    expect(brokenZip).toMatchObject({ issues: [{ message: 'validation.import.unreadable' }] });
    expect(await refusal(csvFile('账号,标题\n'))).toMatchObject({ issues: [{ message: 'validation.import.empty' }] });
  });

  it('writes nothing when the commit fails midway', async () => {
    const { backend } = await setUp();
    const file = { fileName: '十二月排期.csv', base64: b64(GBK_CSV) };
    const { mapping } = await backend.api.calendarTransfer.previewImport(file);
    const insert = SyncRepository.prototype.insert;
    let calls = 0;
    vi.spyOn(console, 'error').mockImplementation(() => {}); // dispatch logs the unexpected error
    vi.spyOn(SyncRepository.prototype, 'insert').mockImplementation(function (this: SyncRepository, ...args) {
      if (++calls === 4) throw new Error('disk went away');
      return insert.apply(this, args);
    });
    try {
      expect(await failureOf(backend.api.calendarTransfer.commitImport({ ...file, mapping }))).toMatchObject({ code: 'internal' });
      expect(calls).toBeGreaterThanOrEqual(4);
    } finally {
      vi.restoreAllMocks();
    }
    expect(await backend.api.calendar.listItems(december)).toEqual([]);
    expect(await backend.api.calendarTransfer.commitImport({ ...file, mapping })).toMatchObject({ created: 4 });
  });
});

describe('calendar export', () => {
  async function withItems() {
    const setup = await setUp();
    const { backend, life, mall, wang, food } = setup;
    const create = (fields: Partial<CalendarItemInput> & { title: string }) => backend.api.calendar.createItem({ accountId: life.id, ...fields });
    await create({
      date: '2026-10-01',
      time: '08:30',
      title: '国庆出游攻略，吃喝玩乐; 一网打尽 \\ 七天乐',
      columnId: food.id,
      ownerId: wang.id,
      status: 'writing',
      tags: ['国庆', '引流'],
      dueDate: '2026-09-28',
      notes: '第一行\n第二行：逗号, 分号; 反斜杠 \\',
    });
    await create({ date: '2026-10-01', slot: 2, title: '次条｜秋天第一杯奶茶测评' });
    await create({ date: '2026-10-08', accountId: mall.id, slot: 3, title: '会员日｜停车免费 3 小时', status: 'cancelled' });
    await create({ date: '2026-10-31', time: '23:45', title: '万圣夜'.repeat(10) + '😀' });
    await create({ date: '2026-11-02', title: '范围之外' });
    return setup;
  }

  it('writes an xlsx with Chinese headers that imports back as all duplicates', async () => {
    const { backend } = await withItems();
    const file = await backend.api.calendarTransfer.exportXlsx({ filter: october });
    expect(file).toMatchObject({ fileName: '内容日历_2026-10-01_2026-10-31.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getColumn(6).width).toBeGreaterThan(30);
    // The day's 休/班 from the calendar's holiday layer: 国庆 is a day off.
    expect(sheet.getRow(1).getCell(12).value).toBe('休/班');
    expect(String(sheet.getRow(2).getCell(12).value)).toMatch(/^休（国庆/);

    const preview = await backend.api.calendarTransfer.previewImport({ fileName: file.fileName, base64: file.base64 });
    expect(preview.format).toBe('xlsx');
    expect(preview.header).toEqual(['日期', '时间', '账号', '位置 (头条/次条/第N条)', '栏目', '标题', '负责人', '状态', '截稿日期', '标签', '选题说明', '休/班']);
    expect(Object.values(preview.mapping).every((column) => column !== null)).toBe(true);
    expect(preview.rows).toHaveLength(4);
    expect(preview.rows.flatMap((r) => r.issues)).toEqual([]);
    expect(preview.rows[0]?.cells).toMatchObject({ date: '2026-10-01', account: '悦汇·上海生活', slot: '头条', owner: '王晓雯', status: '撰写中', dueDate: '2026-09-28', tags: '国庆、引流' });
    expect(preview.rows[2]?.cells.account).toBe('悦汇·上海购物中心（服务号）');
    expect(preview.counts).toEqual({ valid: 0, invalid: 0, duplicate: 4 });
    const result = await backend.api.calendarTransfer.commitImport({ fileName: file.fileName, base64: file.base64, mapping: preview.mapping });
    expect(result).toEqual({ created: 0, duplicates: 4, invalid: 0, items: [], rejected: null });
    expect(await backend.api.calendar.listItems(october)).toHaveLength(4);
  });

  it('writes an iCalendar file: CRLF, lines folded at 75 octets, escaped text, one VEVENT per item', async () => {
    const { backend } = await withItems();
    const items = await backend.api.calendar.listItems(october);
    const file = await backend.api.calendarTransfer.exportIcs({ filter: october });
    expect(file).toMatchObject({ fileName: '内容日历_2026-10-01_2026-10-31.ics', mimeType: 'text/calendar' });
    const ics = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded.match(/^BEGIN:VEVENT$/gm)).toHaveLength(items.length);
    expect(unfolded).toContain('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:');
    expect(unfolded).toMatch(/^CALSCALE:GREGORIAN$/m);
    expect(unfolded).toMatch(/^X-WR-CALNAME:内容日历/m);
    expect(unfolded).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai');
    expect(unfolded).toContain('TZOFFSETTO:+0800');
    expect(unfolded).toContain(`UID:${items[0]!.id}@opsbench`);
    expect(unfolded).toContain('SUMMARY:【悦汇·上海生活】头条｜国庆出游攻略，吃喝玩乐\\; 一网打尽 \\\\ 七天乐');
    expect(unfolded).toContain('DTSTART;TZID=Asia/Shanghai:20261001T083000\r\nDTEND;TZID=Asia/Shanghai:20261001T090000');
    expect(unfolded).toMatch(/DESCRIPTION:状态：撰写中\\n负责人：王晓雯\\n栏目：美食地图\\n截稿日期：2026-09-28\\n标签：国庆、引流\\n休\/班：休（国庆节）\\n\\n第一行\\n第二行：逗号\\, 分号\\; 反斜杠 \\\\\r\n/);
    // All day without a time; a late evening slot runs past midnight; a cancelled item says so.
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20261001\r\nDTEND;VALUE=DATE:20261002');
    expect(unfolded).toContain('DTSTART;TZID=Asia/Shanghai:20261031T234500\r\nDTEND;TZID=Asia/Shanghai:20261101T001500');
    expect(unfolded).toContain('SUMMARY:【悦汇·上海购物中心（服务号）】第3条｜会员日｜停车免费 3 小时');
    expect(unfolded).toMatch(/STATUS:CANCELLED/);
    expect(unfolded).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/m);
    expect(unfolded).not.toContain('范围之外');
  });
});
