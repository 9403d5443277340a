import { existsSync, readFileSync } from 'node:fs';
import { SyncProtocolError, type PushResponse, type WireRow } from '../../src-shared/contract/sync-protocol';
import { assetFile } from '../db/asset-files';
import { dropThrough, lastSeq, pendingEntries, raiseSequence } from './outbox-queue';
import { pagesOfRows, PROTOCOL_LIMITS, takeBatch, type BatchLimits } from './push-batches';
import type { SyncCounts, SyncLink } from './sync-link';
import { readSyncState, writeSyncState } from './sync-state';
import { wholeStateRows } from './whole-state';

// Push: the outbox after `ackedThrough`, batch by batch, each acknowledged batch dropped from the
// outbox. A gap (HQ lost what this device sent) is filled from the outbox when it still holds
// everything after HQ's seq, else by a whole-state upload, as are seqs HQ holds but this device
// never sent.

/** Sends the files of the batch's `assets` rows that HQ lacks, before the rows that name them. */
async function uploadAssets(link: SyncLink, rows: readonly WireRow[], counts: SyncCounts): Promise<void> {
  const hashes = [...new Set(rows.filter((row) => row.t === 'assets' && /^[0-9a-f]{64}$/.test(row.r)).map((row) => row.r))].filter((hash) => existsSync(assetFile(link.dataDir, hash)));
  for (let at = 0; at < hashes.length; at += 1000) {
    for (const hash of await link.transport.missingAssets(link.token, hashes.slice(at, at + 1000))) {
      await link.transport.putAsset(link.token, hash, readFileSync(assetFile(link.dataDir, hash)));
      counts.assetsUp++;
    }
  }
}

/** Takes HQ's acknowledgement: the entries it holds leave the outbox. */
function acknowledge(link: SyncLink, response: PushResponse): void {
  link.repo.transaction(() => {
    const acked = Math.max(readSyncState(link.sqlite, 'ackedThrough'), response.ackedThrough);
    writeSyncState(link.sqlite, 'ackedThrough', acked);
    writeSyncState(link.sqlite, 'minAppVersion', response.minAppVersion);
    dropThrough(link.sqlite, acked);
    raiseSequence(link.sqlite, acked);
  });
}

/**
 * Uploads every row with its clocks (`state: true`), then takes HQ's acknowledgement. The upload's
 * `upTo` (the outbox's last seq when it began) is persisted first, so a crash restarts it.
 */
export async function uploadWholeState(link: SyncLink, counts: SyncCounts, limits: BatchLimits = PROTOCOL_LIMITS): Promise<void> {
  let pending = readSyncState(link.sqlite, 'uploadPending');
  if (!pending) writeSyncState(link.sqlite, 'uploadPending', (pending = { upTo: lastSeq(link.sqlite) }));
  const after = readSyncState(link.sqlite, 'ackedThrough');
  let response: PushResponse | undefined;
  const push = async (rows: WireRow[]) => {
    await uploadAssets(link, rows, counts);
    response = await link.transport.push(link.token, { after, upTo: pending.upTo, state: true, appVersion: link.appVersion, rows });
    counts.pushed += response.applied;
  };
  for (const rows of pagesOfRows(wholeStateRows(link.sqlite), limits)) await push(rows);
  // An empty workspace still tells HQ where its seq stands.
  if (!response) await push([]);
  link.repo.transaction(() => {
    acknowledge(link, response!);
    writeSyncState(link.sqlite, 'uploadPending', null);
  });
}

/** Pushes the outbox until it holds nothing after `ackedThrough`. */
export async function pushOutbox(link: SyncLink, counts: SyncCounts, limits: BatchLimits = PROTOCOL_LIMITS): Promise<void> {
  for (;;) {
    const after = readSyncState(link.sqlite, 'ackedThrough');
    // A batch takes at most `limits.changes` entries: each carries at least one change.
    const batch = takeBatch(pendingEntries(link.sqlite, after, limits.changes), limits);
    if (!batch) return;
    await uploadAssets(link, batch.rows, counts);
    let response: PushResponse;
    try {
      response = await link.transport.push(link.token, { after, upTo: batch.upTo, appVersion: link.appVersion, rows: batch.rows });
    } catch (error) {
      if (!(error instanceof SyncProtocolError) || error.code !== 'gap') throw error;
      const resumeAfter = error.details.resumeAfter ?? 0;
      // The outbox holds every entry after `ackedThrough` (older ones left it when HQ acknowledged
      // them): a seq at or past it resumes from the outbox; an older one (HQ lost acknowledged
      // changes: restored from a backup) needs the whole state.
      if (resumeAfter >= after) writeSyncState(link.sqlite, 'ackedThrough', resumeAfter);
      else await uploadWholeState(link, counts, limits);
      continue;
    }
    counts.pushed += response.applied;
    if (response.ackedThrough > batch.upTo) {
      // HQ already holds seqs past the batch that this device never sent (a copied data folder, a
      // folder restored by the OS): it took the batch for a duplicate. Acknowledging would drop
      // unsent entries; instead new entries get seqs past HQ's and the whole state goes up.
      link.repo.transaction(() => raiseSequence(link.sqlite, response.ackedThrough));
      await uploadWholeState(link, counts, limits);
      continue;
    }
    acknowledge(link, response);
  }
}
