import { describe, expect, it } from 'vitest';
import { failureOf, openTestBackend } from '../../helpers/backend';

const NOTE = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '本季度重点：会员日和年货节。' }] }] };

describe('marketing plans (运营方案)', () => {
  it('are created from a template: the quick one shows sections 1, 2, 5, 6, 7 and keeps the others hidden', async () => {
    const { api } = openTestBackend();
    const plan = await api.plans.create({ periodKind: 'quarter', periodStart: '2027-01-01', periodEnd: '2027-03-31', template: 'quick' });
    expect(plan.sections.map((s) => [s.key, s.hidden])).toEqual([
      ['competitors', false],
      ['value', false],
      ['activities', true],
      ['concerns', true],
      ['operations', false],
      ['staff', false],
      ['growth', false],
    ]);
    expect(plan.assumptions).toEqual({ monthlyNetGrowth: null, perActivityNewFollowers: null, retentionPct: null, valuePerFollowerFen: null });
    // Switching to the full template shows all seven and keeps the texts.
    await api.plans.updateSection({ planId: plan.id, key: 'value', note: NOTE });
    const full = await api.plans.update({ id: plan.id, patch: { template: 'full' } });
    expect(full.sections.every((s) => !s.hidden)).toBe(true);
    expect(full.sections.find((s) => s.key === 'value')!.note).toEqual(NOTE);
    expect((await api.plans.list({})).map((p) => [p.id, p.template, p.exports])).toEqual([[plan.id, 'full', 0]]);
  });

  it('hides, reorders and keeps the assumptions; the preview follows', async () => {
    const { api } = openTestBackend();
    const plan = await api.plans.create({ periodKind: 'half', periodStart: '2027-01-01', periodEnd: '2027-06-30', template: 'full' });
    await api.plans.updateSection({ planId: plan.id, key: 'concerns', hidden: true });
    const keys = ['growth', 'competitors', 'value', 'activities', 'concerns', 'operations', 'staff'] as const;
    const reordered = await api.plans.reorderSections({ planId: plan.id, keys: [...keys] });
    expect(reordered.sections.map((s) => s.key)).toEqual(keys);
    const model = await api.plans.preview({ id: plan.id });
    const headings = model.blocks.filter((b) => b.kind === 'heading' && b.level === 1);
    expect(headings).toHaveLength(6);
    expect(headings.some((h) => h.kind === 'heading' && h.text.includes('客户最关心的问题'))).toBe(false);
    const assumptions = { monthlyNetGrowth: 300, perActivityNewFollowers: null, retentionPct: 60, valuePerFollowerFen: 500 };
    expect((await api.plans.update({ id: plan.id, patch: { assumptions } })).assumptions).toEqual(assumptions);
    // Every key once, or nothing changes.
    await expect(failureOf(api.plans.reorderSections({ planId: plan.id, keys: ['growth', 'growth', 'value', 'activities', 'concerns', 'operations', 'staff'] }))).resolves.toMatchObject({ code: 'validation' });
  });

  it('refuses a period that ends before it starts, is longer than a year, or a quarter that is not one', async () => {
    const { api } = openTestBackend();
    await expect(failureOf(api.plans.create({ periodKind: 'custom', periodStart: '2027-03-01', periodEnd: '2027-01-01', template: 'full' }))).resolves.toMatchObject({ code: 'validation' });
    await expect(failureOf(api.plans.create({ periodKind: 'custom', periodStart: '2027-01-01', periodEnd: '2028-06-01', template: 'full' }))).resolves.toMatchObject({ code: 'validation' });
    const plan = await api.plans.create({ periodKind: 'custom', periodStart: '2027-01-01', periodEnd: '2027-02-01', template: 'full' });
    await expect(failureOf(api.plans.update({ id: plan.id, patch: { periodStart: '2027-03-01' } }))).resolves.toMatchObject({ code: 'validation' });
    // One bound alone may not stretch a plan past a year, and a quarter is a whole quarter.
    await expect(failureOf(api.plans.update({ id: plan.id, patch: { periodEnd: '2028-06-30' } }))).resolves.toMatchObject({ code: 'validation' });
    await expect(failureOf(api.plans.create({ periodKind: 'quarter', periodStart: '2027-01-15', periodEnd: '2027-02-10', template: 'full' }))).resolves.toMatchObject({ code: 'validation' });
    await expect(failureOf(api.plans.update({ id: plan.id, patch: { periodKind: 'half' } }))).resolves.toMatchObject({ code: 'validation' });
    expect((await api.plans.update({ id: plan.id, patch: { periodKind: 'quarter', periodEnd: '2027-03-31' } })).periodKind).toBe('quarter');
  });

  it('are deleted with their sections and restored exactly', async () => {
    const { api } = openTestBackend();
    const plan = await api.plans.create({ periodKind: 'quarter', periodStart: '2027-01-01', periodEnd: '2027-03-31', template: 'full' });
    await api.plans.updateSection({ planId: plan.id, key: 'staff', note: NOTE });
    await api.plans.remove({ id: plan.id });
    expect(await api.plans.list({})).toEqual([]);
    await expect(failureOf(api.plans.get({ id: plan.id }))).resolves.toMatchObject({ code: 'not_found' });
    const back = await api.plans.restore({ id: plan.id });
    expect(back.sections).toHaveLength(7);
    expect(back.sections.find((s) => s.key === 'staff')!.note).toEqual(NOTE);
  });
});
