import { describe, expect, it } from 'vitest';
import { anAccount, failureOf, openTestBackend } from '../../helpers/backend';
import { csvWideHeader, utf16leTsv, xlsxOfRows, xlsxWithFarCells, xlsxZipBomb } from '../../fixtures/files/hostile-files';

// Files that once killed or froze the back end now end in a clear message; the budget for how
// fast (≤ 2 s, ≤ 200 MB) is measured in `npm run bench`, not here.

const file = (fileName: string, bytes: Buffer) => ({ fileName, base64: bytes.toString('base64') });
const refusal = (message: string, params: Record<string, number>) => ({ code: 'validation', issues: [{ path: ['base64'], message, params }] });

describe('hostile import files', () => {
  it('reads a plain workbook made by the same generator, so the refusals below are about the limits', async () => {
    const { api } = openTestBackend();
    const account = await api.accounts.create(anAccount({ name: '悦汇·上海生活' }));
    const preview = await api.calendarTransfer.previewImport(
      file(
        '排期.xlsx',
        xlsxOfRows([
          ['账号', '日期', '标题'],
          ['悦汇·上海生活', '2026-12-04', '冬日火锅季'],
        ]),
      ),
    );
    expect(preview.rows).toEqual([expect.objectContaining({ row: 2, issues: [], item: expect.objectContaining({ accountId: account.id, date: '2026-12-04', title: '冬日火锅季' }) })]);
  });

  it('refuses a 4,000-row workbook whose cells sit in column XFD, naming the column limit', async () => {
    const { api } = openTestBackend();
    expect(await failureOf(api.calendarTransfer.previewImport(file('far.xlsx', xlsxWithFarCells())))).toMatchObject(refusal('validation.import.tooManyColumns', { max: 256 }));
  });

  it('refuses a zip bomb that declares a tiny sheet but unpacks to 200 MB', async () => {
    const { api } = openTestBackend();
    const bomb = xlsxZipBomb(200);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await failureOf(api.calendarTransfer.previewImport(file('bomb.xlsx', bomb)))).toMatchObject(refusal('validation.import.unpacksTooLarge', { maxMb: 40 }));
  });

  it('refuses a CSV whose header has 1.4 million cells, and keeps answering other calls', async () => {
    const { api } = openTestBackend();
    expect(await failureOf(api.calendarTransfer.previewImport(file('wide.csv', csvWideHeader())))).toMatchObject(refusal('validation.import.tooManyColumns', { max: 256 }));
    expect(await api.accounts.list({})).toEqual([]);
  });

  it('refuses a CSV of nothing but a million blank lines instead of holding them all', async () => {
    const { api } = openTestBackend();
    const blank = Buffer.from(`账号,标题\n${'\n'.repeat(1_000_000)}`, 'utf8');
    expect(await failureOf(api.calendarTransfer.previewImport(file('blank.csv', blank)))).toMatchObject(refusal('validation.import.tooManyRows', { max: 5000 }));
  });

  it('reads UTF-16 text as Excel saves "Unicode 文本" (BOM, tabs), Chinese intact', async () => {
    const { api } = openTestBackend();
    await api.accounts.create(anAccount({ name: '悦汇·上海生活' }));
    const preview = await api.calendarTransfer.previewImport(file('排期.txt', utf16leTsv('账号,日期,标题\r\n悦汇·上海生活,2026-12-05,周末去哪儿｜外滩灯光秀\r\n')));
    expect(preview).toMatchObject({ format: 'csv', encoding: 'utf-16le', header: ['账号', '日期', '标题'] });
    expect(preview.rows[0]).toMatchObject({ issues: [], item: { date: '2026-12-05', title: '周末去哪儿｜外滩灯光秀' } });
  });
});
