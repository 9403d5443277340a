import { sql } from 'drizzle-orm';
import { OFFLINE_HORIZON_DAYS } from '../../src-shared/contract/sync-protocol';
import type { HqDatabase } from '../db/open';
import { queryRows } from './sql';

// Tombstones are kept for the offline horizon, then purged. Each tenant remembers the highest
// version it purged: a device whose cursor is older may have missed a deletion and re-snapshots.

export interface PurgeOptions {
  now: Date;
  horizonDays?: number;
}

/** Deletes rows deleted before the horizon; returns how many rows went. */
export async function purgeTombstones(hq: HqDatabase, { now, horizonDays = OFFLINE_HORIZON_DAYS }: PurgeOptions): Promise<number> {
  const before = new Date(now.getTime() - horizonDays * 86_400_000).toISOString();
  return hq.transaction(async (tx) => {
    // Pushes hold their tenant's row while they merge: purging waits for them and they for it.
    await tx.execute(sql`SELECT id FROM tenants ORDER BY id FOR UPDATE`);
    // `deleted_at` holds the desktop's ISO timestamps, which compare as text.
    const purged = await queryRows<{ tenant_id: string; version: string | number; rows: string | number }>(
      tx,
      sql`WITH gone AS (DELETE FROM sync_rows WHERE deleted_at IS NOT NULL AND deleted_at < ${before} RETURNING tenant_id, version)
          SELECT tenant_id, max(version) AS version, count(*) AS rows FROM gone GROUP BY tenant_id`,
    );
    for (const tenant of purged) {
      await tx.execute(sql`UPDATE tenants SET purged_version = greatest(purged_version, ${Number(tenant.version)}) WHERE id = ${tenant.tenant_id}`);
    }
    return purged.reduce((sum, tenant) => sum + Number(tenant.rows), 0);
  });
}
