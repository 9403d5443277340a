import type { ApiClient } from '../../src-shared/contract';
import { createClient } from '../../src-shared/contract/client';
import type { ApiIssue, ChangeEvent, Envelope, ErrorCode } from '../../src-shared/contract/define';

// The one place that knows whether the UI talks to Electron (IPC through the preload's
// `window.opsbench`) or to browser mode (`POST /api/<domain>/<method>` on 127.0.0.1).

export { createClient };

/** A failed call, carrying the envelope's error; `issues` point at input fields. */
export class ApiCallError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: ApiIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

export type ChangeListener = (event: ChangeEvent) => void;
export type Unsubscribe = () => void;

/** What stores need from the outside world; tests pass a fake. */
export interface ApiDeps {
  api: ApiClient;
  onChanged: (listener: ChangeListener) => Unsubscribe;
}

type RawCall = (input: unknown) => Promise<Envelope<unknown>>;
/** Electron's save as PDF (src-main/app/print-pdf.ts): the window as printed, into a file the operator picks; saved null when cancelled. */
type SavePdf = (fileName: string) => Promise<Envelope<{ saved: string | null }>>;
interface PreloadBridge {
  [domain: string]: Record<string, RawCall> | ((listener: ChangeListener) => Unsubscribe) | SavePdf | undefined;
  onChanged: (listener: ChangeListener) => Unsubscribe;
  savePdf?: SavePdf;
}

declare global {
  interface Window {
    opsbench?: PreloadBridge;
  }
}

function bridge(): PreloadBridge | undefined {
  return typeof window === 'undefined' ? undefined : window.opsbench;
}

async function httpCall(domain: string, method: string, input: unknown): Promise<Envelope<unknown>> {
  // Authenticated by the HttpOnly cookie the server set when it took the token out of the address
  // bar; page scripts never see the token.
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  let response: Response;
  try {
    response = await fetch(`/api/${domain}/${method}`, { method: 'POST', credentials: 'same-origin', headers, body: JSON.stringify(input ?? {}) });
  } catch (error) {
    throw new ApiCallError('internal', error instanceof Error ? error.message : String(error));
  }
  try {
    return (await response.json()) as Envelope<unknown>;
  } catch {
    throw new ApiCallError('internal', `HTTP ${response.status}`);
  }
}

/**
 * Saves the window as printed to a PDF the operator picks, in Electron; undefined in browser mode,
 * where the browser's print dialog saves as PDF. Resolves to the file's path, null when cancelled.
 */
export function pdfSaver(): ((fileName: string) => Promise<string | null>) | undefined {
  const save = bridge()?.savePdf;
  if (typeof save !== 'function') return undefined;
  return async (fileName) => {
    const envelope = await save(fileName);
    if (envelope.ok) return envelope.data.saved;
    throw new ApiCallError(envelope.error.code, envelope.error.message, envelope.error.issues ?? []);
  };
}

/** Sends one call through whichever transport exists, at call time. */
export async function rawCall(domain: string, method: string, input: unknown): Promise<unknown> {
  const preload = bridge();
  const domainBridge = preload?.[domain];
  const envelope = preload && typeof domainBridge === 'object' && typeof domainBridge[method] === 'function' ? await domainBridge[method](input ?? {}) : await httpCall(domain, method, input);
  if (envelope.ok) return envelope.data;
  throw new ApiCallError(envelope.error.code, envelope.error.message, envelope.error.issues ?? []);
}

export const api: ApiClient = createClient(rawCall);

const listeners = new Set<ChangeListener>();
let source: { close(): void } | undefined;

function startEvents(): void {
  const preload = bridge();
  if (preload) {
    const off = preload.onChanged((event) => listeners.forEach((l) => l(event)));
    source = { close: off };
    return;
  }
  if (typeof EventSource === 'undefined') return;
  const events = new EventSource('/api/events', { withCredentials: true });
  events.addEventListener('changed', (message) => {
    try {
      const event = JSON.parse((message as MessageEvent<string>).data) as ChangeEvent;
      listeners.forEach((l) => l(event));
    } catch {
      // A malformed event carries nothing to reload; ignore it.
    }
  });
  source = events;
}

/** Listens to the back end's `<domain>.changed` events; one connection is shared. */
export function onChanged(listener: ChangeListener): Unsubscribe {
  listeners.add(listener);
  if (!source) startEvents();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && source) {
      source.close();
      source = undefined;
    }
  };
}

const deps: ApiDeps = { api, onChanged };

/** The dependencies of the app's stores (tests make stores with a fake). */
export function liveDeps(): ApiDeps {
  return deps;
}

/** Turns any thrown value into an ApiCallError so views can show it. */
export function asApiError(error: unknown): ApiCallError {
  if (error instanceof ApiCallError) return error;
  return new ApiCallError('internal', error instanceof Error ? error.message : String(error));
}
