import type Database from 'better-sqlite3';
import type { HqEndpoints } from '../../src-shared/contract/sync-protocol';
import type { SyncRepository } from './repository';

// What a push or pull works with: the workspace and the HQ it is enrolled with.

export interface SyncLink {
  sqlite: Database.Database;
  repo: SyncRepository;
  dataDir: string;
  transport: HqEndpoints;
  token: string;
  appVersion: string;
}

/** What a sync moved: field changes HQ applied, rows received, files each way. */
export interface SyncCounts {
  pushed: number;
  pulled: number;
  assetsUp: number;
  assetsDown: number;
}

export const noCounts = (): SyncCounts => ({ pushed: 0, pulled: 0, assetsUp: 0, assetsDown: 0 });
