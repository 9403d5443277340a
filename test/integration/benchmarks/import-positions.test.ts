import { describe, expect, it } from 'vitest';
import { b64, count, setUp, workbook } from './import-helpers';

// Where an article was pushed: only 公众号后台's exports may leave it to the row order; a 新榜 row
// without a position is a row issue. 完读率 is not stored, so it is not read either.

describe('benchmarks import: positions and 完读率', () => {
  it('refuses a 新榜 row without a position instead of guessing it from the row order, and ignores 完读率', async () => {
    const { backend } = await setUp();
    const file = {
      fileName: '新榜导出.xlsx',
      base64: b64(
        await workbook([
          ['公众号', '发布时间', '位置', '标题', '阅读数', '完读率'],
          ['魔都生活家', '2026-11-03 20:30:00', '头条', '冬日火锅季', 12_000, '很高'],
          ['魔都生活家', '2026-11-03 20:30:00', '', '周末市集攻略', 3_000, '35%'],
        ]),
      ),
    };
    const preview = await backend.api.benchmarks.previewImport(file);
    expect(preview).toMatchObject({ layout: 'newrank_posts', counts: { valid: 1, invalid: 1 } });
    expect(preview.rows.map((r) => r.issues)).toEqual([[], [{ field: 'position', message: 'validation.import.noPosition' }]]);
    expect(await backend.api.benchmarks.commitImport(file)).toMatchObject({ created: 1, invalid: 1 });
    expect(count(backend, 'post_metrics')).toBe(1);
  });
});
