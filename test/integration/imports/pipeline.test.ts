import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HybridClock } from '../../../src-shared/domain/sync/hlc';
import { listBackups } from '../../../src-main/db/backup';
import { openSqlite, wrapDrizzle } from '../../../src-main/db/connection';
import type { ServiceContext } from '../../../src-main/services/context';
import { AppError } from '../../../src-main/services/errors';
import { createHandlers } from '../../../src-main/services/handlers';
import { commitImport, previewRows, readImport } from '../../../src-main/services/imports/pipeline';
import type { ImportSpec } from '../../../src-main/services/imports/target';
import { openBackend } from '../../../src-main/session/backend';
import { SyncRepository } from '../../../src-main/sync/repository';
import { apiOf, failureOf, tempDataDir } from '../../helpers/backend';

// The pipeline over a tiny target: fruit and their prices in a table of the test's own. What
// the calendar and benchmarks rely on: mapping (suggested, saved, given), outcomes, the preview,
// the one-transaction commit after a backup and the rejected rows that import once fixed.

type Field = 'name' | 'price' | 'color';
interface Fruit {
  name: string;
  price: number;
  color: string;
}

function fruitSpec(options: { failOn?: string; maxRows?: number } = {}): ImportSpec<Field, Fruit, null> {
  return {
    target: 'worklog',
    fields: ['name', 'price', 'color'],
    headerNames: { name: ['名称', 'name'], price: ['价格', 'price'], color: ['颜色', 'colour'] },
    required: ['name', 'price'],
    limits: { maxBytes: 64 * 1024, maxRows: options.maxRows ?? 100 },
    labels: { name: 'imports.row' },
    prepare: () => null,
    readRow(cells) {
      const issues = [];
      if (!cells.text('name')) issues.push({ field: 'name', message: 'validation.required' });
      const price = Number(cells.text('price'));
      if (!cells.text('price') || !Number.isInteger(price)) issues.push({ field: 'price', message: 'validation.import.badTime', params: { value: cells.text('price') } });
      const record = { name: cells.text('name'), price, color: cells.text('color') };
      return { record: issues.length ? null : record, issues, key: cells.text('name') || null };
    },
    existing(ctx, rows) {
      const found = new Map<string, 'same' | 'differs'>();
      const get = ctx.sqlite.prepare('SELECT price, color FROM fruit WHERE name = ?');
      for (const { key, record } of rows) {
        const stored = get.get(key) as { price: number; color: string } | undefined;
        if (stored) found.set(key, stored.price === record.price && stored.color === record.color ? 'same' : 'differs');
      }
      return found;
    },
    write(ctx, rows) {
      const put = ctx.sqlite.prepare('INSERT OR REPLACE INTO fruit (name, price, color) VALUES (?, ?, ?)');
      for (const { record } of rows) {
        if (record.name === options.failOn) throw new Error('disk went away');
        put.run(record.name, record.price, record.color);
      }
    },
  };
}

function setUp() {
  const dataDir = tempDataDir();
  openBackend({ dataDir }).close();
  const sqlite = openSqlite(join(dataDir, 'workspace.sqlite'));
  sqlite.exec('CREATE TABLE fruit (name TEXT PRIMARY KEY, price INTEGER NOT NULL, color TEXT NOT NULL)');
  const ctx: ServiceContext = { sqlite, db: wrapDrizzle(sqlite), repo: new SyncRepository(sqlite, new HybridClock('t')), dataDir };
  const api = apiOf({ handlers: createHandlers(ctx, { restoreBackup() {}, loadDemo() {} }) });
  const stored = () => sqlite.prepare('SELECT name, price, color FROM fruit ORDER BY name').all();
  return { ctx, api, dataDir, stored };
}

const csv = (lines: string[], fileName = '水果.csv') => ({ fileName, base64: Buffer.from(lines.join('\r\n'), 'utf8').toString('base64') });
const csvText = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');

