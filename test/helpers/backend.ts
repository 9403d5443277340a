import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { MemberInput } from '../../src-shared/contract/team';
import { openBackend, type Backend, type BackendOptions } from '../../src-main/session/backend';
import { dispatch } from '../../src-main/services/dispatch';
export { anAccount } from '../fixtures/account-input';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A fresh data folder, removed after the test. */
export function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'opsbench-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A real back end on a real SQLite file with the real migrations, closed after the test. */
export function openTestBackend(options: Partial<BackendOptions> = {}): Backend {
  const backend = openBackend({ dataDir: options.dataDir ?? tempDataDir(), ...options });
  cleanups.unshift(() => backend.close());
  return backend;
}

/** Calls a method the way the transports do: input validated by the contract, result in the envelope. */
export function call(backend: Backend, channel: string, input: unknown = {}) {
  const [domain, method] = channel.split('.') as [string, string];
  return dispatch(backend.handlers, domain, method, input);
}

export async function callOk<T = any>(backend: Backend, channel: string, input: unknown = {}): Promise<T> {
  const result = await call(backend, channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.data as T;
}

export function aMember(overrides: Partial<MemberInput> = {}): MemberInput {
  return { name: '周婷', roles: ['copywriter'], dailyDuties: '撰稿', contact: '', kpis: [{ name: '月发文', target: 12, unit: '篇' }], ...overrides };
}

export async function withWorkspace(backend: Backend) {
  return callOk(backend, 'workspace.startEmpty', { name: '华东分公司', shortName: '华东', brand: '悦汇', industry: '商业零售', namingTemplate: '{品牌}·{城市}{业态}' });
}
