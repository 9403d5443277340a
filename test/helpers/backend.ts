import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { ApiClient } from '../../src-shared/contract';
import { createClient } from '../../src-shared/contract/client';
import { channelOf, type ApiError } from '../../src-shared/contract/define';
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

/** A failed call: the envelope's error, thrown by the typed client. */
export class CallFailed extends Error {
  constructor(
    readonly channel: string,
    readonly error: ApiError,
  ) {
    super(`${channel} failed: ${JSON.stringify(error)}`);
    this.name = 'CallFailed';
  }
}

/**
 * The typed client the UI has, over `dispatch` instead of IPC or HTTP: inputs and answers have the
 * contract's types, every call is validated like a transport's, a failure rejects with CallFailed.
 */
export function apiOf(backend: Pick<Backend, 'handlers'>): ApiClient {
  return createClient(async (domain, method, input) => {
    const result = await dispatch(backend.handlers, domain, method, input);
    if (!result.ok) throw new CallFailed(channelOf(domain, method), result.error);
    return result.data;
  });
}

export type TestBackend = Backend & { api: ApiClient };

/** A real back end on a real SQLite file with the real migrations, closed after the test. */
export function openTestBackend(options: Partial<BackendOptions> = {}): TestBackend {
  const backend = openBackend({ dataDir: options.dataDir ?? tempDataDir(), ...options });
  cleanups.unshift(() => backend.close());
  return Object.assign(backend, { api: apiOf(backend) });
}

/** The error a call must fail with; the test fails if the call succeeds. */
export async function failureOf(call: Promise<unknown>): Promise<ApiError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof CallFailed) return error.error;
    throw error;
  }
  throw new Error('the call succeeded, a failure was expected');
}

/**
 * Calls a method by its channel with any input, as a transport would receive it: for what the
 * types forbid (unknown methods, malformed input). Everything else goes through `backend.api`.
 */
export function callUntyped(backend: Backend, channel: string, input: unknown = {}) {
  const [domain, method] = channel.split('.') as [string, string];
  return dispatch(backend.handlers, domain, method, input);
}

export function aMember(overrides: Partial<MemberInput> = {}): MemberInput {
  return { name: '周婷', roles: ['copywriter'], dailyDuties: '撰稿', contact: '', kpis: [{ name: '月发文', target: 12, unit: '篇' }], ...overrides };
}

export async function withWorkspace(backend: TestBackend) {
  return backend.api.workspace.startEmpty({ name: '华东分公司', shortName: '华东', brand: '悦汇', industry: '商业零售', namingTemplate: '{品牌}·{城市}{业态}' });
}
