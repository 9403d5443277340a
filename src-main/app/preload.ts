// Runs in the sandboxed preload: exposes `window.opsbench` built from the contract, and nothing else.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENTS_CHANNEL } from '../../src-shared/contract';
import type { ChangeEvent, Envelope } from '../../src-shared/contract/define';
import { buildPreloadApi } from './preload-api';

const api = buildPreloadApi(
  (channel, input) => ipcRenderer.invoke(channel, input) as Promise<Envelope<unknown>>,
  (listener) => {
    const forward = (_event: IpcRendererEvent, change: ChangeEvent): void => listener(change);
    ipcRenderer.on(EVENTS_CHANNEL, forward);
    return () => ipcRenderer.removeListener(EVENTS_CHANNEL, forward);
  },
);

contextBridge.exposeInMainWorld('opsbench', api);
