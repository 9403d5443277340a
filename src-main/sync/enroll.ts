import type Database from 'better-sqlite3';
import type { EnrollMode } from '../../src-shared/contract/sync';
import type { EnrollResponse } from '../../src-shared/contract/sync-protocol';
import { SYNCED_TABLES } from '../db/table-registry';
import { dropAll, lastSeq } from './outbox-queue';
import type { SyncRepository } from './repository';
import { quote } from './statements';
import { clearSyncState, writeSyncState } from './sync-state';

// What enrolling does to the workspace, decided by who holds data (issue 14): the first device
// of a subsidiary uploads its workspace, whatever it holds; an empty workspace takes HQ's; when
// both hold data the operator chooses `merge` (upload ours, HQ's workspace profile wins) or
// `replace` (back up, then take HQ's).

/** A row a new workspace writes by itself with a fixed id (services say which): not the operator's data. */
export interface SeededRow {
  table: string;
  id: string;
}

/** The workspace profile row (services/workspace), which every workspace has once set up. */
const WORKSPACE_ROW: SeededRow = { table: 'workspace', id: 'workspace' };

const seededIdsOf = (seeded: readonly SeededRow[], table: string): string[] => [WORKSPACE_ROW, ...seeded].filter((row) => row.table === table).map((row) => row.id);

export type EnrollPlan = 'upload' | 'take' | 'merge' | 'replace';

/** Enrolment refused before the workspace was touched. */
export class EnrollRefusedError extends Error {
  constructor(readonly reason: 'bothHaveData' | 'alreadyEnrolled') {
    super(reason === 'bothHaveData' ? 'both this workspace and HQ hold data: choose merge or replace' : 'this workspace is already enrolled; leave first');
    this.name = 'EnrollRefusedError';
  }
}

/**
 * Whether the workspace holds the operator's data: a live synced row besides those a new workspace
 * writes by itself (the workspace profile, the starter library), so a just-created workspace takes HQ's.
 */
export function holdsOwnData(sqlite: Database.Database, seeded: readonly SeededRow[] = []): boolean {
  return SYNCED_TABLES.some((meta) => {
    const ids = seededIdsOf(seeded, meta.name);
    const notSeeded = ids.length > 0 ? ` AND id NOT IN (${ids.map(() => '?').join(', ')})` : '';
    return sqlite.prepare(`SELECT 1 FROM ${quote(meta.name)} WHERE deleted_at IS NULL${notSeeded} LIMIT 1`).get(...ids) !== undefined;
  });
}

export function planEnrollment(answer: EnrollResponse, localHasData: boolean, mode: EnrollMode | undefined): EnrollPlan {
  if (!answer.hqHasData) return 'upload';
  if (!localHasData) return 'take';
  if (!mode) throw new EnrollRefusedError('bothHaveData');
  return mode;
}

/** Removes every synced row of this device (and the outbox): the workspace is about to take HQ's. */
function forgetLocalData(sqlite: Database.Database, repo: SyncRepository): void {
  for (const meta of SYNCED_TABLES)
    repo.forgetRows(
      meta.table,
      sqlite
        .prepare(`SELECT id FROM ${quote(meta.name)}`)
        .pluck()
        .all() as string[],
    );
  dropAll(sqlite);
}

/**
 * Prepares the workspace for its plan and starts the engine's state afresh, in one transaction:
 * `take`/`replace` forget the local rows; `merge` makes the rows the workspace seeded by itself
 * (the profile, the starter library) lose: their clocks and unsent entries go, so HQ's versions
 * arrive over them and their newer clocks never overwrite (or revive) HQ's; `upload` and
 * `merge` mark a whole-state upload as pending, which the next sync runs.
 */
export function prepareWorkspace(sqlite: Database.Database, repo: SyncRepository, plan: EnrollPlan, answer: EnrollResponse, seeded: readonly SeededRow[] = []): void {
  repo.transaction(() => {
    clearSyncState(sqlite);
    writeSyncState(sqlite, 'minAppVersion', answer.minAppVersion);
    if (plan === 'take' || plan === 'replace') forgetLocalData(sqlite, repo);
    if (plan === 'merge') {
      for (const { table, id } of [WORKSPACE_ROW, ...seeded]) {
        sqlite.prepare('DELETE FROM field_clocks WHERE tbl = ? AND row_id = ?').run(table, id);
        sqlite.prepare('DELETE FROM outbox WHERE tbl = ? AND row_id = ?').run(table, id);
      }
    }
    if (plan === 'upload' || plan === 'merge') writeSyncState(sqlite, 'uploadPending', { upTo: lastSeq(sqlite) });
  });
}
