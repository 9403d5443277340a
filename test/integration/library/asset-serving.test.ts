import { request as httpRequest } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../../src-main/session/backend';
import { startWebServer, type WebServer } from '../../../src-main/web/server';
import { base64, pngImage } from '../../fixtures/library/images';

let backend: Backend;
let server: WebServer;

let root: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'opsbench-media-'));
  mkdirSync(join(root, 'renderer'));
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>OpsBench</title>');
  backend = openBackend({ dataDir: join(root, 'data') });
  server = await startWebServer({ backend, rendererDir: join(root, 'renderer') });
});

afterAll(async () => {
  await server?.close();
  backend?.close();
  rmSync(root, { recursive: true, force: true });
});

const cookie = () => ({ Cookie: `opsbench_token_${server.port}=${server.token}` });
const get = (path: string, headers: Record<string, string> = {}) => fetch(`http://127.0.0.1:${server.port}${path}`, { headers });
const upload = (body: string) => fetch(`http://127.0.0.1:${server.port}/api/library/uploadAsset`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...cookie() }, body });

/** Sends only the headers of a huge body, as a browser would start a 50 MB upload; resolves with the status. */
function startHugeUpload(path: string, bytes: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: server.port, path, method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': bytes, ...cookie() } }, (res) => {
      resolve(res.statusCode ?? 0);
      res.resume();
      req.destroy();
    });
    req.on('error', reject);
    req.write('{"name":"huge.png","dataBase64":"');
  });
}

describe('library images over HTTP (browser mode)', () => {
  it('takes an image of several MB through the JSON API, while other methods keep the 5 MB body limit', async () => {
    // Noise does not compress: about 6.3 MB of PNG, 8.4 MB as base64, over the default limit.
    const png = pngImage(1500, 1400, { noise: true });
    const res = await upload(JSON.stringify({ name: '大图.png', dataBase64: base64(png) }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, data: { added: true, asset: { bytes: png.length, width: 1500, height: 1400 } } });
    const other = await fetch(`http://127.0.0.1:${server.port}/api/settings/get`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...cookie() },
      body: JSON.stringify({ pad: 'x'.repeat(6 * 1024 * 1024) }),
    });
    expect(other.status).toBe(413);
  });

  it('answers a 50 MB upload at once with 413, before reading the body', async () => {
    expect(await startHugeUpload('/api/library/uploadAsset', 70 * 1024 * 1024)).toBe(413);
  });

  it('serves an image by its hash to the page holding the session cookie, cacheable for good', async () => {
    const png = pngImage(20, 10);
    const { data } = (await (await upload(JSON.stringify({ name: 'logo.png', dataBase64: base64(png) }))).json()) as { data: { asset: { id: string } } };
    const res = await get(`/media/${data.asset.id}`, cookie());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true);
    expect((await get(`/media/${data.asset.id}`)).status).toBe(401);
    expect((await get(`/media/${data.asset.id}`, { 'X-OpsBench-Token': 'wrong' })).status).toBe(401);
  });

  it('answers 404 for an unknown hash and for anything that is not a hash', async () => {
    for (const path of [`/media/${'0'.repeat(64)}`, '/media/../workspace.sqlite', '/media/%2e%2e%2fworkspace.sqlite', `/media/${'A'.repeat(64)}`, '/media/']) expect((await get(path, cookie())).status, path).toBe(404);
  });
});
