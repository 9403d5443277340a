import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import type { HqEndpoints } from '../../src-shared/contract/sync-protocol';
import { dumpHqTemplate, hqMigrationsDir, openHqDatabase, type HqDatabase } from '../../src-hq/db/open';
import { createHqServer } from '../../src-hq/server/server';
import { createTenant, revokeDevice } from '../../src-hq/sync/admin';
import { createHqSync, type HqSyncOptions } from '../../src-hq/sync/service';
import { freshPgDatabase, PG_SKIP_REASON, PG_URL } from './pg-database';

export { freshPgDatabase, PG_SKIP_REASON, PG_URL };

// A real HQ server for tests: in-memory PGlite by default, or a fresh PostgreSQL database on
// OPSBENCH_TEST_PG_URL; real HTTP on 127.0.0.1 (a free port).

/** `describe` for PostgreSQL variants: skipped with the reason where there is no PostgreSQL. */
export const describePg: (name: string, body: () => void) => void = (name, body) => (PG_URL ? describe(name, body) : describe.skip(`${name} (${PG_SKIP_REASON})`, body));

/** The engines a behaviour runs on here: PGlite always, PostgreSQL where OPSBENCH_TEST_PG_URL is set. */
export const HQ_ENGINES: Array<{ name: string; postgres: boolean }> = [{ name: 'PGlite', postgres: false }, ...(PG_URL ? [{ name: 'PostgreSQL', postgres: true }] : [])];

export interface StartedHq {
  /** e.g. http://127.0.0.1:43121 */
  url: string;
  /** The same service in process (no HTTP). */
  sync: HqEndpoints;
  db: HqDatabase;
  addTenant(name: string): Promise<{ tenantId: string; code: string }>;
  revoke(deviceId: string): Promise<void>;
  close(): Promise<void>;
}

export interface StartHqOptions extends HqSyncOptions {
  postgres?: boolean;
}

/**
 * A migrated empty database to start in-memory servers from: PGlite's initdb takes seconds (more
 * on a busy machine), loading a dump a fraction. Made once per set of migrations, in the temp folder.
 */
async function pgliteTemplate(): Promise<Blob> {
  const migrations = hqMigrationsDir();
  const hash = createHash('sha256');
  for (const name of readdirSync(migrations).sort()) if (name.endsWith('.sql')) hash.update(name).update(readFileSync(join(migrations, name)));
  const file = join(tmpdir(), `opsbench-hq-template-${hash.digest('hex').slice(0, 16)}.tar.gz`);
  if (!existsSync(file)) {
    const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(draft, await dumpHqTemplate());
    renameSync(draft, file);
  }
  return new Blob([readFileSync(file)]);
}

/** Timeout for a hook that starts HQ: the first start on a machine makes the template (initdb). */
export const HQ_START_TIMEOUT = 180_000;

export async function startHq({ postgres = false, ...syncOptions }: StartHqOptions = {}): Promise<StartedHq> {
  const pgDatabase = postgres ? await freshPgDatabase() : undefined;
  const db = await openHqDatabase(pgDatabase ? { url: pgDatabase.url } : { memory: true, template: await pgliteTemplate() });
  const sync = createHqSync(db, syncOptions);
  const server = await createHqServer({ db, sync });
  const address = await server.listen({ host: '127.0.0.1', port: 0 });
  return {
    url: address,
    sync,
    db,
    addTenant: async (name) => {
      const { tenant, code } = await createTenant(db, name, { now: syncOptions.now });
      return { tenantId: tenant.id, code };
    },
    revoke: async (deviceId) => {
      await revokeDevice(db, deviceId, { now: syncOptions.now });
    },
    close: async () => {
      await server.close();
      await db.close();
      await pgDatabase?.drop();
    },
  };
}
