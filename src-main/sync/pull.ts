import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { digestText, SyncProtocolError, type PullResponse } from '../../src-shared/contract/sync-protocol';
import { assetFile, writeAssetFile } from '../db/asset-files';
import { SYNCED_TABLES } from '../db/table-registry';
import { rowsWithPendingEntries } from './outbox-queue';
import { quote } from './statements';
import type { SyncCounts, SyncLink } from './sync-link';
import { readSyncState, writeSyncState } from './sync-state';

// Pull: pages of HQ's rows after the persisted cursor, each checked against its digest and
// applied together with the new cursor in one transaction, so a crash between pages resumes
// where it stopped and never skips a page. Then the files of live images this device lacks.

/** A page that does not match its digest (damaged on the way): refused, nothing applied. */
export class DigestMismatchError extends Error {
  readonly code = 'digest';
  constructor() {
    super('a pulled page does not match its digest');
    this.name = 'DigestMismatchError';
  }
}

function checkDigest(page: PullResponse): void {
  if (createHash('sha256').update(digestText(page.rows)).digest('hex') !== page.digest) throw new DigestMismatchError();
}

/**
 * Pulls until HQ has nothing more. `fromScratch` (a re-snapshot, or a workspace taking HQ's data)
 * starts from null and afterwards forgets the rows HQ did not send that wait for no push; its
 * cursor is saved only at the end, so a crash midway starts the re-snapshot again.
 */
async function pullPages(link: SyncLink, counts: SyncCounts, fromScratch: boolean): Promise<void> {
  let cursor = fromScratch ? null : readSyncState(link.sqlite, 'cursor');
  const seen = fromScratch ? new Map<string, Set<string>>() : undefined;
  for (;;) {
    const page = await link.transport.pull(link.token, { cursor, appVersion: link.appVersion });
    checkDigest(page);
    link.repo.transaction(() => {
      link.repo.applyRemoteRows(page.rows);
      if (!seen) writeSyncState(link.sqlite, 'cursor', page.cursor);
      writeSyncState(link.sqlite, 'minAppVersion', page.minAppVersion);
    });
    for (const row of page.rows) {
      let ids = seen?.get(row.t);
      if (seen && !ids) seen.set(row.t, (ids = new Set()));
      ids?.add(row.r);
    }
    counts.pulled += page.rows.length;
    cursor = page.cursor;
    if (!page.hasMore) break;
  }
  if (seen) {
    link.repo.transaction(() => {
      forgetUnseen(link, seen);
      writeSyncState(link.sqlite, 'cursor', cursor);
    });
  }
}

function forgetUnseen(link: SyncLink, seen: Map<string, Set<string>>): void {
  for (const meta of SYNCED_TABLES) {
    const sent = seen.get(meta.name) ?? new Set<string>();
    const pending = rowsWithPendingEntries(link.sqlite, meta.name);
    const ids = (
      link.sqlite
        .prepare(`SELECT id FROM ${quote(meta.name)}`)
        .pluck()
        .all() as string[]
    ).filter((id) => !sent.has(id) && !pending.has(id));
    link.repo.forgetRows(meta.table, ids);
  }
}

/** Pulls everything after the cursor; HQ's 409 `resnapshot` (the cursor is older than its purge) pulls everything anew. */
export async function pullAll(link: SyncLink, counts: SyncCounts, { fromScratch = false } = {}): Promise<void> {
  try {
    await pullPages(link, counts, fromScratch);
  } catch (error) {
    if (fromScratch || !(error instanceof SyncProtocolError) || error.code !== 'resnapshot') throw error;
    await pullPages(link, counts, true);
  }
}

/** Fetches the files of live `assets` rows missing here; one HQ does not have yet comes at a later sync. */
export async function downloadAssets(link: SyncLink, counts: SyncCounts): Promise<void> {
  const ids = link.sqlite.prepare('SELECT id FROM assets WHERE deleted_at IS NULL').pluck().all() as string[];
  for (const id of ids) {
    if (!/^[0-9a-f]{64}$/.test(id) || existsSync(assetFile(link.dataDir, id))) continue;
    let bytes: Uint8Array;
    try {
      bytes = await link.transport.getAsset(link.token, id);
    } catch (error) {
      if (error instanceof SyncProtocolError && error.code === 'not_found') continue;
      throw error;
    }
    if (createHash('sha256').update(bytes).digest('hex') !== id) throw new DigestMismatchError();
    writeAssetFile(link.dataDir, id, bytes);
    counts.assetsDown++;
  }
}
