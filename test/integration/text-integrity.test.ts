import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../src-main/session/backend';
import { startWebServer, type WebServer } from '../../src-main/web/server';
import { anAccount, apiOf, failureOf, openTestBackend } from '../helpers/backend';

// Text stays what was typed: what cannot be stored as typed is refused, never rewritten to U+FFFD.

let root: string;
let backend: Backend;
let server: WebServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'opsbench-text-'));
  mkdirSync(join(root, 'renderer'));
  backend = openBackend({ dataDir: join(root, 'data') });
  server = await startWebServer({ backend, port: 0, host: '127.0.0.1', rendererDir: join(root, 'renderer') });
});

afterAll(async () => {
  await server?.close();
  backend?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('text integrity', () => {
  it('refuses a title holding a lone surrogate and keeps a whole emoji as typed', async () => {
    const { api } = openTestBackend();
    const account = await api.accounts.create(anAccount());
    const broken = await failureOf(api.calendar.createItem({ accountId: account.id, date: '2026-12-04', slot: 1, title: '冬日\ud83d火锅' }));
    expect(broken).toMatchObject({ code: 'validation', issues: [{ path: ['title'], message: 'validation.brokenText' }] });
    const whole = await api.calendar.createItem({ accountId: account.id, date: '2026-12-04', slot: 1, title: '冬日🍲火锅' });
    expect(whole.title).toBe('冬日🍲火锅');
    expect(await api.calendar.listItems({ from: '2026-12-01', to: '2026-12-31' })).toHaveLength(1);
  });

  it('answers 400 to a request body that is not UTF-8, and stores nothing', async () => {
    const gbkName = Buffer.from([0xbb, 0xaa, 0xb6, 0xab]); // 华东 in GBK
    const body = Buffer.concat([Buffer.from('{"platform":"wechat_subscription","purpose":"brand","followers":0,"verified":false,"updateFrequency":"weekly","ownerId":null,"name":"'), gbkName, Buffer.from('"}')]);
    const response = await fetch(`http://127.0.0.1:${server.port}/api/accounts/create`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-OpsBench-Token': server.token }, body });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'validation', message: 'request body is not valid UTF-8' } });
    expect(await apiOf(backend).accounts.list({})).toEqual([]);
  });
});
