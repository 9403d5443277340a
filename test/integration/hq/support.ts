import type { HqEndpoints, PullResponse, PushRequest, WireRow } from '../../../src-shared/contract/sync-protocol';
import { encodeHlc } from '../../../src-shared/domain/sync/hlc';
import type { StartedHq } from '../../helpers/hq-server';

// Shared by the HQ server's tests: clocks, an enrolled device, pulling everything.

export const APP = '0.1.0';

export const clock = (wall: number, node: string, counter = 0): string => encodeHlc({ wall, counter, node });

export interface TestDevice {
  tenantId: string;
  deviceId: string;
  token: string;
}

let tenants = 0;

/** A new subsidiary with one enrolled device. */
export async function newTenantDevice(hq: StartedHq, name = `子公司${++tenants}-${process.pid}`): Promise<TestDevice & { code: string }> {
  const { tenantId, code } = await hq.addTenant(name);
  const { deviceId, token } = await hq.sync.enroll({ code, deviceName: '笔记本', appVersion: APP });
  return { tenantId, deviceId, token, code };
}

export async function anotherDevice(hq: StartedHq, code: string): Promise<TestDevice> {
  const { deviceId, token, tenant } = await hq.sync.enroll({ code, deviceName: '第二台', appVersion: APP });
  return { tenantId: tenant.id, deviceId, token };
}

export const push = (api: HqEndpoints, token: string, after: number, upTo: number, rows: WireRow[], extra: Partial<PushRequest> = {}) => api.push(token, { after, upTo, appVersion: APP, rows, ...extra });

export async function pullAll(api: HqEndpoints, token: string, cursor: string | null = null, limit?: number): Promise<{ rows: WireRow[]; cursor: string; pages: PullResponse[] }> {
  const rows: WireRow[] = [];
  const pages: PullResponse[] = [];
  for (;;) {
    const page = await api.pull(token, { cursor, limit, appVersion: APP });
    pages.push(page);
    rows.push(...page.rows);
    cursor = page.cursor;
    if (!page.hasMore) return { rows, cursor, pages };
  }
}

/** Resolves to the SyncProtocolError's code and details the call was refused with. */
export async function refusal(call: Promise<unknown>): Promise<{ code: string; resumeAfter?: number; minAppVersion?: string }> {
  try {
    await call;
  } catch (error) {
    const { code, details } = error as { code: string; details?: object };
    return { code, ...details };
  }
  throw new Error('the call was not refused');
}
