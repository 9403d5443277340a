import { gzipSync } from 'node:zlib';
import { SyncErrorBody, SyncProtocolError, type HqEndpoints } from '../../src-shared/contract/sync-protocol';

// A small fetch client of HQ's routes for the HQ server's own tests (the desktop has its own):
// bodies gzipped when `gzip` is on, errors turned back into SyncProtocolError.

export interface HttpAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

export async function hqRequest(base: string, method: string, path: string, { token, json, bytes, gzip = false }: { token?: string; json?: unknown; bytes?: Uint8Array; gzip?: boolean } = {}): Promise<HttpAnswer> {
  const headers: Record<string, string> = { 'accept-encoding': 'gzip' };
  if (token) headers.authorization = `Bearer ${token}`;
  let body: Uint8Array | undefined = json === undefined ? bytes : new TextEncoder().encode(JSON.stringify(json));
  if (body) headers['content-type'] = json === undefined ? 'application/octet-stream' : 'application/json';
  if (body && gzip) {
    body = gzipSync(body);
    headers['content-encoding'] = 'gzip';
  }
  const response = await fetch(new URL(path, base), { method, headers, body: body as Uint8Array<ArrayBuffer> | undefined });
  const type = response.headers.get('content-type') ?? '';
  const answer = type.startsWith('application/json') ? await response.json() : new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, body: answer };
}

function unwrap<T>(answer: HttpAnswer): T {
  if (answer.status < 300) return answer.body as T;
  const parsed = SyncErrorBody.safeParse(answer.body);
  if (!parsed.success) throw new Error(`HTTP ${answer.status} without an error body`);
  const { code, message, ...details } = parsed.data.error;
  throw new SyncProtocolError(code, message, details);
}

/** HqEndpoints over HTTP. */
export function httpEndpoints(base: string, { gzip = true } = {}): HqEndpoints {
  return {
    enroll: async (request) => unwrap(await hqRequest(base, 'POST', '/sync/v1/enroll', { json: request, gzip })),
    push: async (token, request) => unwrap(await hqRequest(base, 'POST', '/sync/v1/push', { token, json: request, gzip })),
    pull: async (token, request) => unwrap(await hqRequest(base, 'POST', '/sync/v1/pull', { token, json: request, gzip })),
    missingAssets: async (token, hashes) => unwrap<{ missing: string[] }>(await hqRequest(base, 'POST', '/sync/v1/assets/missing', { token, json: { hashes }, gzip })).missing,
    putAsset: async (token, hash, bytes) => {
      unwrap(await hqRequest(base, 'PUT', `/sync/v1/assets/${hash}`, { token, bytes, gzip }));
    },
    getAsset: async (token, hash) => unwrap<Uint8Array>(await hqRequest(base, 'GET', `/sync/v1/assets/${hash}`, { token })),
  };
}
