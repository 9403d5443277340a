import { describe, expect, it } from 'vitest';
import { encodeHlc } from '../../../src-shared/domain/sync/hlc';
import { readXlsxRows } from '../../../src-main/export/xlsx-reader';
import { failureOf, openTestBackend, type TestBackend } from '../../helpers/backend';
import { aCost } from '../../fixtures/costs/inputs';

let clock = 0;
/** An activity as another device (sync) writes it: the activities domain is another's, the row is all a cost line needs. */
function anActivity(backend: TestBackend, name: string, deleted = false): string {
  const id = `act-${name}`;
  const hlc = encodeHlc({ wall: Date.now(), counter: clock++, node: 'hq' });
  backend.applyRemote([
    { table: 'activities', rowId: id, field: 'name', value: name, hlc },
    { table: 'activities', rowId: id, field: 'deleted_at', value: deleted ? '2026-11-30T00:00:00.000Z' : null, hlc },
  ]);
  return id;
}

describe('the cost list (费用)', () => {
  it('totals 0.1 + 0.2 yuan lines exactly, in fen', async () => {
    const { api } = openTestBackend();
    for (let i = 0; i < 10; i++) await api.costs.create(aCost({ unitFen: 10, name: `一角 ${i}` }));
    for (let i = 0; i < 10; i++) await api.costs.create(aCost({ unitFen: 20, name: `两角 ${i}` }));
    const totals = await api.costs.totals({});
    // 10 × 0.1 + 10 × 0.2 = 3.00 yuan exactly; floats would give 3.0000000000000004.
    expect(totals.totalFen).toBe(300);
    expect(totals.count).toBe(20);
  });

  it('sums negative lines (refunds, a sponsor’s share) and quantities, by category, importance, month and paid', async () => {
    const { api } = openTestBackend();
    await api.costs.create(aCost({ category: 'prizes', name: '抽奖奖品', unitFen: 3_333, quantity: 3, importance: 'important', paid: true }));
    await api.costs.create(aCost({ category: 'prizes', name: '奖品退款', unitFen: -1_000, quantity: 1, date: '2026-12-01' }));
    await api.costs.create(aCost({ category: 'ads', name: '朋友圈广告', unitFen: 1_234_550, quantity: 1, importance: 'important' }));
    const totals = await api.costs.totals({});
    expect(totals).toEqual({
      count: 3,
      totalFen: 9_999 - 1_000 + 1_234_550,
      paidFen: 9_999,
      byCategory: [
        { category: 'prizes', count: 2, totalFen: 8_999 },
        { category: 'ads', count: 1, totalFen: 1_234_550 },
      ],
      byImportance: [
        { importance: 'important', count: 2, totalFen: 1_244_549 },
        { importance: 'normal', count: 1, totalFen: -1_000 },
      ],
      byMonth: [
        { month: '2026-11', count: 2, totalFen: 1_244_549 },
        { month: '2026-12', count: 1, totalFen: -1_000 },
      ],
    });
  });

  it('filters by period, category, importance, activity and period items, and pages the list with its count', async () => {
    const backend = openTestBackend();
    const { api } = backend;
    const activityId = anActivity(backend, '双11 抽奖');
    await api.costs.create(aCost({ date: '2026-10-31', name: '十月' }));
    await api.costs.create(aCost({ date: '2026-11-01', name: '奖品', category: 'prizes', activityId, importance: 'important' }));
    await api.costs.create(aCost({ date: '2026-11-30', name: '月底' }));
    const november = { from: '2026-11-01', to: '2026-11-30' };
    expect((await api.costs.list(november)).items.map((c) => c.name)).toEqual(['月底', '奖品']);
    expect((await api.costs.list({ ...november, activityId })).items).toMatchObject([{ name: '奖品', activityName: '双11 抽奖', amountFen: 29_900 }]);
    expect((await api.costs.list({ activityId: null })).total).toBe(2);
    expect((await api.costs.list({ category: 'prizes' })).total).toBe(1);
    expect((await api.costs.totals({ importance: 'normal' })).count).toBe(2);
    const page = await api.costs.list({ offset: 1, limit: 1 });
    expect(page).toMatchObject({ total: 3, items: [{ name: '奖品' }] });
  });

  it('refuses an activity that does not exist or was deleted, naming the field', async () => {
    const backend = openTestBackend();
    const gone = anActivity(backend, '已删除的活动', true);
    for (const activityId of ['missing', gone]) {
      const failure = await failureOf(backend.api.costs.create(aCost({ activityId })));
      expect(failure.issues).toEqual([{ path: ['activityId'], message: 'validation.unknown.activity' }]);
    }
  });

  it('refuses a line whose amount is over the limit, on create and on update', async () => {
    const { api } = openTestBackend();
    expect((await failureOf(api.costs.create(aCost({ unitFen: 10_000_000_000, quantity: 2 })))).issues).toEqual([{ path: ['quantity'], message: 'validation.money.tooLarge' }]);
    const line = await api.costs.create(aCost({ unitFen: 10_000_000_000 }));
    expect(await failureOf(api.costs.update({ id: line.id, patch: { quantity: 2 } }))).toMatchObject({ code: 'validation', issues: [{ path: ['quantity'] }] });
    expect((await failureOf(api.costs.create(aCost({ unitFen: 12.5 })))).issues?.[0]).toMatchObject({ path: ['unitFen'], message: 'validation.money.fen' });
  });

  it('removes lines and brings them back with restore, totals following', async () => {
    const { api } = openTestBackend();
    const a = await api.costs.create(aCost({ unitFen: 100 }));
    const b = await api.costs.create(aCost({ unitFen: 250 }));
    await api.costs.create(aCost({ unitFen: 1 }));
    await api.costs.remove({ ids: [a.id, b.id] });
    expect(await api.costs.totals({})).toMatchObject({ count: 1, totalFen: 1 });
    expect((await api.costs.list({})).total).toBe(1);
    await api.costs.restore({ ids: [a.id, b.id] });
    expect(await api.costs.totals({})).toMatchObject({ count: 3, totalFen: 351 });
    const updated = await api.costs.update({ id: b.id, patch: { quantity: 4, paid: true } });
    expect(updated).toMatchObject({ amountFen: 1_000, paid: true });
    expect((await failureOf(api.costs.remove({ ids: ['missing'] }))).code).toBe('not_found');
  });

  it('exports the period as a workbook whose 合计 row holds the exact total', async () => {
    const { api } = openTestBackend();
    await api.costs.create(aCost({ name: '一角', unitFen: 10, quantity: 3, date: '2026-11-02' }));
    await api.costs.create(aCost({ name: '退款', unitFen: -20, date: '2026-11-03', importance: 'important', paid: true, department: '财务部' }));
    await api.costs.create(aCost({ name: '区间外', date: '2026-12-01' }));
    const file = await api.costs.exportXlsx({ from: '2026-11-01', to: '2026-11-30' });
    expect(file.fileName).toBe('费用清单_2026-11-01_2026-11-30.xlsx');
    const rows = readXlsxRows(Buffer.from(file.base64, 'base64'), { maxRows: 100, maxColumns: 20 }).map((r) => r.cells);
    expect(rows[0]).toEqual(['日期', '名称', '类别', '所属活动', '单价', '数量', '金额', '重要/一般', '已支付', '需协助部门', '备注']);
    expect(rows[1]!.slice(1, 9)).toEqual(['一角', '工具/系统', '', 0.1, 3, 0.3, '一般', '否']);
    expect(rows[2]!.slice(1, 10)).toEqual(['退款', '工具/系统', '', -0.2, 1, -0.2, '重要', '是', '财务部']);
    expect(rows).toHaveLength(4);
    expect(rows[3]![0]).toBe('合计');
    expect(rows[3]![6]).toBe(0.1);
  });
});
