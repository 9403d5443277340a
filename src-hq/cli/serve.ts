import type { Language } from '../../src-shared/contract/settings';
import type { HqDatabase } from '../db/open';
import { createHqServer } from '../server/server';
import { purgeTombstones } from '../sync/purge';
import { createHqSync } from '../sync/service';
import { HqCliError, say, said } from './speak';

// `opsbench hq serve`: the sync server until SIGINT/SIGTERM, which close it cleanly (PGlite:
// checkpoint, lock released). Tombstones past the offline horizon are purged at start and daily.

const PURGE_EVERY_MS = 24 * 60 * 60 * 1000;

export interface ServeOptions {
  host: string;
  port: number;
  minAppVersion?: string;
  language: Language;
}

/** Fastify's logger is off (the CLI prints its own lines), so HQ's own failures go to stderr here. */
function logUnexpected(error: Error, request: { method: string; url: string }): void {
  process.stderr.write(`${new Date().toISOString()} ${request.method} ${request.url}: ${error.stack ?? String(error)}\n`);
}

export async function serve(hq: HqDatabase, { host, port, minAppVersion, language }: ServeOptions): Promise<void> {
  const purge = async () => {
    const count = await purgeTombstones(hq, { now: new Date() });
    if (count > 0) process.stderr.write(`${say(language, said('hq.purged', { count }))}\n`);
  };
  await purge();
  const server = await createHqServer({ db: hq, sync: createHqSync(hq, { minAppVersion }), onUnexpectedError: logUnexpected });
  try {
    await server.listen({ host, port });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new HqCliError(said('hq.errors.portInUse', { port }), 1);
    throw error;
  }
  const address = server.server.address();
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${shownHost}:${typeof address === 'object' && address ? address.port : port}`;
  process.stdout.write(`${say(language, said('hq.ready', { url }))}\n`);

  const daily = setInterval(() => {
    purge().catch((error: unknown) => process.stderr.write(`${String(error)}\n`));
  }, PURGE_EVERY_MS);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  clearInterval(daily);
  process.stderr.write(`${say(language, said('hq.stopping'))}\n`);
  await server.close();
}
