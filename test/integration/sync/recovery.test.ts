import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { purgeTombstones } from '../../../src-hq/sync/purge';
import { readEnrollment } from '../../../src-main/sync/enrollment';
import { anAccount, failureOf, openTestBackend, type TestBackend } from '../../helpers/backend';
import { aCode, aDevice, enroll, expectSameRows, syncAll, useHq } from '../../helpers/sync-devices';
import { syncedRows } from '../../helpers/sync-workspace';

// Small workspaces against a real HQ whose oldest accepted app is 0.1.0: the choices of enrolling
// a workspace that holds data, a revoked device, an app too old, and HQ losing what it had.

const MIN_APP = '0.1.0';
const sameTable = (got: unknown, want: unknown, table: string) => expect({ table, rows: got }).toEqual({ table, rows: want });

async function aSmallWorkspace(device: TestBackend, company: string, accounts: string[]): Promise<TestBackend> {
  await device.api.workspace.startEmpty({ name: company, shortName: company.slice(0, 2), brand: '悦汇', industry: '商业零售', namingTemplate: '{品牌}·{城市}{业态}' });
  for (const [i, name] of accounts.entries()) await device.api.accounts.create(anAccount({ name, handle: `h_${i}_${Math.random().toString(36).slice(2, 6)}` }));
  return device;
}

const accountNames = async (device: TestBackend) => (await device.api.accounts.list({})).map((a) => a.name).sort();
const libraryNames = async (device: TestBackend) => (await device.api.library.list({})).map((item) => item.name).sort();

/** The first device's edits to rows every new workspace seeds with the same ids. */
async function editStarterLibrary(device: TestBackend): Promise<void> {
  await device.api.library.update({ id: 'starter-block-follow', patch: { name: '总部改过的关注引导' } });
  await device.api.library.remove({ id: 'starter-block-qrcode' });
}
const companyName = async (device: TestBackend) => (await device.api.workspace.status({})).workspace?.name;

