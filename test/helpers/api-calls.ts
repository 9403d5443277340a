import type { Page, Request } from '@playwright/test';

/** One call the page sent: `domain.method` and its input. */
export interface SentCall {
  call: string;
  input: Record<string, unknown>;
}

export interface ApiCalls {
  /** The calls sent since the last `forget`, in order. */
  readonly sent: SentCall[];
  /** The names of `sent`. */
  names(): string[];
  forget(): void;
  /** Resolves once `done` holds (checked whenever a call is sent or answered); rejects after `timeoutMs`. */
  until(done: () => boolean, timeoutMs?: number): Promise<void>;
  /** Resolves once every call sent has its answer. */
  answered(): Promise<void>;
}

/** Watches the API calls a page makes to browser mode (`POST /api/<domain>/<method>`), to count and await them. */
export function watchApiCalls(page: Page): ApiCalls {
  const sent: SentCall[] = [];
  let open = 0;
  const checks = new Set<() => void>();
  const isCall = (request: Request) => request.method() === 'POST' && new URL(request.url()).pathname.startsWith('/api/');
  page.on('request', (request) => {
    if (!isCall(request)) return;
    const call = new URL(request.url()).pathname.slice('/api/'.length).replace('/', '.');
    sent.push({ call, input: (request.postDataJSON() as Record<string, unknown> | null) ?? {} });
    open++;
    checks.forEach((check) => check());
  });
  const answered = (request: Request) => {
    if (!isCall(request)) return;
    open--;
    checks.forEach((check) => check());
  };
  page.on('requestfinished', answered);
  page.on('requestfailed', answered);

  const names = () => sent.map((s) => s.call);
  function until(done: () => boolean, timeoutMs = 15_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        checks.delete(check);
        reject(new Error(`API calls: still waiting after ${timeoutMs} ms; sent ${JSON.stringify(names())}, ${open} unanswered`));
      }, timeoutMs);
      const check = () => {
        if (!done()) return;
        clearTimeout(timer);
        checks.delete(check);
        resolve();
      };
      checks.add(check);
      check();
    });
  }
  return {
    sent,
    names,
    forget: () => void sent.splice(0),
    until,
    answered: () => until(() => open === 0),
  };
}
