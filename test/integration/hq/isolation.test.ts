import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WireRow } from '../../../src-shared/contract/sync-protocol';
import { HQ_ENGINES, HQ_START_TIMEOUT, startHq, type StartedHq } from '../../helpers/hq-server';
import { hqRequest, httpEndpoints } from '../../helpers/hq-http';
import { APP, clock, newTenantDevice, pullAll, push, refusal, type TestDevice } from './support';

// Tenant isolation: the tenant comes from the token only. A's token, tried on every route, reads
// and writes nothing of B's, even with the same row ids, B's cursor or B's asset hashes.

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe.each(HQ_ENGINES)('tenant isolation ($name)', ({ postgres }) => {
  let hq: StartedHq;
  let a: TestDevice;
  let b: TestDevice;
  const rowsOf = (name: string): WireRow[] => [
    { t: 'accounts', r: 'same-id', f: { name: [name, clock(5000, name === '甲' ? 'ta' : 'tb')] } },
    { t: 'articles', r: 'same-article', f: { title: [`${name}的文章`, clock(5000, name === '甲' ? 'ta' : 'tb')] } },
  ];

  beforeAll(async () => {
    hq = await startHq({ postgres });
    a = await newTenantDevice(hq, '甲公司');
    b = await newTenantDevice(hq, '乙公司');
  }, HQ_START_TIMEOUT);
  afterAll(() => hq?.close());

  it('push and pull: the same row ids in two tenants stay apart, and B cursor gives A only its own rows', async () => {
    const api = httpEndpoints(hq.url);
    await push(api, b.token, 0, 1, rowsOf('乙'));
    // A later clock from A must not reach B's row of the same id; a tenant id in the body is ignored.
    const answer = await hqRequest(hq.url, 'POST', '/sync/v1/push', { token: a.token, json: { after: 0, upTo: 1, appVersion: APP, rows: rowsOf('甲'), tenantId: b.tenantId, tenant: b.tenantId } });
    expect(answer.status).toBe(200);
    expect((await pullAll(api, b.token)).rows).toEqual(rowsOf('乙'));
    const bCursor = (await pullAll(api, b.token)).cursor;
    expect((await pullAll(api, a.token)).rows).toEqual(rowsOf('甲'));
    expect((await pullAll(api, a.token, bCursor)).rows.every((row) => row.f.name?.[0] !== '乙' && row.f.title?.[0] !== '乙的文章')).toBe(true);
  });

  it("assets: B's hash is missing and not found for A; A storing the same bytes leaves B's alone", async () => {
    const api = httpEndpoints(hq.url);
    const bytes = new TextEncoder().encode('乙公司的海报');
    const hash = sha(bytes);
    await api.putAsset(b.token, hash, bytes);
    expect(await api.missingAssets(b.token, [hash])).toEqual([]);
    expect(await api.missingAssets(a.token, [hash])).toEqual([hash]);
    expect(await refusal(api.getAsset(a.token, hash))).toEqual({ code: 'not_found' });
    await api.putAsset(a.token, hash, bytes);
    expect(await api.missingAssets(a.token, [hash])).toEqual([]);
    expect(Buffer.from(await api.getAsset(b.token, hash)).toString()).toBe('乙公司的海报');
  });

  it('a token of neither tenant reads and writes nothing', async () => {
    const api = httpEndpoints(hq.url);
    const stranger = 'obd_' + 'x'.repeat(43);
    for (const call of [
      () => push(api, stranger, 0, 1, rowsOf('丙')),
      () => api.pull(stranger, { cursor: null, appVersion: APP }),
      () => api.missingAssets(stranger, [sha(new Uint8Array([1]))]),
      () => api.putAsset(stranger, sha(new Uint8Array([1])), new Uint8Array([1])),
      () => api.getAsset(stranger, sha(new Uint8Array([1]))),
    ])
      expect(await refusal(call())).toEqual({ code: 'unauthorized' });
    expect((await hqRequest(hq.url, 'POST', '/sync/v1/pull', { json: { cursor: null, appVersion: APP } })).status).toBe(401);
  });
});
