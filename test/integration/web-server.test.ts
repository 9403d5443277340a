import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMethods } from '../../src-shared/contract';
import { openBackend, type Backend } from '../../src-main/session/backend';
import { startWebServer, type WebServer } from '../../src-main/web/server';

let root: string;
let backend: Backend;
let server: WebServer;

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http instead of fetch, because fetch refuses to send a forged Host header. */
function raw(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const auth = () => ({ 'X-OpsBench-Token': server.token });
const post = (path: string, body: string | undefined, headers: Record<string, string> = auth()) =>
  fetch(`http://127.0.0.1:${server.port}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });

const newAccount = { platform: 'wechat_subscription', name: '华东生活馆', purpose: 'brand', followers: 1200, verified: true, updateFrequency: 'weekly', ownerId: null };

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'opsbench-web-'));
  const rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>OpsBench</title><div id="root"></div>');
  writeFileSync(join(rendererDir, 'assets', 'index-AbCd1234.js'), 'console.log("app")');
  writeFileSync(join(rendererDir, 'assets', 'index-AbCd1234.css'), 'body{}');
  writeFileSync(join(root, 'secret.txt'), 'do not serve');
  backend = openBackend({ dataDir: join(root, 'data') });
  server = await startWebServer({ backend, port: 0, host: '127.0.0.1', rendererDir });
});

afterAll(async () => {
  await server?.close();
  backend?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('browser mode server', () => {
  it('prints a URL on 127.0.0.1 with a random 64-hex-digit token', () => {
    expect(server.token).toMatch(/^[0-9a-f]{64}$/);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
  });

  it('refuses the page without the token, telling the user in Chinese and English where to get it', async () => {
    const res = await raw('/');
    expect(res.status).toBe(401);
    expect(res.body).toContain('npm run web');
    expect(res.body).toContain('令牌');
    expect(res.body).toContain('session token');
    expect((await raw('/?token=wrong')).status).toBe(401);
  });

  it('turns the token in the URL into an HttpOnly SameSite=Strict cookie and a clean address, then serves the app', async () => {
    const entry = await raw(`/?token=${server.token}`);
    expect(entry.status).toBe(303);
    expect(entry.headers.location).toBe('/');
    expect(entry.headers['set-cookie']).toEqual([`opsbench_token_${server.port}=${server.token}; HttpOnly; SameSite=Strict; Path=/`]);
    const res = await raw('/', { headers: { Cookie: `opsbench_token_${server.port}=${server.token}` } });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.body).toContain('<div id="root">');
  });

  it('serves assets with the cookie and the right content types', async () => {
    const cookie = { Cookie: `opsbench_token_${server.port}=${server.token}` };
    const js = await raw('/assets/index-AbCd1234.js', { headers: cookie });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await raw('/assets/index-AbCd1234.css', { headers: cookie })).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await raw('/assets/missing.js', { headers: cookie })).status).toBe(404);
    expect((await raw('/assets/index-AbCd1234.js')).status).toBe(401);
  });

  it('never serves a file outside the renderer folder', async () => {
    const cookie = { Cookie: `opsbench_token_${server.port}=${server.token}` };
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%00index.html']) {
      const res = await raw(path, { headers: cookie });
      expect(res.body, path).not.toContain('do not serve');
      expect([400, 404], path).toContain(res.status);
    }
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    const page = `/?token=${server.token}`;
    expect((await raw(page, { headers: { Host: `evil.example:${server.port}` } })).status).toBe(403);
    expect((await raw(page, { headers: { Host: '127.0.0.1:1' } })).status).toBe(403);
    expect((await raw(page, { headers: { Host: `localhost:${server.port}` } })).status).toBe(303);
    const foreign = await post('/api/settings/get', '{}', { ...auth(), Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect((await post('/api/settings/get', '{}', { ...auth(), Origin: `http://localhost:${server.port}` })).status).toBe(200);
  });

  it('opens a browser it starts itself with a one-time code: spent on the first visit, useless after', async () => {
    const url = new URL(server.oneTimeUrl());
    expect(url.searchParams.has('token')).toBe(false);
    expect(url.toString()).not.toContain(server.token);
    const first = await raw(`${url.pathname}${url.search}`);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    expect(first.headers['set-cookie']).toEqual([`opsbench_token_${server.port}=${server.token}; HttpOnly; SameSite=Strict; Path=/`]);
    expect((await raw(`${url.pathname}${url.search}`)).status).toBe(401);
  });

  it('takes API calls only as JSON, so no cross-site form or text/plain post gets through', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await fetch(`http://127.0.0.1:${server.port}/api/settings/get`, { method: 'POST', headers: { 'Content-Type': type, ...auth() }, body: '{}' });
      expect(res.status, type).toBe(415);
    }
    expect((await post('/api/settings/get', '{}')).status).toBe(200);
  });

  it('requires the token for the API, by header, bearer or cookie', async () => {
    const none = await post('/api/settings/get', '{}', {});
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect((await post('/api/settings/get', '{}', { Authorization: `Bearer ${server.token}` })).status).toBe(200);
    expect((await post('/api/settings/get', '{}', { Cookie: `opsbench_token_${server.port}=${server.token}` })).status).toBe(200);
    expect((await post('/api/settings/get', '{}', { 'X-OpsBench-Token': `${server.token}0` })).status).toBe(401);
  });

  it('lists every contract method with JSON schemas, and the events', async () => {
    expect((await raw('/api')).status).toBe(401);
    const res = await fetch(`http://127.0.0.1:${server.port}/api`, { headers: auth() });
    const index = (await res.json()) as { methods: Array<{ channel: string; doc: string; input: { type?: string }; output: unknown }>; events: Array<{ name: string }> };
    expect(index.methods.map((m) => m.channel)).toEqual(listMethods().map(([d, m]) => `${d}.${m}`));
    for (const m of index.methods) {
      expect(m.doc.length, m.channel).toBeGreaterThan(0);
      expect(m.input.type, m.channel).toBe('object');
      expect(m.output, m.channel).toBeTypeOf('object');
    }
    const create = index.methods.find((m) => m.channel === 'accounts.create') as unknown as { input: { properties: Record<string, unknown>; required: string[] } };
    expect(Object.keys(create.input.properties)).toContain('platform');
    expect(create.input.required).toContain('name');
    expect(index.events.map((e) => e.name)).toContain('accounts.changed');
  });

  it('runs a method and returns its envelope; an empty body counts as {}', async () => {
    const res = await post('/api/accounts/list', undefined);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, data: [] });
  });

  it('answers invalid input with 400 and the issues per field', async () => {
    const res = await post('/api/accounts/create', JSON.stringify({ ...newAccount, platform: 'myspace', followers: -1 }));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { ok: false; error: { code: string; issues: Array<{ path: string[] }> } };
    expect(body.error.code).toBe('validation');
    expect(body.error.issues.map((i) => i.path.join('.')).sort()).toEqual(['followers', 'platform']);
  });

  it('answers bad JSON with 400, an unknown method with 404, a missing row with 404, a huge body with 413', async () => {
    const bad = await post('/api/accounts/list', '{not json');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect((await post('/api/accounts/fly', '{}')).status).toBe(404);
    expect((await post('/api/nothing/here', '{}')).status).toBe(404);
    expect((await post('/api/accounts/get', JSON.stringify({ id: 'no-such-id' }))).status).toBe(404);
    const huge = await post('/api/accounts/list', JSON.stringify({ pad: 'x'.repeat(6 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect((await fetch(`http://127.0.0.1:${server.port}/api/accounts/list`, { headers: auth() })).status).toBe(405);
  });

  it('streams a changed event after a write', async () => {
    const controller = new AbortController();
    const res = await fetch(`http://127.0.0.1:${server.port}/api/events`, { headers: auth(), signal: controller.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const created = await post('/api/accounts/create', JSON.stringify(newAccount));
    const account = ((await created.json()) as { data: { id: string } }).data;
    while (!text.includes('event: changed')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value);
    }
    controller.abort();
    const data = /event: changed\ndata: (.*)\n\n/.exec(text)?.[1];
    expect(JSON.parse(data!)).toEqual({ domain: 'accounts', ids: [account.id] });
  });
});
