import { channelOf, EVENTS_CHANNEL, listMethods, type Handlers } from '../../src-shared/contract';
import type { ChangeEvent, Envelope } from '../../src-shared/contract/define';
import { dispatch } from '../services/dispatch';

// Structural types instead of electron's, so tests drive this module with fakes (loading the
// electron package outside Electron tries to download its binary).

export interface InvokeEventLike {
  senderFrame: { url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface WindowLike {
  webContents: { send(channel: string, ...args: unknown[]): void; isDestroyed(): boolean };
}

export interface IpcBackend {
  handlers: Handlers;
  onChange(listener: (event: ChangeEvent) => void): () => void;
}

/**
 * The one IPC registration: every contract method becomes `ipcMain.handle(channel)`, validated and
 * wrapped by dispatch; change events go to every window. A new contract method needs no code here.
 * Returns a function that removes the handlers and the change subscription.
 */
export function registerIpc(ipcMain: IpcMainLike, backend: IpcBackend, getWindows: () => WindowLike[], isTrustedSender: (url: string) => boolean): () => void {
  const channels: string[] = [];
  for (const [domain, methodName] of listMethods()) {
    const channel = channelOf(domain, methodName);
    ipcMain.handle(channel, async (event, input): Promise<Envelope<unknown>> => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedSender(url)) return { ok: false, error: { code: 'unauthorized', message: `IPC from an untrusted page refused: ${url || 'unknown frame'}` } };
      return dispatch(backend.handlers, domain, methodName, input);
    });
    channels.push(channel);
  }
  const unsubscribe = backend.onChange((change) => {
    for (const win of getWindows()) if (!win.webContents.isDestroyed()) win.webContents.send(EVENTS_CHANNEL, change);
  });
  return () => {
    unsubscribe();
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
