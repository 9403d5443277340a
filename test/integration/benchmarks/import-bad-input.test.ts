import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { failureOf } from '../../helpers/backend';
import { b64, count, setUp, workbook } from './import-helpers';

// What goes wrong in benchmarks files, and what the operator is told: the file as a whole
// (unreadable, not a benchmarks file) with nothing written, or each bad cell by row and column.

const HEADER = ['公众号', '发布时间', '位置', '标题', '阅读数', '在看数', '点赞数', '转发数'];

describe('benchmarks import: bad input', () => {
  it('refuses a truncated .xlsx and a binary file named .csv, writing nothing', async () => {
    const { backend } = await setUp();
    const whole = await workbook([HEADER, ['魔都生活家', '2026-11-03', '头条', '标题', 100, 1, 1, 1]]);
    const truncated = { fileName: '新榜导出.xlsx', base64: b64(whole.subarray(0, Math.floor(whole.length / 2))) };
    for (const call of [backend.api.benchmarks.previewImport(truncated), backend.api.benchmarks.commitImport(truncated)]) {
      expect(await failureOf(call)).toMatchObject({ code: 'validation', issues: [{ path: ['base64'], message: 'validation.import.unreadable' }] });
    }
    const binary = { fileName: '导出.csv', base64: b64(randomBytes(4096)) };
    expect(await failureOf(backend.api.benchmarks.commitImport(binary))).toMatchObject({ code: 'validation', issues: [{ message: 'validation.import.unreadable' }] });
    expect(count(backend, 'post_metrics') + count(backend, 'peer_accounts')).toBe(1);
    expect(await backend.api.backups.list({})).toHaveLength(0);
  });

  it('names the missing columns of a file that is no benchmarks file', async () => {
    const { backend } = await setUp();
    const file = { fileName: '随便一个表.csv', base64: b64('账号,标题,日子,看过\n魔都生活家,冬日火锅,2026-11-03,1.5万\n') };
    const failure = await failureOf(backend.api.benchmarks.previewImport(file));
    expect(failure).toMatchObject({ code: 'validation', issues: [{ path: ['base64'], message: 'validation.import.missingColumns', params: { fields: '发布时间、阅读' } }] });
    // Told which layout it is, the preview shows the header for mapping; a commit refuses while columns are missing.
    const preview = await backend.api.benchmarks.previewImport({ ...file, layout: 'newrank_posts' });
    expect(preview).toMatchObject({ layout: 'newrank_posts', header: ['账号', '标题', '日子', '看过'], missing: ['发布时间', '阅读数'] });
    expect(await failureOf(backend.api.benchmarks.commitImport({ ...file, layout: 'newrank_posts' }))).toMatchObject({
      code: 'validation',
      issues: [{ path: ['mapping', 'publishedAt'], message: 'validation.import.unmapped' }, { path: ['mapping', 'reads'] }],
    });
    // Mapped by hand, it reads; its row names no position, which a 新榜 file must give (only 公众号后台's are guessed from the order).
    expect(await backend.api.benchmarks.commitImport({ ...file, layout: 'newrank_posts', mapping: { publishedAt: 2, reads: 3 } })).toMatchObject({ created: 0, invalid: 1, newPeers: [] });
  });

  it('reads counts as people write them and reports negative, absurd, unreadable values and repeated rows by row and column', async () => {
    const { backend } = await setUp();
    const rows = [
      HEADER,
      ['魔都生活家', '2026-11-03 20:30', '头条', '一篇好文章', '1.2万', '3.5w', '12,345', '12 345'],
      ['魔都生活家', '2026-11-03 20:30', '次条', '负数', -5, '10', '0', '0'],
      ['魔都生活家', '2026-11-04', '头条', '大得离谱', '20亿', '1', '1', '1'],
      ['魔都生活家', '2026-11-05', '第九条', '看不懂的数', '很多', '1', '1', '1'],
      ['魔都生活家', '2026-11-03 20:30', '头条', '一篇好文章', '1.2万', '3.5w', '12,345', '12 345'],
      ['', '2026-13-01', '', '', '1', '', '', ''],
    ];
    const file = { fileName: '新榜导出.xlsx', base64: b64(await workbook(rows)) };
    const preview = await backend.api.benchmarks.previewImport(file);
    expect(preview.counts).toEqual({ valid: 1, update: 0, duplicate: 1, invalid: 4 });
    // The row repeated later in the file is a duplicate of the first.
    expect(preview.rows.map((r) => [r.row, r.outcome])).toEqual([
      [2, 'create'],
      [3, 'invalid'],
      [4, 'invalid'],
      [5, 'invalid'],
      [6, 'duplicate'],
      [7, 'invalid'],
    ]);
    const issues = Object.fromEntries(preview.rows.map((r) => [r.row, r.issues]));
    expect(issues[3]).toEqual([{ field: 'reads', message: 'validation.import.negative', params: { value: '-5' } }]);
    expect(issues[4]).toEqual([{ field: 'reads', message: 'validation.import.absurdNumber', params: { value: '20亿' } }]);
    expect(issues[5]).toEqual([
      { field: 'position', message: 'validation.import.badSlot', params: { value: '第九条' } },
      { field: 'reads', message: 'validation.import.badNumber', params: { value: '很多' } },
    ]);
    expect(issues[7]).toEqual([
      { field: 'account', message: 'validation.required' },
      { field: 'publishedAt', message: 'validation.import.badDate', params: { value: '2026-13-01' } },
      { field: 'position', message: 'validation.import.noPosition' },
      { field: 'title', message: 'validation.required' },
    ]);

    const result = await backend.api.benchmarks.commitImport(file);
    expect(result).toMatchObject({ created: 1, duplicates: 1, invalid: 4, newPeers: ['魔都生活家'] });
    // The rejected rows come back as a CSV with the original columns and 问题 naming row and column.
    const rejected = Buffer.from(result.rejected!.base64, 'base64').toString('utf8');
    expect(rejected.split(/\r?\n/)[0]).toBe('\ufeff公众号,发布时间,位置,标题,阅读数,在看数,点赞数,转发数,问题');
    expect(rejected).toContain('第 3 行');
    expect(rejected).toContain('阅读数');
    expect(count(backend, 'post_metrics')).toBe(1);
  });
});
