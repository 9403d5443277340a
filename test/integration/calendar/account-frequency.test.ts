import { describe, expect, it } from 'vitest';
import { anAccount, failureOf, openTestBackend } from '../../helpers/backend';

// A 服务号 pushes at most 4 times a calendar month, so an update frequency that always means more
// (每日, 每周多次) is refused, by the contract for a whole input and by the service for a patch.

const refusal = { code: 'validation', issues: [expect.objectContaining({ message: 'validation.platformLimits.frequency', params: { max: 4 } })] };

describe('an account’s update frequency', () => {
  it('is refused above 4 pushes a month for a service account, on the frequency field', async () => {
    const { api } = openTestBackend();
    for (const updateFrequency of ['daily', 'several_weekly'] as const) {
      const refused = await failureOf(api.accounts.create(anAccount({ platform: 'wechat_service', updateFrequency })));
      expect(refused).toMatchObject(refusal);
      expect(refused.issues?.[0]?.path).toEqual(['updateFrequency']);
    }
    expect(await api.accounts.list({})).toEqual([]);
    expect((await api.accounts.create(anAccount({ platform: 'wechat_service', updateFrequency: 'weekly' }))).updateFrequency).toBe('weekly');
    expect((await api.accounts.create(anAccount({ platform: 'wechat_subscription', updateFrequency: 'daily' }))).updateFrequency).toBe('daily');
    expect((await api.accounts.create(anAccount({ platform: 'weibo', updateFrequency: 'several_weekly' }))).updateFrequency).toBe('several_weekly');
  });

  it('is checked against the platform when a patch changes only one of the two', async () => {
    const { api } = openTestBackend();
    const service = await api.accounts.create(anAccount({ platform: 'wechat_service', updateFrequency: 'weekly' }));
    const daily = await api.accounts.create(anAccount({ platform: 'wechat_subscription', updateFrequency: 'daily' }));
    expect(await failureOf(api.accounts.update({ id: service.id, patch: { updateFrequency: 'several_weekly' } }))).toMatchObject(refusal);
    expect(await failureOf(api.accounts.update({ id: daily.id, patch: { platform: 'wechat_service' } }))).toMatchObject(refusal);
    // Both in one patch: the contract refuses it, naming the field under the patch.
    const both = await failureOf(api.accounts.update({ id: daily.id, patch: { platform: 'wechat_service', updateFrequency: 'daily' } }));
    expect(both.issues?.[0]).toMatchObject({ path: ['patch', 'updateFrequency'], message: 'validation.platformLimits.frequency' });
    expect((await api.accounts.get({ id: daily.id })).platform).toBe('wechat_subscription');
    expect((await api.accounts.update({ id: daily.id, patch: { platform: 'wechat_service', updateFrequency: 'biweekly' } })).platform).toBe('wechat_service');
    // Other edits of an account leave the frequency alone.
    expect((await api.accounts.update({ id: service.id, patch: { name: '悦汇·苏州购物中心服务号' } })).updateFrequency).toBe('weekly');
  });
});