describe('the import pipeline', () => {
  it('maps a header with hints, sorts rows into create / update / duplicate / invalid and keeps Excel’s row numbers', async () => {
    const { ctx } = setUp();
    ctx.sqlite.exec("INSERT INTO fruit VALUES ('苹果', 5, '红'), ('香蕉', 3, '黄')");
    const file = csv(['', '名称,价格（元）,备注,Colour', '苹果,5,,红', '香蕉,4,涨价了,黄', '', '橙子,abc,,橙', '梨,6,,白', '梨,7,,白', ',2,,']);
    const preview = await readImport(ctx, fruitSpec(), file);
    expect(preview).toMatchObject({ format: 'csv', encoding: 'utf-8', header: ['名称', '价格（元）', '备注', 'Colour'], suggested: { name: 0, price: 1, color: 3 }, savedMapping: null, unmapped: [] });
    expect(preview.rows.map((r) => [r.row, r.cells.name, r.outcome])).toEqual([
      [3, '苹果', 'duplicate'],
      [4, '香蕉', 'update'],
      [6, '橙子', 'invalid'],
      [7, '梨', 'create'],
      [8, '梨', 'duplicate'], // the file's own earlier row
      [9, '', 'invalid'],
    ]);
    expect(preview.rows[2]!.issues).toEqual([{ field: 'price', message: 'validation.import.badTime', params: { value: 'abc' } }]);
    expect(preview.counts).toEqual({ create: 1, update: 1, duplicate: 2, invalid: 2 });
  });

  it('commits in one transaction after a backup, only when something is written, and hands back the rejected rows', async () => {
    const { ctx, dataDir, stored } = setUp();
    const file = csv(['名称,价格,颜色,备注', '苹果,5,红,"脆,甜"', '橙子,十元,橙,', '梨,6,白,', ',2,,']);
    const result = await commitImport(ctx, fruitSpec(), file);
    expect(result.counts).toEqual({ create: 2, update: 0, duplicate: 0, invalid: 2 });
    expect(result.written.map((r) => r.key)).toEqual(['苹果', '梨']);
    expect(stored()).toEqual([
      { name: '梨', price: 6, color: '白' },
      { name: '苹果', price: 5, color: '红' },
    ]);
    expect(listBackups(dataDir).filter((b) => b.reason === 'before-import')).toHaveLength(1);

    // The rejected rows: the original header + 问题, the problems in words with row and column.
    expect(result.rejected).toMatchObject({ fileName: '水果_未导入的行.csv', mimeType: 'text/csv' });
    const bytes = Buffer.from(result.rejected!.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csvText(result.rejected!.base64).slice(1).split('\r\n');
    expect(lines[0]).toBe('名称,价格,颜色,备注,问题');
    expect(lines[1]).toBe('橙子,十元,橙,,第 3 行 价格：无法识别的时间「十元」，应写成 08:30 这样');
    expect(lines[2]).toBe(',2,,,第 5 行 名称：必填');

    // Fixed, the rejected file imports (its 问题 column is not mapped); the first file again writes nothing and makes no backup.
    const fixed = csvText(result.rejected!.base64).replace('十元', '8').replace(',2,,,', '西瓜,2,,,');
    const again = await commitImport(ctx, fruitSpec(), { fileName: '修好了.csv', base64: Buffer.from(fixed, 'utf8').toString('base64') });
    expect(again.counts).toEqual({ create: 2, update: 0, duplicate: 0, invalid: 0 });
    expect(again.rejected).toBeNull();
    expect((await commitImport(ctx, fruitSpec(), file)).counts).toEqual({ create: 0, update: 0, duplicate: 2, invalid: 2 });
    expect(listBackups(dataDir).filter((b) => b.reason === 'before-import')).toHaveLength(2);
  });

  it('writes nothing when a row fails midway', async () => {
    const { ctx, stored } = setUp();
    const file = csv(['名称,价格', '苹果,5', '梨,6', '橙子,7']);
    await expect(commitImport(ctx, fruitSpec({ failOn: '橙子' }), file)).rejects.toThrow('disk went away');
    expect(stored()).toEqual([]);
  });

  it('names required fields left unmapped: the preview lists them, a commit refuses', async () => {
    const { ctx, stored } = setUp();
    const file = csv(['水果,价钱', '苹果,5']);
    const preview = await readImport(ctx, fruitSpec(), file);
    expect(preview.unmapped).toEqual(['name', 'price']);
    const refusal = await commitImport(ctx, fruitSpec(), file).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).issues).toEqual([
      { path: ['mapping', 'name'], message: 'validation.import.unmapped', params: { fields: '行、price' } },
      { path: ['mapping', 'price'], message: 'validation.import.unmapped', params: { fields: '行、price' } },
    ]);
    expect(stored()).toEqual([]);
    // The caller's mapping makes it import.
    expect((await commitImport(ctx, fruitSpec(), { ...file, mapping: { name: 0, price: 1 } })).counts.create).toBe(1);
  });

  it('applies a saved mapping to a file with the same header (and to its rejected-rows file), under the caller’s', async () => {
    const { ctx, api } = setUp();
    const file = csv(['水果,价钱,产地', '苹果,5,烟台', '橙子,贵,赣南']);
    const saved = await api.imports.saveMapping({ target: 'worklog', name: '果园的表', header: ['水果', ' 价钱 ', '产地'], mapping: { name: 0, price: 1, color: 2 } });
    const preview = await readImport(ctx, fruitSpec(), file);
    expect(preview.savedMapping).toEqual({ id: saved.id, name: '果园的表' });
    expect(preview.mapping).toEqual({ name: 0, price: 1, color: 2 });
    expect(preview.rows[0]!.cells).toEqual({ name: '苹果', price: '5', color: '烟台' });
    expect((await readImport(ctx, fruitSpec(), { ...file, mapping: { color: null } })).mapping).toEqual({ name: 0, price: 1, color: null });

    const result = await commitImport(ctx, fruitSpec(), file);
    const rejected = { fileName: result.rejected!.fileName, base64: result.rejected!.base64 };
    expect((await readImport(ctx, fruitSpec(), rejected)).savedMapping?.name).toBe('果园的表');
    // Another target does not see it.
    expect((await readImport(ctx, { ...fruitSpec(), target: 'calendar' }, file)).savedMapping).toBeNull();
  });

  it('reads within the target’s limits: rows, bytes, an empty file, a column the file lacks', async () => {
    const { ctx } = setUp();
    const rows = ['名称,价格', ...Array.from({ length: 11 }, (_, i) => `果${i},${i}`)];
    const refusal = (promise: Promise<unknown>) =>
      promise.then(
        () => undefined,
        (error: AppError) => error.issues,
      );
    expect(await refusal(readImport(ctx, fruitSpec({ maxRows: 10 }), csv(rows)))).toEqual([{ path: ['base64'], message: 'validation.import.tooManyRows', params: { max: 10 } }]);
    expect((await readImport(ctx, fruitSpec({ maxRows: 11 }), csv(rows))).rows).toHaveLength(11);
    const big = csv(['名称,价格', `${'果'.repeat(30_000)},1`]);
    expect(await refusal(readImport(ctx, fruitSpec(), big))).toEqual([{ path: ['base64'], message: 'validation.import.fileTooLarge', params: { maxMb: 0.1 } }]);
    expect(await refusal(readImport(ctx, fruitSpec(), csv(['名称,价格', '', ''])))).toEqual([{ path: ['base64'], message: 'validation.import.empty' }]);
    expect(await refusal(readImport(ctx, fruitSpec(), { ...csv(['名称,价格', '苹果,5']), mapping: { color: 5 } }))).toEqual([
      { path: ['mapping', 'color'], message: 'validation.import.noSuchColumn', params: { column: 6 } },
    ]);
  });

  it('previews a big file with the rows with problems first', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ row: i + 2, outcome: i % 4 === 3 ? ('invalid' as const) : ('create' as const) }));
    expect(previewRows(rows, 20)).toEqual(rows);
    expect(previewRows(rows, 4).map((r) => r.row)).toEqual([5, 9, 2, 3]);
  });
});

