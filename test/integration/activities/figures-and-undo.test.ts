import { describe, expect, it } from 'vitest';
import { aMember, openTestBackend, type TestBackend } from '../../helpers/backend';
import { stored } from '../benchmarks/import-helpers';
import { anActivity, costLine, logMinutes, remoteRow } from '../../fixtures/activities/inputs';

describe('an activity’s figures', () => {
  it('are exact integer fen: cost lines, paid part and people’s time at each member’s hourly cost, rounded once', async () => {
    const backend = openTestBackend();
    const { api } = backend;
    const activity = await api.activities.create(anActivity({ revenueFen: 1_000_000, newFollowers: 300, unfollows: 45 }));
    const other = await api.activities.create(anActivity({ name: '元旦打卡' }));
    costLine(backend, 'c1', activity.id, 1_999, 3, true); // ¥19.99 × 3, paid
    costLine(backend, 'c2', activity.id, 50_000, 2); // ¥500 × 2, planned
    costLine(backend, 'c3', activity.id, -1_000, 1, true); // a sponsor's share
    costLine(backend, 'c4', other.id, 99_999, 9);
    costLine(backend, 'c5', null, 10_000, 1);
    const [writer, designer] = [await api.team.create(aMember()), await api.team.create(aMember({ name: '李明' }))];
    remoteRow(backend, 'members', writer.id, { hourly_cost_fen: 10_000 }); // ¥100/h
    remoteRow(backend, 'members', designer.id, { hourly_cost_fen: 7_000 }); // ¥70/h
    logMinutes(backend, 'w1', writer.id, activity.id, 7);
    logMinutes(backend, 'w2', writer.id, activity.id, 7);
    logMinutes(backend, 'w2b', writer.id, activity.id, 7);
    logMinutes(backend, 'w3', designer.id, activity.id, 50);
    logMinutes(backend, 'w4', designer.id, other.id, 600);

    const { figures } = await api.activities.get({ id: activity.id });
    const budgetFen = 1_999 * 3 + 50_000 * 2 - 1_000;
    // 3 × 7 min × ¥100/h + 50 min × ¥70/h = 3,500 + 5,833.33 fen → 9,333 (each entry rounded would give 3 × 1,167 + 5,833 = 9,334).
    const peopleFen = 9_333;
    expect(figures).toEqual({
      budgetFen,
      paidFen: 1_999 * 3 - 1_000,
      minutes: 71,
      peopleFen,
      costFen: budgetFen + peopleFen,
      valueFen: 1_000_000,
      valueSource: 'revenue',
      roi: (1_000_000 - (budgetFen + peopleFen)) / (budgetFen + peopleFen),
      costPerFollowerFen: Math.round((budgetFen + peopleFen) / 300),
      retention: 255 / 300,
    });
    for (const value of [figures.budgetFen, figures.paidFen, figures.peopleFen, figures.costFen]) expect(Number.isInteger(value)).toBe(true);
    // The list agrees with the detail.
    expect((await api.activities.list({})).find((a) => a.id === activity.id)?.figures).toEqual(figures);
    expect((await api.activities.implementation({ month: '2026-12' })).find((r) => r.activityId === activity.id)?.budgetFen).toBe(budgetFen);
  });

  it('value new followers at the operator’s price without revenue, and have no ROI at zero cost', async () => {
    const backend = openTestBackend();
    const { api } = backend;
    const free = await api.activities.create(anActivity({ newFollowers: 120, valuePerFollowerFen: 500 }));
    expect(free.figures).toMatchObject({ costFen: 0, valueFen: 60_000, valueSource: 'followers', roi: null, costPerFollowerFen: null, retention: 1 });
    costLine(backend, 'prize', free.id, 20_000, 1);
    const paid = await api.activities.get({ id: free.id });
    expect(paid.figures).toMatchObject({ costFen: 20_000, valueFen: 60_000, roi: 2, costPerFollowerFen: 167 });
    const nothing = await api.activities.create(anActivity({ name: '空' }));
    expect(nothing.figures).toMatchObject({ valueSource: 'none', valueFen: 0, roi: null, retention: null });
  });

  it('leave out deleted cost lines and log entries', async () => {
    const backend = openTestBackend();
    const { api } = backend;
    const activity = await api.activities.create(anActivity());
    const member = await api.team.create(aMember());
    remoteRow(backend, 'members', member.id, { hourly_cost_fen: 6_000 });
    costLine(backend, 'kept', activity.id, 1_000, 1);
    costLine(backend, 'dropped', activity.id, 9_000, 1);
    logMinutes(backend, 'kept-log', member.id, activity.id, 30);
    logMinutes(backend, 'dropped-log', member.id, activity.id, 60);
    remoteRow(backend, 'cost_items', 'dropped', { deleted_at: new Date().toISOString() });
    remoteRow(backend, 'work_logs', 'dropped-log', { deleted_at: new Date().toISOString() });
    expect((await api.activities.get({ id: activity.id })).figures).toMatchObject({ budgetFen: 1_000, minutes: 30, peopleFen: 3_000, costFen: 4_000 });
  });
});

describe('deleting an activity', () => {
  it('takes its phases, accounts and cost lines along, and restore brings back exactly those', async () => {
    const backend = openTestBackend();
    const { api } = backend;
    const activity = await api.activities.create(anActivity());
    costLine(backend, 'prize', activity.id, 30_000, 2);
    costLine(backend, 'poster', activity.id, 8_000, 1);
    costLine(backend, 'dropped-earlier', activity.id, 5_000, 1);
    costLine(backend, 'period-tool', null, 19_900, 1);
    remoteRow(backend, 'cost_items', 'dropped-earlier', { deleted_at: '2026-12-01T08:00:00.000Z' });
    // A phase taken away before the delete stays away after the restore.
    await api.activities.update({ id: activity.id, patch: { phases: anActivity().phases!.slice(1) } });
    const before = await api.activities.get({ id: activity.id });

    expect(await api.activities.remove({ id: activity.id })).toEqual({ ok: true });
    expect(await api.activities.list({})).toEqual([]);
    expect((await api.activities.spans({ from: '2026-12-01', to: '2026-12-31' })).length).toBe(0);
    expect(liveCostIds(backend)).toEqual(['period-tool']);

    const restored = await api.activities.restore({ id: activity.id });
    expect(restored).toMatchObject({ phases: before.phases, accountIds: before.accountIds, figures: before.figures });
    expect(restored.figures.budgetFen).toBe(68_000);
    expect(liveCostIds(backend)).toEqual(['period-tool', 'poster', 'prize']);
    expect((await api.activities.spans({ from: '2026-12-01', to: '2026-12-31' })).map((s) => s.phase)).toEqual(['main', 'wrapup']);
  });

  it('twice, or restoring a live one, changes nothing', async () => {
    const backend = openTestBackend();
    const { api } = backend;
    const activity = await api.activities.create(anActivity());
    costLine(backend, 'prize', activity.id, 30_000, 1);
    await api.activities.remove({ id: activity.id });
    await api.activities.remove({ id: activity.id });
    expect((await api.activities.restore({ id: activity.id })).figures.budgetFen).toBe(30_000);
    expect((await api.activities.restore({ id: activity.id })).phases.length).toBe(3);
  });
});

/** The live cost lines' ids, read as stored (the cost list's service is another domain's). */
const liveCostIds = (backend: TestBackend) => stored(backend, 'SELECT id FROM cost_items WHERE deleted_at IS NULL ORDER BY id').map((r) => r.id);
