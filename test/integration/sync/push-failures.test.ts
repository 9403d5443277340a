import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { MAX_BATCH_BYTES } from '../../../src-shared/contract/sync-protocol';
import { openSqlite } from '../../../src-main/db/connection';
import { readEnrollment, writeEnrollment } from '../../../src-main/sync/enrollment';
import { anAccount, failureOf, type TestBackend } from '../../helpers/backend';
import { aCode, aDevice, enroll, useHq } from '../../helpers/sync-devices';

// A device whose pushes HQ refuses, or whose seqs HQ already holds, against a real HQ over HTTP.

async function aSmallWorkspace(device: TestBackend, accounts: string[]): Promise<TestBackend> {
  await device.api.workspace.startEmpty({ name: '总部公司', shortName: '总部', brand: '悦汇', industry: '商业零售', namingTemplate: '{品牌}·{城市}{业态}' });
  for (const [i, name] of accounts.entries()) await device.api.accounts.create(anAccount({ name, handle: `h_${i}_${Math.random().toString(36).slice(2, 6)}` }));
  return device;
}

const accountNames = async (device: TestBackend) => (await device.api.accounts.list({})).map((a) => a.name).sort();

describe('push failures', () => {
  const hq = useHq();

  it('stops a device whose token HQ no longer knows, saying to enrol again', async () => {
    const code = await aCode(hq());
    const device = await aSmallWorkspace(aDevice(), ['账号甲']);
    await enroll(device, hq(), code);
    // HQ was reset or deleted the device: the token it holds names no device there.
    writeEnrollment(device.dataDir, { ...readEnrollment(device.dataDir)!, token: 'x'.repeat(43) });
    const refused = await failureOf(device.api.sync.syncNow({}));
    expect(refused.code).toBe('unauthorized');
    const status = await device.api.sync.status({});
    expect(status.state).toBe('revoked');
    expect(status.lastError?.message).toContain('没有登记');
    expect(status.lastError?.message).toContain('重新注册');
  });
});
