import { describe, expect, it } from 'vitest';
import { channelOf, EVENTS_CHANNEL, listMethods } from '../../../src-shared/contract';
import { registerIpc, type IpcMainLike, type InvokeEventLike, type WindowLike } from '../../../src-main/app/ipc';
import { APP_ORIGIN, isAppUrl } from '../../../src-main/app/navigation';
import { fakeBackend } from './fake-backend';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler(channel) {
      handlers.delete(channel);
    },
  };
  const invoke = (channel: string, input: unknown, url = `${APP_ORIGIN}/index.html`) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler({ senderFrame: { url } }, input);
  };
  return { ipcMain, handlers, invoke };
}

function fakeWindow(destroyed = false) {
  const sent: Array<[string, unknown[]]> = [];
  const win: WindowLike = { webContents: { send: (channel, ...args) => void sent.push([channel, args]), isDestroyed: () => destroyed } };
  return { win, sent };
}

const trusted = (url: string) => isAppUrl(url, undefined);

describe('registerIpc', () => {
  it('registers exactly one handler per contract method, on the contract channel', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    registerIpc(ipcMain, fakeBackend(), () => [], trusted);
    expect([...handlers.keys()].sort()).toEqual(
      listMethods()
        .map(([d, m]) => channelOf(d, m))
        .sort(),
    );
  });

  it('answers a valid call with the handler result in an ok envelope', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    registerIpc(ipcMain, fakeBackend(), () => [], trusted);
    expect(await invoke('settings.update', { language: 'en' })).toEqual({ ok: true, data: { language: 'en' } });
  });

  it('answers invalid input with a validation envelope naming the field', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    registerIpc(ipcMain, fakeBackend(), () => [], trusted);
    const result = (await invoke('settings.update', { language: 'klingon' })) as { ok: false; error: { code: string; issues: Array<{ path: unknown[] }> } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('validation');
    expect(result.error.issues[0]!.path).toEqual(['language']);
  });

  it('refuses calls from a page that is not the app', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    registerIpc(ipcMain, fakeBackend(), () => [], trusted);
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', '']) {
      expect(await invoke('settings.get', {}, url)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
  });

  it('forwards change events to every live window and stops after dispose', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const backend = fakeBackend();
    const a = fakeWindow();
    const b = fakeWindow();
    const gone = fakeWindow(true);
    const dispose = registerIpc(ipcMain, backend, () => [a.win, b.win, gone.win], trusted);
    backend.emit({ domain: 'accounts', ids: ['x'] });
    expect(a.sent).toEqual([[EVENTS_CHANNEL, [{ domain: 'accounts', ids: ['x'] }]]]);
    expect(b.sent).toHaveLength(1);
    expect(gone.sent).toHaveLength(0);
    dispose();
    backend.emit({ domain: 'accounts' });
    expect(a.sent).toHaveLength(1);
    expect(handlers.size).toBe(0);
    expect(backend.listenerCount()).toBe(0);
  });
});
