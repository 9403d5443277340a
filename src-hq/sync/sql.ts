import type { SQL } from 'drizzle-orm';
import type { HqDrizzle } from '../db/open';

/** The rows of a raw query, on either driver (both answer `{ rows }`). */
export async function queryRows<T>(db: HqDrizzle, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
