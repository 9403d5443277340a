import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../../src-shared/contract';
import type { ApiError, ChangeEvent, Envelope, ErrorCode } from '../../src-shared/contract/define';
import { dispatch, findMethod } from '../services/dispatch';
import { isAssetPath, readAssetResponse } from '../services/library/asset-response';
import { describeApi } from './api-index';
import { hasValidToken, isAllowedOrigin, sameToken, setSecurityHeaders, tokenCookie } from './security';
import { resolveStaticFile, sendFile } from './static-files';

/** What browser mode needs from the back end (the real `Backend` satisfies it). */
export interface WebBackend {
  handlers: Handlers;
  /** The workspace folder, whose library files `GET /media/<sha256>` serves. */
  dataDir: string;
  onChange(listener: (event: ChangeEvent) => void): () => void;
}

export interface WebServerOptions {
  backend: WebBackend;
  /** 0 (default) picks a free port. */
  port?: number;
  host?: '127.0.0.1';
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** Session token; a random 32-byte hex string when not given. */
  token?: string;
  /** Largest accepted request body in bytes (default 5 MB). */
  maxBodyBytes?: number;
  /** Interval of the SSE keep-alive comment (default 25 s). */
  heartbeatMs?: number;
}

export interface WebServer {
  /** The reusable URL with the session token, printed for scripts and tests (`--no-open`). */
  url: string;
  port: number;
  token: string;
  /**
   * A URL for a browser the app opens itself: its one-time code is spent on the first visit and
   * expires within a minute, so the command line of the opener (visible in `ps`) and the
   * browser's history never hold a key that still works.
   */
  oneTimeUrl(): string;
  close(): Promise<void>;
}

const ONE_TIME_CODE_MS = 60_000;

/** HTTP status per envelope error code; a code not listed here answers 500. */
const STATUS_OF: Record<string, number> = { validation: 400, unauthorized: 401, not_found: 404, conflict: 409, unsupported: 501, storage_full: 507, busy: 503, internal: 500 };

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, error: ApiError): void {
  sendJson(res, status, { ok: false, error } satisfies Envelope<never>);
}

