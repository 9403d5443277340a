import compress from '@fastify/compress';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { MAX_SINGLE_ROW_PUSH_BYTES, SYNC_ERROR_STATUS, SYNC_PROTOCOL_VERSION, SyncProtocolError, type HqEndpoints, type SyncErrorBody, type SyncErrorCode } from '../../src-shared/contract/sync-protocol';
import type { HqDatabase } from '../db/open';
import { MAX_ASSET_BYTES } from '../sync/service';

// HQ over HTTP: each route is one `HqEndpoints` call (sync-protocol.ts). gzip both ways: answers
// when the client accepts it, request bodies sent with `Content-Encoding: gzip`.

export interface HqServerOptions {
  db: HqDatabase;
  sync: HqEndpoints;
  /** Fastify's request log (off by default: the CLI prints its own lines). */
  logger?: boolean;
  /** Told of every unexpected failure (a 500), stack and all; the answer itself never carries them. */
  onUnexpectedError?: (error: Error, request: FastifyRequest) => void;
}

/** JSON requests are small; twice a batch leaves room for the service to answer `too_large` itself. */
export const JSON_BODY_LIMIT = 2 * 1024 * 1024;

function bearer(request: FastifyRequest): string {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new SyncProtocolError('unauthorized', 'Authorization: Bearer <device token> is missing');
  return match[1]!;
}

function sendError(reply: FastifyReply, code: SyncErrorCode, message: string, details: Omit<SyncErrorBody['error'], 'code' | 'message'> = {}): FastifyReply {
  const body: SyncErrorBody = { error: { code, message, ...details } };
  return reply.code(SYNC_ERROR_STATUS[code]).type('application/json').send(body);
}

/** Fastify's own refusals (body parsing, limits, encodings) in the protocol's words. */
function frameworkCode(error: FastifyError): SyncErrorCode | undefined {
  if (error.statusCode === 413) return 'too_large';
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) return 'invalid';
  return undefined;
}

export async function createHqServer({ sync, logger = false, onUnexpectedError = (error, request) => request.log.error(error) }: HqServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger, bodyLimit: JSON_BODY_LIMIT });
  await app.register(compress, { global: true, encodings: ['gzip', 'identity'], requestEncodings: ['gzip', 'identity'] });
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: MAX_ASSET_BYTES }, (_request, body, done) => done(null, body));

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof SyncProtocolError) return sendError(reply, error.code, error.message, error.details);
    const code = frameworkCode(error);
    if (code) return sendError(reply, code, error.message);
    onUnexpectedError(error, request);
    return sendError(reply, 'internal', 'internal error');
  });
  app.setNotFoundHandler((request, reply) => sendError(reply, 'not_found', `no route ${request.method} ${request.url}`));

  app.get('/', (_request, reply) => reply.type('text/plain; charset=utf-8').send('OpsBench HQ\n'));
  app.get('/health', () => ({ ok: true, protocol: SYNC_PROTOCOL_VERSION }));

  app.post('/sync/v1/enroll', (request) => sync.enroll(request.body as never));
  // A push may be one row larger than a batch (sync-protocol.ts); gzip bodies count after gunzip.
  app.post('/sync/v1/push', { bodyLimit: MAX_SINGLE_ROW_PUSH_BYTES }, (request) => sync.push(bearer(request), request.body as never));
  app.post('/sync/v1/pull', (request) => sync.pull(bearer(request), request.body as never));
  app.post('/sync/v1/assets/missing', async (request) => {
    const token = bearer(request);
    const hashes = (request.body as { hashes?: unknown } | undefined)?.hashes;
    return { missing: await sync.missingAssets(token, hashes as string[]) };
  });
  app.put<{ Params: { hash: string } }>('/sync/v1/assets/:hash', { bodyLimit: MAX_ASSET_BYTES }, async (request, reply) => {
    const token = bearer(request);
    if (!Buffer.isBuffer(request.body)) throw new SyncProtocolError('invalid', 'send the bytes as application/octet-stream');
    await sync.putAsset(token, request.params.hash, request.body);
    return reply.code(204).send();
  });
  app.get<{ Params: { hash: string } }>('/sync/v1/assets/:hash', async (request, reply) => {
    const bytes = await sync.getAsset(bearer(request), request.params.hash);
    return reply.type('application/octet-stream').send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
  return app;
}
