import type { z } from 'zod';
import { channelOf, contract, listMethods, type Contract, type DomainName } from '../../src-shared/contract';
import type { ChangeEvent, DomainSpec, Envelope } from '../../src-shared/contract/define';

type EnvelopeDomain<D extends DomainSpec> = {
  [K in keyof D['methods']]: (input?: z.input<D['methods'][K]['input']>) => Promise<Envelope<z.infer<D['methods'][K]['output']>>>;
};

/** Every contract method, resolving to the same envelope the HTTP transport returns. */
export type EnvelopeClient = { [D in DomainName]: EnvelopeDomain<Contract[D]> };

/** The one IPC channel besides the contract's: Electron's save as PDF of the window (print-pdf.ts). */
export const SAVE_PDF_CHANNEL = 'app.savePdf';

/** What the preload puts on `window.opsbench`: one function per contract method, the change feed and save as PDF. */
export type PreloadApi = EnvelopeClient & {
  /** Calls `listener` after the back end changed a domain's data; returns the unsubscribe function. */
  onChanged(listener: (event: ChangeEvent) => void): () => void;
  /** Prints the window (its print CSS) to a PDF file the operator picks; `saved` is null when cancelled. */
  savePdf(fileName: string): Promise<Envelope<{ saved: string | null }>>;
};

export type Invoke = (channel: string, input: unknown) => Promise<Envelope<unknown>>;
export type Subscribe = (listener: (event: ChangeEvent) => void) => () => void;

/**
 * Builds the API from the contract's method list. Each function invokes only its own fixed
 * channel, so the page can reach nothing but the contract and save as PDF (never a raw ipcRenderer).
 */
export function buildPreloadApi(invoke: Invoke, subscribe: Subscribe): PreloadApi {
  const api: Record<string, unknown> = {};
  for (const domain of Object.keys(contract)) api[domain] = {};
  for (const [domain, methodName] of listMethods()) {
    const channel = channelOf(domain, methodName);
    (api[domain] as Record<string, unknown>)[methodName] = (input?: unknown) => invoke(channel, input ?? {});
  }
  api.onChanged = (listener: (event: ChangeEvent) => void) => {
    if (typeof listener !== 'function') throw new TypeError('onChanged needs a function');
    return subscribe(listener);
  };
  api.savePdf = (fileName: string) => invoke(SAVE_PDF_CHANNEL, String(fileName));
  return api as PreloadApi;
}