describe('saved mappings', () => {
  it('saves per target and header (the same header again replaces), lists newest first, deletes', async () => {
    const { api } = setUp();
    const first = await api.imports.saveMapping({ target: 'calendar', name: '旧名', header: ['账号', '日期'], mapping: { account: 0, date: 1 } });
    const other = await api.imports.saveMapping({ target: 'calendar', name: '另一个', header: ['公众号', '标题'], mapping: { account: 0, title: 1 } });
    const replaced = await api.imports.saveMapping({ target: 'calendar', name: '新名', header: ['账号 ', '日期（年月日）'], mapping: { account: 0, date: null } });
    expect(replaced.id).toBe(first.id);
    expect(replaced).toMatchObject({ name: '新名', headerKey: '账号|日期', mapping: { account: 0, date: null } });
    expect((await api.imports.listMappings({ target: 'calendar' })).map((m) => m.name)).toEqual(['新名', '另一个']);
    expect(await api.imports.listMappings({ target: 'benchmarks' })).toEqual([]);
    expect(await api.imports.deleteMapping({ id: other.id })).toEqual({ ok: true });
    expect((await api.imports.listMappings({ target: 'calendar' })).map((m) => m.name)).toEqual(['新名']);
    expect(await failureOf(api.imports.deleteMapping({ id: other.id }))).toMatchObject({ code: 'not_found' });
    expect(await failureOf(api.imports.saveMapping({ target: 'calendar', name: '', header: [], mapping: {} }))).toMatchObject({ code: 'validation' });
  });
});
