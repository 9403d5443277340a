import { describe, expect, it } from 'vitest';
import { listMethods } from '../../../src-shared/contract';
import { ApiCallError, createClient, rawCall } from '../../../src-renderer/lib/api';

describe('api client', () => {
  it('has a function for every contract method', () => {
    const client = createClient(async () => null) as unknown as Record<string, Record<string, unknown>>;
    for (const [domain, method] of listMethods()) expect(typeof client[domain]?.[method]).toBe('function');
  });

  it('unwraps the envelope of the preload bridge and throws its error with the issues', async () => {
    const issues = [{ path: ['name'], message: 'validation.required' }];
    (globalThis as { window?: unknown }).window = {
      opsbench: {
        accounts: {
          list: async () => ({ ok: true, data: [] }),
          create: async () => ({ ok: false, error: { code: 'validation', message: 'invalid input', issues } }),
        },
        onChanged: () => () => undefined,
      },
    };
    try {
      await expect(rawCall('accounts', 'list', {})).resolves.toEqual([]);
      const error = await rawCall('accounts', 'create', {}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiCallError);
      expect(error).toMatchObject({ code: 'validation', issues });
    } finally {
      delete (globalThis as { window?: unknown }).window;
    }
  });

  it('posts JSON to /api/<domain>/<method> in browser mode, authenticated by the session cookie', async () => {
    (globalThis as { window?: unknown }).window = { location: { search: '' } };
    const realFetch = globalThis.fetch;
    const seen: Array<{ url: string; init: RequestInit }> = [];
    globalThis.fetch = (async (url: string, init: RequestInit) => {
      seen.push({ url, init });
      return new Response(JSON.stringify({ ok: false, error: { code: 'not_found', message: 'account x not found' } }), { status: 404 });
    }) as typeof fetch;
    try {
      const error = await rawCall('accounts', 'get', { id: 'x' }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'not_found', message: 'account x not found' });
      expect(seen[0]?.url).toBe('/api/accounts/get');
      expect(seen[0]?.init).toMatchObject({ method: 'POST', credentials: 'same-origin', body: '{"id":"x"}' });
      expect(seen[0]?.init.headers).toEqual({ 'Content-Type': 'application/json' });
    } finally {
      globalThis.fetch = realFetch;
      delete (globalThis as { window?: unknown }).window;
    }
  });
});
