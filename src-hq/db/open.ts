import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { acquireHqLock } from './lock';
import * as schema from './schema';

/** The drizzle database of either engine (a transaction has the same type). */
export type HqDrizzle = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface HqDatabase {
  readonly kind: 'pglite' | 'postgres';
  readonly db: HqDrizzle;
  transaction<T>(work: (tx: HqDrizzle) => Promise<T>): Promise<T>;
  /** PGlite in a folder only: writes a gzipped dump to `<dataDir>/backups` and returns its path. */
  backup(): Promise<string>;
  close(): Promise<void>;
}

/**
 * `memory`: tests. PGlite's initdb takes seconds, so tests start from `template`, a dump of a
 * migrated database (`dumpHqTemplate`), in a fraction of that.
 */
export type HqDatabaseOptions = { dataDir: string } | { url: string } | { memory: true; template?: Blob };

const BACKUPS_KEPT = 10;

/** `migrations/hq` beside the package: two folders up from src-hq/db (tests, tsx) and out/main (the build). */
export function hqMigrationsDir(): string {
  return fileURLToPath(new URL('../../migrations/hq', import.meta.url));
}

/** `OPSBENCH_HQ_DATA_DIR`, else a per-user folder. */
export function defaultHqDataDir(): string {
  if (process.env.OPSBENCH_HQ_DATA_DIR) return process.env.OPSBENCH_HQ_DATA_DIR;
  const base = process.platform === 'win32' ? (process.env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local')) : (process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'));
  return join(base, 'opsbench-hq');
}

export async function openHqDatabase(options: HqDatabaseOptions): Promise<HqDatabase> {
  if ('url' in options) return openPostgres(options.url);
  if ('memory' in options) return openPglite(await PGlite.create(options.template ? { loadDataDir: options.template } : {}), undefined);
  mkdirSync(options.dataDir, { recursive: true });
  const release = acquireHqLock(options.dataDir);
  try {
    const database = await openPglite(await PGlite.create(join(options.dataDir, 'pgdata')), options.dataDir);
    const close = database.close;
    return { ...database, close: () => close().finally(release) };
  } catch (error) {
    release();
    throw error;
  }
}

/** A gzipped dump of a freshly migrated in-memory database, for `{ memory: true, template }`. */
export async function dumpHqTemplate(): Promise<Uint8Array> {
  const client = await PGlite.create();
  try {
    await migratePglite(drizzlePglite({ client, schema }), { migrationsFolder: hqMigrationsDir() });
    return new Uint8Array(await (await client.dumpDataDir('gzip')).arrayBuffer());
  } finally {
    await client.close();
  }
}

async function openPglite(client: PGlite, dataDir: string | undefined): Promise<HqDatabase> {
  const db = drizzlePglite({ client, schema });
  await migratePglite(db, { migrationsFolder: hqMigrationsDir() });
  return {
    kind: 'pglite',
    db: db as unknown as HqDrizzle,
    transaction: (work) => db.transaction((tx) => work(tx as unknown as HqDrizzle)),
    backup: async () => {
      if (!dataDir) throw new Error('an in-memory database has no backups');
      const folder = join(dataDir, 'backups');
      mkdirSync(folder, { recursive: true });
      const file = join(folder, `hq-${new Date().toISOString().replace(/[:.]/g, '-')}.tar.gz`);
      writeFileSync(file, new Uint8Array(await (await client.dumpDataDir('gzip')).arrayBuffer()));
      const old = readdirSync(folder)
        .filter((name) => /^hq-.*\.tar\.gz$/.test(name))
        .sort()
        .slice(0, -BACKUPS_KEPT);
      for (const name of old) rmSync(join(folder, name));
      return file;
    },
    close: async () => {
      if (client.closed) return;
      if (dataDir) await client.exec('CHECKPOINT');
      await client.close();
    },
  };
}

async function openPostgres(url: string): Promise<HqDatabase> {
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  const db = drizzlePg({ client: pool, schema });
  try {
    await migratePg(db, { migrationsFolder: hqMigrationsDir() });
  } catch (error) {
    await pool.end();
    throw error;
  }
  let closed = false;
  return {
    kind: 'postgres',
    db: db as unknown as HqDrizzle,
    transaction: (work) => db.transaction((tx) => work(tx as unknown as HqDrizzle)),
    backup: () => Promise.reject(new Error('PostgreSQL is backed up with its own tools (pg_dump)')),
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