const UNAUTHORIZED_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>OpsBench 运营台</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40em; margin: 4em auto; line-height: 1.6">
<h1>OpsBench 运营台</h1>
<p>此页面需要会话令牌。请打开 <code>npm run web</code> 在终端中打印的完整网址（含 <code>?token=…</code>）。每次启动令牌都会更换。</p>
<p lang="en">This page needs the session token. Open the full URL that <code>npm run web</code> printed in the terminal (including <code>?token=…</code>). The token changes every time the server starts.</p>
</body></html>
`;

async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, 'validation', `request body is larger than ${limit} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new HttpError(413, 'validation', `request body is larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  let text: string;
  try {
    // Fatal: bytes that are not UTF-8 are refused, never silently turned into U+FFFD and stored.
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new HttpError(400, 'validation', 'request body is not valid UTF-8');
  }
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'validation', 'request body is not valid JSON');
  }
}

/** Browser mode: the built renderer and the contract over HTTP, on 127.0.0.1 only. */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const { backend, rendererDir } = options;
  const token = options.token ?? randomBytes(32).toString('hex');
  const maxBodyBytes = options.maxBodyBytes ?? 5 * 1024 * 1024;
  const heartbeatMs = options.heartbeatMs ?? 25_000;
  const streams = new Set<() => void>();
  /** One-time code → when it expires. */
  const oneTimeCodes = new Map<string, number>();
  let port = 0;

  function spendOneTimeCode(code: string | null): boolean {
    if (!code) return false;
    const expires = oneTimeCodes.get(code);
    oneTimeCodes.delete(code);
    return expires !== undefined && expires > Date.now();
  }

  async function callMethod(req: IncomingMessage, res: ServerResponse, domain: string, methodName: string): Promise<void> {
    if (req.method !== 'POST') throw new HttpError(405, 'unsupported', 'use POST for API methods');
    // Only JSON: a form or text/plain post is what another site could send without a CORS preflight.
    if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) throw new HttpError(415, 'unsupported', 'API calls take Content-Type: application/json');
    const input = await readJsonBody(req, Math.max(maxBodyBytes, findMethod(domain, methodName)?.maxInputBytes ?? 0));
    const envelope = await dispatch(backend.handlers, domain, methodName, input);
    sendJson(res, envelope.ok ? 200 : (STATUS_OF[envelope.error.code] ?? 500), envelope);
  }

  function openEventStream(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store, no-transform', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    const unsubscribe = backend.onChange((event) => res.write(`event: changed\ndata: ${JSON.stringify(event)}\n\n`));
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), heartbeatMs);
    const stop = (): void => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(stop);
      res.end();
    };
    streams.add(stop);
    req.on('close', stop);
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'unsupported', 'method not allowed');
    const fromQuery = sameToken(url.searchParams.get('token') ?? undefined, token) || spendOneTimeCode(url.searchParams.get('code'));
    if (!fromQuery && !hasValidToken(req, token, port)) {
      res.writeHead(401, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(UNAUTHORIZED_PAGE);
      return;
    }
    if (fromQuery) {
      // The key becomes an HttpOnly cookie and leaves the address bar (and so the history) at once.
      url.searchParams.delete('token');
      url.searchParams.delete('code');
      res.writeHead(303, { 'Set-Cookie': tokenCookie(token, port), Location: `${url.pathname}${url.search}`, 'Cache-Control': 'no-store' });
      res.end();
      return;
    }
    const file = await resolveStaticFile(rendererDir, url.pathname);
    if (!file) throw new HttpError(404, 'not_found', 'no such file');
    await sendFile(res, file, req.method === 'HEAD');
  }

  /** A library image (`/media/<sha256>`), for the page that holds the session cookie only. */
  async function serveAsset(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'unsupported', 'use GET for assets');
    if (!hasValidToken(req, token, port)) throw new HttpError(401, 'unauthorized', 'missing or stale session token: open the URL printed by npm run web');
    const answer = await readAssetResponse(backend.dataDir, path);
    res.writeHead(answer.status, answer.headers);
    res.end(req.method === 'HEAD' ? undefined : answer.body);
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    if (!isAllowedOrigin(req, port)) throw new HttpError(403, 'unauthorized', 'foreign Host or Origin: browser mode answers only http://127.0.0.1 and http://localhost');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const path = url.pathname;
    if (isAssetPath(path)) return serveAsset(req, res, path);
    if (path !== '/api' && !path.startsWith('/api/')) return serveStatic(req, res, url);
    if (!hasValidToken(req, token, port)) throw new HttpError(401, 'unauthorized', 'missing or stale session token: open the URL printed by npm run web');
    if (path === '/api' || path === '/api/') {
      if (req.method !== 'GET') throw new HttpError(405, 'unsupported', 'use GET /api');
      return sendJson(res, 200, describeApi());
    }
    if (path === '/api/events') {
      if (req.method !== 'GET') throw new HttpError(405, 'unsupported', 'use GET /api/events');
      return openEventStream(req, res);
    }
    const parts = path.slice('/api/'.length).split('/');
    if (parts.length !== 2 || !parts[0] || !parts[1]) throw new HttpError(404, 'not_found', 'use POST /api/<domain>/<method>');
    return callMethod(req, res, parts[0], parts[1]);
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      const httpError = error instanceof HttpError ? error : new HttpError(500, 'internal', error instanceof Error ? error.message : String(error));
      if (!(error instanceof HttpError)) console.error('[opsbench] web request failed:', error);
      if (res.headersSent) return void res.destroy();
      if (httpError.status === 413) res.setHeader('Connection', 'close');
      sendError(res, httpError.status, { code: httpError.code, message: httpError.message });
    });
  });
  // Headers must arrive promptly; SSE responses themselves stay open indefinitely.
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    oneTimeUrl() {
      const code = randomBytes(24).toString('hex');
      for (const [old, expires] of oneTimeCodes) if (expires <= Date.now()) oneTimeCodes.delete(old);
      oneTimeCodes.set(code, Date.now() + ONE_TIME_CODE_MS);
      return `http://127.0.0.1:${port}/?code=${code}`;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const stop of [...streams]) stop();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
