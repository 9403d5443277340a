import { describe, expect, it } from 'vitest';
import { anAccount, aMember, failureOf, openTestBackend } from '../../helpers/backend';
import { base64, pngImage } from '../../fixtures/library/images';
import { anActivity } from '../../fixtures/activities/inputs';

describe('activities', () => {
  it('are created with their phases and accounts, read back whole, listed newest start first', async () => {
    const { api } = openTestBackend();
    const account = await api.accounts.create(anAccount());
    const owner = await api.team.create(aMember());
    const { asset } = await api.library.uploadAsset({ name: '海报.png', dataBase64: base64(pngImage(8, 8)) });
    const lesson = '复盘：'.padEnd(2000, '秒杀券核销率偏低，下次提前一天在社群提醒；');
    const created = await api.activities.create(anActivity({ accountIds: [account.id], ownerId: owner.id, images: [asset.id], lessons: lesson, status: 'running' }));
    expect(created).toMatchObject({ name: '双12秒杀', purpose: 'conversion', mechanic: 'flash_sale', status: 'running', accountIds: [account.id], ownerId: owner.id, images: [asset.id], reachChannels: ['推文', '社群'] });
    expect(created.lessons).toBe(lesson);
    expect([...created.lessons].length).toBe(2000);
    expect(created.phases.map((p) => [p.phase, p.startDate, p.endDate])).toEqual([
      ['warmup', '2026-12-08', '2026-12-11'],
      ['main', '2026-12-12', '2026-12-12'],
      ['wrapup', '2026-12-13', '2026-12-15'],
    ]);
    expect([created.startDate, created.endDate]).toEqual(['2026-12-08', '2026-12-15']);
    expect(await api.activities.get({ id: created.id })).toEqual(created);

    const later = await api.activities.create(anActivity({ name: '元旦打卡', phases: [{ phase: 'main', startDate: '2027-01-01', endDate: '2027-01-07' }] }));
    const undated = await api.activities.create(anActivity({ name: '春节红包', phases: [] }));
    expect((await api.activities.list({})).map((a) => a.name)).toEqual([undated.name, later.name, created.name]);
    expect((await api.activities.list({ status: 'running' })).map((a) => a.id)).toEqual([created.id]);
    expect((await api.activities.list({ from: '2026-12-14', to: '2026-12-31' })).map((a) => a.id)).toEqual([created.id]);
  });

  it('replace phases and accounts as sets: left-out ones go, given ones come back, the rest stays', async () => {
    const backend = openTestBackend();
    const { api } = backend;
    const [a, b, c] = await Promise.all(['甲', '乙', '丙'].map((name, i) => api.accounts.create(anAccount({ name: `悦汇·${name}`, handle: `yh_${i}` }))));
    const activity = await api.activities.create(anActivity({ accountIds: [a!.id, b!.id] }));
    const narrowed = await api.activities.update({
      id: activity.id,
      patch: { accountIds: [b!.id, c!.id], phases: [{ phase: 'main', startDate: '2026-12-12', endDate: '2026-12-13' }] },
    });
    expect(new Set(narrowed.accountIds)).toEqual(new Set([b!.id, c!.id]));
    expect(narrowed.phases).toEqual([{ phase: 'main', startDate: '2026-12-12', endDate: '2026-12-13', notes: '' }]);
    const back = await api.activities.update({ id: activity.id, patch: { accountIds: [a!.id], phases: anActivity().phases } });
    expect(back.accountIds).toEqual([a!.id]);
    expect(back.phases.map((p) => p.phase)).toEqual(['warmup', 'main', 'wrapup']);
    expect(back.phases[1]?.notes).toBe('10:00 开抢');
    // A patch without the sets leaves them as they are; fields left out keep their value.
    const renamed = await api.activities.update({ id: activity.id, patch: { name: '双12限时秒杀', status: 'done' } });
    expect(renamed).toMatchObject({ name: '双12限时秒杀', status: 'done', accountIds: [a!.id], goal: '拉动双12当天到店客流' });
    expect(renamed.phases).toEqual(back.phases);
  });

  it('refuse bad input with the field named, saving nothing', async () => {
    const { api } = openTestBackend();
    const backwards = await failureOf(api.activities.create(anActivity({ phases: [{ phase: 'main', startDate: '2026-12-12', endDate: '2026-12-10' }] })));
    expect(backwards.issues).toEqual([expect.objectContaining({ path: ['phases', 0, 'endDate'], message: 'validation.activities.phaseOrder' })]);
    const twice = await failureOf(
      api.activities.create(
        anActivity({
          phases: [
            { phase: 'main', startDate: '2026-12-01', endDate: '2026-12-02' },
            { phase: 'main', startDate: '2026-12-05', endDate: '2026-12-06' },
          ],
        }),
      ),
    );
    expect(twice.issues).toEqual([{ path: ['phases', 1, 'phase'], message: 'validation.activities.phaseTwice' }]);
    const unknownAccount = await failureOf(api.activities.create(anActivity({ accountIds: ['no-such-account'] })));
    expect(unknownAccount.issues).toEqual([{ path: ['accountIds', 0], message: 'validation.unknown.account' }]);
    const unknownOwner = await failureOf(api.activities.create(anActivity({ ownerId: 'nobody' })));
    expect(unknownOwner.issues).toEqual([{ path: ['ownerId'], message: 'validation.unknown.member' }]);
    const unknownImage = await failureOf(api.activities.create(anActivity({ images: ['missing-image'] })));
    expect(unknownImage.issues).toEqual([{ path: ['images', 0], message: 'validation.unknown.asset' }]);
    const tooMuch = await failureOf(api.activities.create(anActivity({ revenueFen: 100_000_000_001 })));
    expect(tooMuch.issues).toEqual([expect.objectContaining({ path: ['revenueFen'], message: 'validation.money.tooLarge' })]);
    const notFen = await failureOf(api.activities.create(anActivity({ valuePerFollowerFen: 1.5 })));
    expect(notFen.issues).toEqual([expect.objectContaining({ path: ['valuePerFollowerFen'], message: 'validation.money.fen' })]);
    const tooLong = await failureOf(api.activities.create(anActivity({ lessons: '长'.repeat(5001) })));
    expect(tooLong.issues).toEqual([expect.objectContaining({ path: ['lessons'], message: 'validation.tooLong' })]);
    expect(await api.activities.list({})).toEqual([]);

    // An update refused keeps the activity as it was.
    const kept = await api.activities.create(anActivity());
    await failureOf(api.activities.update({ id: kept.id, patch: { name: '改名', accountIds: ['gone'] } }));
    expect(await api.activities.get({ id: kept.id })).toEqual(kept);
    expect((await failureOf(api.activities.get({ id: 'nope' }))).code).toBe('not_found');
  });

  it('show their phases as spans on the calendar and fill the month’s implementation table', async () => {
    const { api } = openTestBackend();
    const account = await api.accounts.create(anAccount());
    const sale = await api.activities.create(anActivity({ accountIds: [account.id] }));
    await api.activities.create(anActivity({ name: '元旦打卡', mechanic: 'check_in', phases: [{ phase: 'main', startDate: '2027-01-01', endDate: '2027-01-07' }] }));
    const spans = await api.activities.spans({ from: '2026-12-11', to: '2026-12-13' });
    expect(spans.map((s) => [s.name, s.phase, s.startDate, s.endDate])).toEqual([
      ['双12秒杀', 'warmup', '2026-12-08', '2026-12-11'],
      ['双12秒杀', 'main', '2026-12-12', '2026-12-12'],
      ['双12秒杀', 'wrapup', '2026-12-13', '2026-12-15'],
    ]);
    expect(spans[0]).toMatchObject({ activityId: sale.id, status: 'planned', accountIds: [account.id] });
    expect(await api.activities.spans({ from: '2026-12-16', to: '2026-12-31' })).toEqual([]);

    const table = await api.activities.implementation({ month: '2026-12' });
    expect(table).toEqual([{ activityId: sale.id, name: '双12秒杀', purpose: 'conversion', mechanic: 'flash_sale', goal: sale.goal, plan: sale.plan, reachChannels: ['推文', '社群'], phases: sale.phases, budgetFen: 0 }]);
    expect((await api.activities.implementation({ month: '2027-01' })).map((r) => r.name)).toEqual(['元旦打卡']);
    await api.activities.remove({ id: sale.id });
    expect(await api.activities.spans({ from: '2026-12-01', to: '2026-12-31' })).toEqual([]);
  });
});
