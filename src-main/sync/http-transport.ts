import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { EnrollResponse, MissingAssetsResponse, PullResponse, PushResponse, SYNC_ERROR_STATUS, SyncErrorBody, SyncProtocolError, type HqEndpoints, type SyncErrorCode } from '../../src-shared/contract/sync-protocol';

// The desktop's side of the wire: `HqEndpoints` over HTTP (global fetch). Bodies above 1 KB go
// gzipped; answers may come gzipped (fetch inflates them). HQ's error answers become
// `SyncProtocolError`; a network failure or a timeout stays an ordinary error, which the engine
// reads as "offline".

const GZIP_ABOVE_BYTES = 1024;
/** Far above any answer on a slow machine (a 1 MB push, a 2,000-row page); only a hung connection reaches it. */
const REQUEST_TIMEOUT_MS = 60_000;

/** The code of an error answer that is not HQ's JSON (a proxy's page), by its status. */
function codeOfStatus(status: number): SyncErrorCode {
  const found = Object.entries(SYNC_ERROR_STATUS).find(([code, s]) => s === status && code !== 'revoked' && code !== 'resnapshot');
  return (found?.[0] as SyncErrorCode | undefined) ?? 'internal';
}

async function errorOf(response: Response): Promise<SyncProtocolError> {
  const text = await response.text();
  try {
    const parsed = SyncErrorBody.safeParse(JSON.parse(text));
    if (parsed.success) {
      const { code, message, ...details } = parsed.data.error;
      return new SyncProtocolError(code, message, details);
    }
  } catch {
    // not JSON: said by the status below
  }
  return new SyncProtocolError(codeOfStatus(response.status), `HQ answered HTTP ${response.status}: ${text.slice(0, 200)}`);
}

export function createHttpTransport(hqUrl: string, { timeoutMs = REQUEST_TIMEOUT_MS } = {}): HqEndpoints {
  const base = hqUrl.replace(/\/+$/, '');

  async function send(path: string, init: { method: string; token?: string; body?: Uint8Array; type?: string }): Promise<Response> {
    const headers: Record<string, string> = { 'accept-encoding': 'gzip' };
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    let body = init.body;
    if (body) {
      headers['content-type'] = init.type ?? 'application/json';
      if (body.length > GZIP_ABOVE_BYTES && init.type !== 'application/octet-stream') {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
    }
    const response = await fetch(`${base}${path}`, { method: init.method, headers, body, signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) throw await errorOf(response);
    return response;
  }

  async function post<T>(path: string, token: string | undefined, request: unknown, schema: z.ZodType<T>): Promise<T> {
    const response = await send(path, { method: 'POST', token, body: Buffer.from(JSON.stringify(request)) });
    const parsed = schema.safeParse(await response.json());
    if (!parsed.success) throw new SyncProtocolError('invalid', `HQ's answer to ${path} is not the protocol's: ${parsed.error.message.slice(0, 300)}`);
    return parsed.data;
  }

  return {
    enroll: (request) => post('/sync/v1/enroll', undefined, request, EnrollResponse),
    push: (token, request) => post('/sync/v1/push', token, request, PushResponse),
    pull: (token, request) => post('/sync/v1/pull', token, request, PullResponse),
    missingAssets: async (token, hashes) => (await post('/sync/v1/assets/missing', token, { hashes }, MissingAssetsResponse)).missing,
    async putAsset(token, hash, bytes) {
      const response = await send(`/sync/v1/assets/${hash}`, { method: 'PUT', token, body: bytes, type: 'application/octet-stream' });
      await response.arrayBuffer();
    },
    async getAsset(token, hash) {
      const response = await send(`/sync/v1/assets/${hash}`, { method: 'GET', token });
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}
