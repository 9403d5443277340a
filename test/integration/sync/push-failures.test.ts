import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
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

  it('still pulls the other devices’ rows while HQ refuses this device’s push, and says why', async () => {
    const code = await aCode(hq());
    const first = await aSmallWorkspace(aDevice(), ['账号甲']);
    await enroll(first, hq(), code);
    const second = aDevice();
    await enroll(second, hq(), code);
    // One entry HQ cannot store (a NUL character PostgreSQL's jsonb refuses): HQ answers invalid every time.
    const [account] = await first.api.accounts.list({});
    const sqlite = openSqlite(join(first.dataDir, 'workspace.sqlite'));
    try {
      const { hlc } = sqlite.prepare('SELECT hlc FROM field_clocks WHERE tbl = ? AND row_id = ? LIMIT 1').get('accounts', account!.id) as { hlc: string };
      sqlite.prepare('INSERT INTO outbox (tbl, row_id, field, value, hlc) VALUES (?, ?, ?, ?, ?)').run('accounts', account!.id, 'notes', JSON.stringify('备注\u0000里有 NUL'), hlc);
    } finally {
      sqlite.close();
    }
    await second.api.accounts.create(anAccount({ name: '第二台的账号', handle: 'from_second' }));
    await second.api.sync.syncNow({});

    const refused = await failureOf(first.api.sync.syncNow({}));
    expect(refused.issues?.[0]?.message).toBe('syncEngine.error.invalid');
    expect(await accountNames(first)).toEqual(['第二台的账号', '账号甲']);
    const status = await first.api.sync.status({});
    expect(status.state).toBe('error');
    expect(status.lastError?.code).toBe('invalid');
    expect(status.lastError?.message).toContain('总部认为这次同步的数据有误');
  });

  it('still delivers an edit when HQ holds more of this device’s seqs than it ever sent (a copied data folder)', async () => {
    const code = await aCode(hq());
    const first = await aSmallWorkspace(aDevice(), ['账号甲']);
    await enroll(first, hq(), code);
    const deviceId = readEnrollment(first.dataDir)!.deviceId;
    await hq().db.db.execute(sql`UPDATE devices SET last_seq = last_seq + 1000 WHERE id = ${deviceId}`);
    const [account] = await first.api.accounts.list({});
    await first.api.accounts.update({ id: account!.id, patch: { followers: 4321 } });
    const report = await first.api.sync.syncNow({});
    expect(report.status).toMatchObject({ state: 'idle', pendingChanges: 0 });
    const second = aDevice();
    await enroll(second, hq(), code);
    expect((await second.api.accounts.list({})).find((a) => a.id === account!.id)?.followers).toBe(4321);
    // Later edits get seqs HQ has not seen, and arrive too.
    await first.api.accounts.update({ id: account!.id, patch: { followers: 4322 } });
    await first.api.sync.syncNow({});
    await second.api.sync.syncNow({});
    expect((await second.api.accounts.list({})).find((a) => a.id === account!.id)?.followers).toBe(4322);
  });
});
