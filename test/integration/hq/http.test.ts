import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncErrorBody, type WireRow } from '../../../src-shared/contract/sync-protocol';
import { createHqServer } from '../../../src-hq/server/server';
import { HQ_START_TIMEOUT, startHq, type StartedHq } from '../../helpers/hq-server';
import { hqRequest } from '../../helpers/hq-http';
import { APP, clock, newTenantDevice, type TestDevice } from './support';

// The HTTP face of HQ: gzip both ways, every refusal as a SyncErrorBody with its status, no
// internals in a 500.

describe('HQ over HTTP', () => {
  let hq: StartedHq;
  let device: TestDevice;
  beforeAll(async () => {
    hq = await startHq();
    device = await newTenantDevice(hq);
  }, HQ_START_TIMEOUT);
  afterAll(() => hq?.close());

  it('answers health and a plain front page', async () => {
    expect((await hqRequest(hq.url, 'GET', '/health')).body).toEqual({ ok: true, protocol: 1 });
    expect(Buffer.from((await hqRequest(hq.url, 'GET', '/')).body as Uint8Array).toString()).toBe('OpsBench HQ\n');
  });

  it('takes a gzipped push and answers a large pull gzipped', async () => {
    const rows: WireRow[] = Array.from({ length: 200 }, (_, n) => ({ t: 'accounts', r: `a${String(n).padStart(3, '0')}`, f: { notes: [`第 ${n} 个账号的备注，`.repeat(5), clock(1000 + n, 'dev')] } }));
    const pushed = await hqRequest(hq.url, 'POST', '/sync/v1/push', { token: device.token, json: { after: 0, upTo: 1, appVersion: APP, rows }, gzip: true });
    expect(pushed.body).toMatchObject({ applied: 200, ackedThrough: 1 });
    const pulled = await hqRequest(hq.url, 'POST', '/sync/v1/pull', { token: device.token, json: { cursor: null, appVersion: APP } });
    expect(pulled.headers.get('content-encoding')).toBe('gzip');
    expect((pulled.body as { rows: WireRow[] }).rows).toEqual(rows);
  });

  it.each([
    ['broken JSON', { token: 'x', raw: '{"after":', type: 'application/json' }, 400, 'invalid'],
    ['a body that is not gzip but says so', { token: 'x', raw: '{"a":1}', type: 'application/json', encoding: 'gzip' }, 400, 'invalid'],
    ['no token', { raw: JSON.stringify({ cursor: null, appVersion: APP }), type: 'application/json', path: '/sync/v1/pull' }, 401, 'unauthorized'],
    ['a pull body over 2 MB', { token: 'x', raw: JSON.stringify({ rows: ['x'.repeat(3 * 1024 * 1024)] }), type: 'application/json', path: '/sync/v1/pull' }, 413, 'too_large'],
    ['a push body over 8 MB', { token: 'x', raw: JSON.stringify({ rows: ['x'.repeat(9 * 1024 * 1024)] }), type: 'application/json' }, 413, 'too_large'],
    ['a gzipped push body over 8 MB once unpacked', { token: 'x', raw: JSON.stringify({ rows: ['x'.repeat(9 * 1024 * 1024)] }), type: 'application/json', encoding: 'gzip' }, 413, 'too_large'],
    ['an unknown route', { raw: '{}', type: 'application/json', path: '/sync/v2/push' }, 404, 'not_found'],
  ])('refuses %s with a SyncErrorBody', async (_what, request: { token?: string; raw: string; type: string; encoding?: string; path?: string }, status, code) => {
    const headers: Record<string, string> = { 'content-type': request.type };
    if (request.token) headers.authorization = `Bearer ${request.token}`;
    let body: Uint8Array = new TextEncoder().encode(request.raw);
    if (request.encoding) {
      headers['content-encoding'] = request.encoding;
      if (request.raw.length > 100) body = gzipSync(body);
    }
    const response = await fetch(new URL(request.path ?? '/sync/v1/push', hq.url), { method: 'POST', headers, body: body as Uint8Array<ArrayBuffer> });
    expect(response.status).toBe(status);
    expect(SyncErrorBody.parse(await response.json()).error.code).toBe(code);
  });

  it('answers an unexpected failure 500 internal, without its message or stack, and logs it with its stack', async () => {
    const logged: string[] = [];
    const failing = await createHqServer({
      onUnexpectedError: (error, request) => logged.push(`${request.url} ${error.stack}`),
      db: hq.db,
      sync: {
        ...hq.sync,
        push: () => {
          throw new Error('boom in /srv/secret/path.ts');
        },
      },
    });
    const url = await failing.listen({ host: '127.0.0.1', port: 0 });
    try {
      const answer = await hqRequest(url, 'POST', '/sync/v1/push', { token: device.token, json: { after: 0, upTo: 1, appVersion: APP, rows: [] } });
      expect(answer.status).toBe(500);
      expect(answer.body).toEqual({ error: { code: 'internal', message: 'internal error' } });
      expect(logged).toEqual([expect.stringMatching(/^\/sync\/v1\/push Error: boom in \/srv\/secret\/path\.ts\n\s+at /)]);
    } finally {
      await failing.close();
    }
  });
});
