import type Database from 'better-sqlite3';
import type { Db } from '../db/connection';
import type { SyncRepository } from '../sync/repository';

/** What every service gets. Getters, because restoring a backup reopens the database underneath. */
export interface ServiceContext {
  readonly db: Db;
  readonly sqlite: Database.Database;
  readonly repo: SyncRepository;
  readonly dataDir: string;
}