describe('enrolling, revoking and recovering', () => {
  const hq = useHq({ minAppVersion: MIN_APP });

  it('merges a workspace that holds data: both sides’ rows on both devices, HQ’s workspace profile kept', async () => {
    const code = await aCode(hq());
    const first = await aSmallWorkspace(aDevice(), '总部公司', ['账号甲']);
    await editStarterLibrary(first);
    await enroll(first, hq(), code);
    const second = await aSmallWorkspace(aDevice(), '本地公司', ['账号乙']);
    await enroll(second, hq(), code, { mode: 'merge' });
    await syncAll(first, second);
    // The second's starter library, seeded later, neither overwrites nor revives HQ's.
    expect(await libraryNames(second)).toEqual(await libraryNames(first));
    expect(await libraryNames(first)).toContain('总部改过的关注引导');
    expect(await accountNames(second)).toEqual(['账号乙', '账号甲']);
    expect(await accountNames(first)).toEqual(['账号乙', '账号甲']);
    expect(await companyName(second)).toBe('总部公司');
    expect(await companyName(first)).toBe('总部公司');
    expectSameRows(first, second, sameTable);
  });

  it('replaces a workspace that holds data with HQ’s after backing it up', async () => {
    const code = await aCode(hq());
    const first = await aSmallWorkspace(aDevice(), '总部公司', ['账号甲']);
    await enroll(first, hq(), code);
    const second = await aSmallWorkspace(aDevice(), '本地公司', ['账号丙']);
    await enroll(second, hq(), code, { mode: 'replace' });
    expect((await second.api.backups.list({})).map((b) => b.reason)).toContain('before-sync-replace');
    expect(await accountNames(second)).toEqual(['账号甲']);
    expect(await companyName(second)).toBe('总部公司');
    await syncAll(first, second);
    expect(await accountNames(first)).toEqual(['账号甲']);
    expectSameRows(first, second, sameTable);
  });

  it('stops a revoked device at its next sync, says why in Chinese, and lets it leave', async () => {
    const code = await aCode(hq());
    const device = await aSmallWorkspace(aDevice(), '总部公司', ['账号甲']);
    await enroll(device, hq(), code);
    await hq().revoke(readEnrollment(device.dataDir)!.deviceId);
    const refused = await failureOf(device.api.sync.syncNow({}));
    expect(refused.code).toBe('unauthorized');
    const status = await device.api.sync.status({});
    expect(status.state).toBe('revoked');
    expect(status.lastError?.message).toContain('停用');
    const left = await device.api.sync.leave({});
    expect(left.state).toBe('notEnrolled');
    expect(await accountNames(device)).toEqual(['账号甲']);
  });

  it('shows an app older than HQ accepts as too old, naming the version it needs', async () => {
    const code = await aCode(hq());
    const current = await aSmallWorkspace(aDevice(), '总部公司', ['账号甲']);
    await enroll(current, hq(), code);
    const { dataDir } = current;
    current.close();
    const older = openTestBackend({ dataDir, appVersion: '0.0.9' });
    await older.api.accounts.create(anAccount({ name: '旧版写的账号', handle: 'old_app' }));
    await failureOf(older.api.sync.syncNow({}));
    const status = await older.api.sync.status({});
    expect(status).toMatchObject({ state: 'tooOld', minAppVersion: MIN_APP, appVersion: '0.0.9' });
    expect(status.lastError?.message).toContain(MIN_APP);
    expect(status.pendingChanges).toBeGreaterThan(0);
  });

  it('fills a gap by uploading the whole state when HQ lost what the device had sent', async () => {
    const code = await aCode(hq());
    const first = await aSmallWorkspace(aDevice(), '总部公司', ['账号甲', '账号乙']);
    await enroll(first, hq(), code);
    const [lost] = await first.api.accounts.list({});
    // HQ restored from an old backup: it forgot this device's seq and one of its rows.
    const deviceId = readEnrollment(first.dataDir)!.deviceId;
    await hq().db.db.execute(sql`UPDATE devices SET last_seq = 0 WHERE id = ${deviceId}`);
    await hq().db.db.execute(sql`DELETE FROM sync_rows WHERE row_id = ${lost!.id}`);
    await first.api.accounts.update({ id: lost!.id, patch: { followers: 777 } });
    const report = await first.api.sync.syncNow({});
    expect(report.status).toMatchObject({ state: 'idle', pendingChanges: 0 });
    const second = aDevice();
    await enroll(second, hq(), code);
    expect(await accountNames(second)).toEqual(['账号乙', '账号甲']);
    expect((await second.api.accounts.list({})).find((a) => a.id === lost!.id)?.followers).toBe(777);
    expectSameRows(first, second, sameTable);
  });

  it('re-snapshots a device whose cursor is older than HQ’s purge, forgetting the row HQ purged', async () => {
    const code = await aCode(hq());
    const first = await aSmallWorkspace(aDevice(), '总部公司', ['账号甲', '账号乙']);
    await enroll(first, hq(), code);
    const second = aDevice();
    await enroll(second, hq(), code);
    const gone = (await first.api.accounts.list({})).find((a) => a.name === '账号乙')!;
    await first.api.accounts.remove({ id: gone.id });
    await first.api.sync.syncNow({});
    expect(await purgeTombstones(hq().db, { now: new Date(Date.now() + 91 * 86_400_000) })).toBeGreaterThan(0);
    // Meanwhile the second device wrote a row of its own, not yet pushed.
    await second.api.accounts.create(anAccount({ name: '账号丁', handle: 'ding' }));
    await second.api.sync.syncNow({});
    expect(await accountNames(second)).toEqual(['账号丁', '账号甲']);
    expect((await second.api.sync.status({})).state).toBe('idle');
    await first.api.sync.syncNow({});
    expect(await accountNames(first)).toEqual(['账号丁', '账号甲']);
    expect(syncedRows(second.dataDir).accounts!.map((r) => r.id)).not.toContain(gone.id);
  });
  it('carries a restored backup to the other device as a new edit', async () => {
    const code = await aCode(hq());
    const first = await aSmallWorkspace(aDevice(), '总部公司', ['账号甲']);
    await enroll(first, hq(), code);
    const second = aDevice();
    await enroll(second, hq(), code);
    const [account] = await first.api.accounts.list({});
    await first.api.accounts.update({ id: account!.id, patch: { followers: 100 } });
    await first.api.sync.syncNow({});
    const backup = await first.api.backups.create({});
    // More edits after the backup than the restore restamps: the restored file's outbox counter
    // would hand out seqs HQ already holds, and HQ would take the restore for a duplicate.
    for (let followers = 101; followers <= 250; followers++) await first.api.accounts.update({ id: account!.id, patch: { followers } });
    await first.api.accounts.create(anAccount({ name: '备份后的账号', handle: 'after_backup' }));
    await syncAll(first, second);
    expect(await accountNames(second)).toEqual(['备份后的账号', '账号甲']);
    await first.api.backups.restore({ name: backup.name });
    await syncAll(first, second);
    expect((await second.api.accounts.list({})).find((a) => a.id === account!.id)?.followers).toBe(100);
    expect(await accountNames(second)).toEqual(['账号甲']);
    expectSameRows(first, second, sameTable);
  });

  it('says under HQ’s address that nothing answers there when enrolling with a wrong address', async () => {
    const device = await aSmallWorkspace(aDevice(), '本地公司', ['账号甲']);
    const hqUrl = 'http://127.0.0.1:9';
    const refused = await failureOf(device.api.sync.enroll({ hqUrl, code: await aCode(hq()) }));
    expect(refused.issues?.[0]).toMatchObject({ path: ['hqUrl'], message: 'syncEngine.enrollUnreachable' });
    expect(refused.message).toBe(`连不上总部 ${hqUrl}：请检查地址和端口，或网络是否通`);
    expect((await device.api.sync.status({})).state).toBe('notEnrolled');
  });

  it('lets a just-created workspace take HQ’s data without asking, HQ’s starter library winning', async () => {
    const code = await aCode(hq());
    const first = await aSmallWorkspace(aDevice(), '总部公司', ['账号甲']);
    await editStarterLibrary(first);
    await enroll(first, hq(), code);
    // 创建工作区 on a second laptop: the profile and the starter library, all written just now.
    const second = await aSmallWorkspace(aDevice(), '新建的工作区', []);
    const report = await enroll(second, hq(), code);
    expect(report.status.state).toBe('idle');
    await syncAll(first, second);
    expect(await libraryNames(second)).toEqual(await libraryNames(first));
    expect(await libraryNames(second)).toContain('总部改过的关注引导');
    expect(await companyName(second)).toBe('总部公司');
    expect(await accountNames(second)).toEqual(['账号甲']);
    expectSameRows(first, second, sameTable);
  });
});
