import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSheet } from '../../../src-main/export/sheet';
import { aMember, anAccount, failureOf, openTestBackend, withWorkspace, type TestBackend } from '../../helpers/backend';

// The work log's import through the one pipeline and its export: a GBK CSV from Chinese Excel
// with broken rows, the rejected rows with reasons, no duplicates on a second import, and an
// export that reads back as duplicates.

// GB18030 as Chinese Excel saves "CSV (逗号分隔)"; made with `iconv -f UTF-8 -t GB18030`. Rows 2–4
// are good (90, 1.5h, 1小时30分; row 3's note has a line break); row 5 names nobody in the team,
// row 6 has an unknown category and a duration nobody can read, row 7 a day that does not exist.
const GBK_CSV = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'worklog', 'import-gbk.csv'));
const b64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');

async function team(backend: TestBackend) {
  await withWorkspace(backend);
  await backend.api.team.create(aMember({ name: '周婷' }));
  await backend.api.team.create(aMember({ name: '王磊', roles: ['designer'], kpis: [] }));
}

describe('work log import and export', () => {
  it('imports the good rows of a GBK CSV and says why each bad row was refused', async () => {
    const backend = openTestBackend();
    await team(backend);
    const file = { fileName: '十一月工作日志.csv', base64: b64(GBK_CSV) };
    const preview = await backend.api.worklog.previewImport(file);
    expect(preview).toMatchObject({ format: 'csv', encoding: 'gb18030', unmapped: [], counts: { valid: 3, invalid: 3, duplicate: 0 } });
    const problems = Object.fromEntries(preview.rows.filter((r) => r.outcome === 'invalid').map((r) => [r.row, r.issues.map((i) => `${i.field}:${i.message}`)]));
    expect(problems).toEqual({
      5: ['member:validation.import.unknownOwner'],
      6: ['category:validation.worklog.unknownCategory', 'duration:validation.worklog.badDuration'],
      7: ['date:validation.import.badDate'],
    });

    const result = await backend.api.worklog.commitImport(file);
    expect(result).toMatchObject({ created: 3, duplicates: 0, invalid: 3 });
    const rejected = Buffer.from(result.rejected!.base64, 'base64').toString('utf8');
    expect(rejected.startsWith('\ufeff')).toBe(true);
    expect(rejected).toContain('团队里没有「不存在的人」');
    expect(rejected).toContain('看不懂时长「半天」');

    const entries = await backend.api.worklog.list({ from: '2026-11-01', to: '2026-11-30' });
    expect(entries.map((e) => [e.date, e.category, e.minutes, e.note])).toEqual([
      ['2026-11-02', 'writing', 90, '写双11推文'],
      ['2026-11-03', 'design', 90, '做封面\n两版'],
      ['2026-11-04', 'meeting', 90, '周会'],
    ]);
    expect(entries.every((e) => e.sourceKey.startsWith('import:'))).toBe(true);

    const again = await backend.api.worklog.commitImport(file);
    expect(again).toMatchObject({ created: 0, duplicates: 3 });
    expect(await backend.api.worklog.list({ from: '2026-11-01', to: '2026-11-30' })).toHaveLength(3);
  });

  it('refuses a file that is no spreadsheet, and one without the required columns, writing nothing', async () => {
    const backend = openTestBackend();
    await team(backend);
    const garbage = await failureOf(backend.api.worklog.previewImport({ fileName: 'log.xlsx', base64: b64(Buffer.from([0x50, 0x4b, 3, 4, 0xff, 0xfe, 0, 1, 2])) }));
    expect(garbage.issues?.[0]?.message).toBe('validation.import.unreadable');
    const noDuration = { fileName: 'log.csv', base64: b64('日期,成员,备注\n2026-11-02,周婷,写稿\n') };
    expect((await backend.api.worklog.previewImport(noDuration)).unmapped).toEqual(['duration']);
    expect((await failureOf(backend.api.worklog.commitImport(noDuration))).issues?.[0]?.message).toBe('validation.import.unmapped');
    expect(await backend.api.worklog.list({ from: '2026-11-01', to: '2026-11-30' })).toEqual([]);
  });

  it('exports .xlsx and .csv that import back as duplicates, links included', async () => {
    const backend = openTestBackend();
    await team(backend);
    const [zhou] = await backend.api.team.list({});
    const account = await backend.api.accounts.create(anAccount());
    const item = await backend.api.calendar.createItem({ accountId: account.id, date: '2026-11-03', slot: 1, title: '双11预告' });
    await backend.api.worklog.create({ date: '2026-11-02', memberId: zhou!.id, category: 'writing', minutes: 95, note: '初稿', link: { kind: 'calendar', id: item.id } });
    await backend.api.worklog.create({ date: '2026-11-05', memberId: zhou!.id, category: 'support', minutes: 30 });

    const xlsx = await backend.api.worklog.export({ from: '2026-11-01', to: '2026-11-30', format: 'xlsx' });
    expect(xlsx.fileName).toBe('工作日志_2026-11-01_2026-11-30.xlsx');
    const sheet = await readSheet(xlsx.fileName, Buffer.from(xlsx.base64, 'base64'), { maxRows: 10, maxColumns: 10 });
    expect(sheet.rows[0]!.cells).toEqual(['日期', '成员', '类别', '时长（分钟）', '备注', '关联']);
    expect(sheet.rows[1]!.cells.slice(1)).toEqual(['周婷', '写稿', 95, '初稿', '排期：双11预告']);

    const csv = await backend.api.worklog.export({ from: '2026-11-01', to: '2026-11-30', format: 'csv' });
    expect(Buffer.from(csv.base64, 'base64').toString('utf8').startsWith('\ufeff日期,成员,类别')).toBe(true);

    for (const file of [xlsx, csv]) expect(await backend.api.worklog.commitImport(file)).toMatchObject({ created: 0, duplicates: 2, invalid: 0 });
  });
});
