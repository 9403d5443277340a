import { randomBytes } from 'node:crypto';
import pg from 'pg';

// Fresh PostgreSQL databases for the HQ tests and benchmarks (no vitest here: the bench imports it).

/** The PostgreSQL the PG variants run on (CI sets it); unset, they skip and PGlite covers them. */
export const PG_URL = process.env.OPSBENCH_TEST_PG_URL || undefined;
export const PG_SKIP_REASON = 'OPSBENCH_TEST_PG_URL not set: the PGlite variant covers it';

/** A fresh database `hq_t_<random>` on `serverUrl`; `drop` removes it. */
export async function freshPgDatabase(serverUrl: string | undefined = PG_URL): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!serverUrl) throw new Error(PG_SKIP_REASON);
  const name = `hq_t_${randomBytes(6).toString('hex')}`;
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** Whether a PostgreSQL answers at `url` (benchmarks use one when there is one). */
export async function pgReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
