import { describe, expect, it } from 'vitest';
import { channelOf, contract, listMethods } from '../../../src-shared/contract';
import type { ChangeEvent, Envelope } from '../../../src-shared/contract/define';
import { buildPreloadApi, SAVE_PDF_CHANNEL } from '../../../src-main/app/preload-api';

function fakeContextBridge() {
  const exposed: Record<string, unknown> = {};
  return { exposed, exposeInMainWorld: (key: string, value: unknown) => void (exposed[key] = value) };
}

describe('buildPreloadApi', () => {
  it('exposes one function per contract method and only onChanged and savePdf besides', () => {
    const api = buildPreloadApi(
      async () => ({ ok: true, data: null }),
      () => () => {},
    ) as unknown as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...Object.keys(contract), 'onChanged', 'savePdf'].sort());
    for (const domain of Object.keys(contract)) {
      const methods = api[domain] as Record<string, unknown>;
      expect(Object.keys(methods).sort()).toEqual(Object.keys(contract[domain as keyof typeof contract].methods).sort());
      for (const fn of Object.values(methods)) expect(typeof fn).toBe('function');
    }
  });

  it('sends each method on its own contract channel and returns the envelope', async () => {
    const calls: Array<[string, unknown]> = [];
    const api = buildPreloadApi(
      async (channel, input) => {
        calls.push([channel, input]);
        return { ok: true, data: channel } as Envelope<unknown>;
      },
      () => () => {},
    );
    const bridge = fakeContextBridge();
    bridge.exposeInMainWorld('opsbench', api);
    const exposed = bridge.exposed.opsbench as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;
    for (const [domain, method] of listMethods()) {
      expect(await exposed[domain]![method]!({ probe: 1 })).toEqual({ ok: true, data: channelOf(domain, method) });
    }
    expect(calls.map(([c]) => c)).toEqual(listMethods().map(([d, m]) => channelOf(d, m)));
    await exposed.accounts!.list!();
    expect(calls.at(-1)).toEqual(['accounts.list', {}]);
  });

  it('delivers change events to a listener until it unsubscribes', () => {
    const listeners = new Set<(e: ChangeEvent) => void>();
    const api = buildPreloadApi(
      async () => ({ ok: true, data: null }),
      (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    );
    const received: ChangeEvent[] = [];
    const off = api.onChanged((e) => received.push(e));
    listeners.forEach((l) => l({ domain: 'team' }));
    off();
    listeners.forEach((l) => l({ domain: 'team' }));
    expect(received).toEqual([{ domain: 'team' }]);
    expect(() => api.onChanged('nope' as never)).toThrow(TypeError);
  });

  it('sends save as PDF on its own channel with the file name as text', async () => {
    const calls: Array<[string, unknown]> = [];
    const api = buildPreloadApi(
      async (channel, input) => {
        calls.push([channel, input]);
        return { ok: true, data: { saved: '/tmp/x.pdf' } } as Envelope<unknown>;
      },
      () => () => {},
    );
    expect(await api.savePdf('排期表 2026-10')).toEqual({ ok: true, data: { saved: '/tmp/x.pdf' } });
    expect(calls).toEqual([[SAVE_PDF_CHANNEL, '排期表 2026-10']]);
  });
});
