import { describe, expect, it } from 'vitest';
import { failureOf } from '../../helpers/backend';
import { aCode, aDevice, enroll, useHq } from '../../helpers/sync-devices';

// The demo replaces a workspace's rows. Enrolled, that replacement would reach HQ and every laptop
// of the subsidiary, so an enrolled workspace refuses the demo (the review's first must-fix).

describe('the demo in an enrolled workspace', () => {
  const hq = useHq();

  it('is refused with the reason, and nothing is written', async () => {
    const device = aDevice();
    await enroll(device, hq(), await aCode(hq()));
    const accountsBefore = (await device.api.accounts.list({})).length;

    const refused = await failureOf(device.api.workspace.loadDemo({ replace: true }));
    expect(refused.code).toBe('conflict');
    expect(refused.issues?.[0]?.message).toBe('validation.demo.enrolled');
    expect((await device.api.accounts.list({})).length).toBe(accountsBefore);
    expect((await device.api.sync.status({})).pendingChanges).toBe(0);
  }, 120_000);
});
