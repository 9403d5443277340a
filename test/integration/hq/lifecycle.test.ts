import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFLINE_HORIZON_DAYS } from '../../../src-shared/contract/sync-protocol';
import { purgeTombstones } from '../../../src-hq/sync/purge';
import { listDevices, newEnrollmentCode } from '../../../src-hq/sync/admin';
import { HQ_ENGINES, HQ_START_TIMEOUT, startHq, type StartedHq } from '../../helpers/hq-server';
import { httpEndpoints } from '../../helpers/hq-http';
import { anotherDevice, APP, clock, newTenantDevice, pullAll, push, refusal } from './support';

// A device's life on HQ: enrollment codes that expire, revoking a lost laptop, assets, and
// tombstones purged after the offline horizon (an older cursor re-snapshots).

const DAY = 86_400_000;

describe.each(HQ_ENGINES)('HQ device lifecycle ($name)', ({ postgres }) => {
  let hq: StartedHq;
  let now = new Date('2026-12-01T08:00:00Z');
  beforeAll(async () => {
    hq = await startHq({ postgres, now: () => now });
  }, HQ_START_TIMEOUT);
  afterAll(() => hq?.close());

  it('of laptops enrolling at once only one sees an empty HQ (and uploads); a revoked laptop does not count', async () => {
    const { code } = await hq.addTenant('同时入网');
    const http = httpEndpoints(hq.url);
    const answers = await Promise.all(['一号', '二号', '三号', '四号'].map((deviceName, n) => (n % 2 ? http : hq.sync).enroll({ code, deviceName, appVersion: APP })));
    expect(answers.map((answer) => answer.hqHasData).sort()).toEqual([false, true, true, true]);
    for (const answer of answers) await hq.revoke(answer.deviceId);
    expect((await hq.sync.enroll({ code, deviceName: '五号', appVersion: APP })).hqHasData).toBe(false);
  });

  it('an enrollment code serves every laptop for seven days, typed in any case, then stops', async () => {
    const { code, tenantId } = await hq.addTenant('码的期限');
    await hq.sync.enroll({ code, deviceName: '一号', appVersion: APP });
    await hq.sync.enroll({ code: code.toLowerCase().replace(/-/g, ' '), deviceName: '二号', appVersion: APP });
    now = new Date(now.getTime() + 7 * DAY + 1000);
    expect(await refusal(hq.sync.enroll({ code, deviceName: '三号', appVersion: APP }))).toEqual({ code: 'unauthorized' });
    const fresh = await newEnrollmentCode(hq.db, tenantId, { now: () => now });
    await hq.sync.enroll({ code: fresh.code, deviceName: '三号', appVersion: APP });
    expect((await listDevices(hq.db, tenantId)).map((d) => d.name)).toEqual(['一号', '二号', '三号']);
  });

  it('a revoked device is refused at once on every route, over HTTP too; the other laptop goes on', async () => {
    const lost = await newTenantDevice(hq);
    const kept = await anotherDevice(hq, lost.code);
    await push(hq.sync, lost.token, 0, 1, [{ t: 'notes', r: 'n1', f: { text: ['丢失前', clock(1000, 'lost')] } }]);
    await hq.revoke(lost.deviceId);
    const api = httpEndpoints(hq.url);
    const hash = createHash('sha256').update('x').digest('hex');
    for (const call of [
      () => push(hq.sync, lost.token, 1, 2, []),
      () => push(api, lost.token, 1, 2, []),
      () => api.pull(lost.token, { cursor: null, appVersion: APP }),
      () => api.missingAssets(lost.token, [hash]),
      () => api.putAsset(lost.token, hash, new TextEncoder().encode('x')),
      () => api.getAsset(lost.token, hash),
    ])
      expect(await refusal(call())).toEqual({ code: 'revoked' });
    expect((await pullAll(api, kept.token)).rows.map((r) => r.r)).toEqual(['n1']);
    expect((await listDevices(hq.db, lost.tenantId)).find((d) => d.id === lost.deviceId)?.revokedAt).toBe(now.toISOString());
  });

  it('stores assets by content hash: wrong bytes are refused, missing ones listed', async () => {
    const device = await newTenantDevice(hq);
    const api = httpEndpoints(hq.url);
    const bytes = new Uint8Array(300_000).map((_, i) => (i * 31) % 256);
    const hash = createHash('sha256').update(bytes).digest('hex');
    const other = createHash('sha256').update('另一张图').digest('hex');
    expect(await api.missingAssets(device.token, [hash, other])).toEqual([hash, other]);
    expect(await refusal(api.putAsset(device.token, other, bytes))).toEqual({ code: 'invalid' });
    await api.putAsset(device.token, hash, bytes);
    await api.putAsset(device.token, hash, bytes);
    expect(await api.missingAssets(device.token, [hash, other])).toEqual([other]);
    expect(Buffer.from(await api.getAsset(device.token, hash)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('purges tombstones past the offline horizon; a cursor from before them re-snapshots, a later one goes on', async () => {
    const writer = await newTenantDevice(hq);
    const behind = await anotherDevice(hq, writer.code);
    const longAgo = new Date(now.getTime() - (OFFLINE_HORIZON_DAYS + 1) * DAY).toISOString();
    const recently = new Date(now.getTime() - DAY).toISOString();
    await push(hq.sync, writer.token, 0, 1, [{ t: 'notes', r: 'kept', f: { text: ['留着', clock(1000, 'w')] } }]);
    const behindCursor = (await pullAll(hq.sync, behind.token)).cursor;
    await push(hq.sync, writer.token, 1, 2, [{ t: 'notes', r: 'old', f: { text: ['早删了', clock(1001, 'w')], deleted_at: [longAgo, clock(1001, 'w')] } }]);
    await push(hq.sync, writer.token, 2, 3, [{ t: 'notes', r: 'new', f: { text: ['刚删', clock(1002, 'w')], deleted_at: [recently, clock(1002, 'w')] } }]);
    const currentCursor = (await pullAll(hq.sync, writer.token)).cursor;

    expect(await purgeTombstones(hq.db, { now })).toBeGreaterThanOrEqual(1);
    expect(await refusal(hq.sync.pull(behind.token, { cursor: behindCursor, appVersion: APP }))).toEqual({ code: 'resnapshot' });
    expect((await pullAll(hq.sync, behind.token)).rows.map((r) => r.r)).toEqual(['kept', 'new']);
    expect((await hq.sync.pull(writer.token, { cursor: currentCursor, appVersion: APP })).rows).toEqual([]);
  });
});
