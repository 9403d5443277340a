import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import { contract, type DomainName } from '../../src-shared/contract';
import type { ChangeEvent } from '../../src-shared/contract/define';
import { decodeHlc, HybridClock } from '../../src-shared/domain/sync/hlc';
import { BackupRejectedError, backupsDir, checkRestorable, copyBackupOver, createBackup, listBackups, removePartialBackups } from '../db/backup';
import { assetsDir, removePartialAssets } from '../db/asset-files';
import { backupAssetsDir } from '../db/backup-assets';
import { openSqlite, wrapDrizzle, type Db } from '../db/connection';
import { lastMigrationMillis, pendingMigrations, runMigrations } from '../db/migrate';
import { AppError } from '../services/errors';
import type { ServiceContext } from '../services/context';
import { loadLastClock, SyncRepository, type CommitListener, type TouchedRows } from '../sync/repository';
import { stampMigratedFields } from '../sync/migrated-fields';
import { reconcileRestore } from '../sync/restore';
import { acquireWorkspaceLock } from './workspace-lock';

// The open workspace: its SQLite file, clock and sync repository, the backups made on open and
// daily, restores (which reopen the file underneath the services) and the change events.

export const WORKSPACE_FILE = 'workspace.sqlite';
const DAY_MS = 24 * 60 * 60 * 1000;
/** An open right after another (tests, a crash loop) does not push older backups out. */
const OPEN_BACKUP_MIN_GAP_MS = 10 * 60 * 1000;

interface OpenFile {
  sqlite: Database.Database;
  db: Db;
  repo: SyncRepository;
}

export interface WorkspaceSession {
  /** What services are given; its getters follow the file across restores. */
  readonly ctx: ServiceContext;
  /** Puts a backup in place of the workspace file, as a new edit (see sync/restore.ts). */
  restoreBackup(name: string): void;
  onChange(listener: (event: ChangeEvent) => void): () => void;
  /** After each commit, before the change events: the rows written, for data derived from them (article bodies, search). */
  onRowsCommitted(listener: (rows: TouchedRows) => void): () => void;
  /** Emits `<domain>.changed` for state that is not rows (sync's status). */
  emitChange(domain: DomainName): void;
  close(): void;
}

function nodeIdOf(sqlite: Database.Database): string {
  const row = sqlite.prepare("SELECT value FROM local_state WHERE key = 'node.id'").get() as { value: string } | undefined;
  if (row) return row.value;
  const id = randomBytes(6).toString('hex');
  sqlite.prepare("INSERT INTO local_state (key, value) VALUES ('node.id', ?)").run(id);
  return id;
}

function hasUserTables(sqlite: Database.Database): boolean {
  return sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").get() !== undefined;
}

/** Opens the file, backs it up and migrates it; a failed migration puts the backup back. */
function openFile(dataDir: string, migrationsDir: string, onCommit: CommitListener): OpenFile {
  const file = join(dataDir, WORKSPACE_FILE);
  let sqlite: Database.Database;
  try {
    sqlite = openSqlite(file);
  } catch (error) {
    throw new Error(`无法打开工作区数据库 ${file}: ${(error as Error).message}`, { cause: error });
  }
  const pending = pendingMigrations(sqlite, migrationsDir);
  if (pending > 0) {
    const backup = hasUserTables(sqlite) ? createBackup(sqlite, dataDir, 'before-migrate') : undefined;
    try {
      runMigrations(sqlite, migrationsDir);
    } catch (error) {
      sqlite.close();
      if (backup) copyBackupOver(dataDir, backup.name, file);
      const restored = backup ? `; the workspace was restored from backup ${backup.name}` : '';
      throw new Error(`Database upgrade failed (数据库升级失败): ${(error as Error).message}${restored}`, { cause: error });
    }
  }
  const last = loadLastClock(sqlite);
  const clock = new HybridClock(nodeIdOf(sqlite), Date.now, last ? decodeHlc(last) : undefined);
  const repo = new SyncRepository(sqlite, clock, onCommit);
  stampMigratedFields(sqlite, repo);
  return { sqlite, db: wrapDrizzle(sqlite), repo };
}

function backupIfDue(sqlite: Database.Database, dataDir: string, reason: 'open' | 'daily', minGapMs: number): void {
  const newest = listBackups(dataDir)[0];
  if (newest && Date.now() - Date.parse(newest.createdAt) < minGapMs) return;
  createBackup(sqlite, dataDir, reason);
}

/**
 * Reads an existing workspace without its lock, while another process may hold it (`backup
 * list`, exports). Nothing is migrated or backed up; a write fails at SQLite's read-only guard.
 */
export function openWorkspaceReader(dataDir: string, migrationsDir: string): WorkspaceSession {
  const file = join(dataDir, WORKSPACE_FILE);
  if (!existsSync(file)) throw new Error(`没有找到工作区 ${file}。No workspace in ${dataDir}`);
  const sqlite = openSqlite(file, { readOnly: true });
  if (pendingMigrations(sqlite, migrationsDir) > 0) {
    sqlite.close();
    throw new Error(`工作区需要先升级：请用运营台打开一次。The workspace in ${dataDir} needs an upgrade; open it in OpsBench once first`);
  }
  const reader: OpenFile = { sqlite, db: wrapDrizzle(sqlite), repo: new SyncRepository(sqlite, new HybridClock('reader', Date.now)) };
  return {
    ctx: { db: reader.db, sqlite, repo: reader.repo, dataDir },
    restoreBackup() {
      throw new Error('a read-only session cannot restore');
    },
    onChange: () => () => {},
    onRowsCommitted: () => () => {},
    emitChange: () => {},
    close: () => sqlite.close(),
  };
}

/** Opens (creating if need be) the workspace in `dataDir`, holding its lock until `close`. */
export function openWorkspaceSession(dataDir: string, migrationsDir: string, program: string): WorkspaceSession {
  mkdirSync(dataDir, { recursive: true });
  const lock = acquireWorkspaceLock(dataDir, program);
  // No other process can be writing a backup now: any partial copy is a killed one's.
  removePartialBackups(dataDir);
  removePartialAssets(assetsDir(dataDir));
  removePartialAssets(backupAssetsDir(dataDir));
  // A process that ends without closing (Ctrl+C in the CLI) still leaves no lock behind.
  const releaseOnExit = () => lock.release();
  process.once('exit', releaseOnExit);
  const listeners = new Set<(event: ChangeEvent) => void>();
  const rowListeners = new Set<(rows: TouchedRows) => void>();
  const emit = (touched: Map<DomainName, Set<string>>, rows?: TouchedRows) => {
    if (rows) for (const listener of rowListeners) listener(rows);
    for (const [domain, ids] of touched) for (const listener of listeners) listener({ domain, ids: [...ids] });
  };
  const file = join(dataDir, WORKSPACE_FILE);
  const isNew = !existsSync(file);
  let current: OpenFile;
  try {
    current = openFile(dataDir, migrationsDir, emit);
  } catch (error) {
    process.off('exit', releaseOnExit);
    lock.release();
    throw error;
  }

  // The open backup is made after the API answers, off the start-up path; a migration has
  // already made its own backup before touching the file.
  const openBackup = isNew ? undefined : setTimeout(() => backupIfDue(current.sqlite, dataDir, 'open', OPEN_BACKUP_MIN_GAP_MS), 2000);
  const daily = setInterval(() => backupIfDue(current.sqlite, dataDir, 'daily', DAY_MS), 60 * 60 * 1000);
  openBackup?.unref();
  daily.unref();

  return {
    ctx: {
      get db() {
        return current.db;
      },
      get sqlite() {
        return current.sqlite;
      },
      get repo() {
        return current.repo;
      },
      dataDir,
    },
    restoreBackup(name) {
      // Checked before anything is touched: a damaged or foreign file never replaces the workspace.
      try {
        checkRestorable(join(backupsDir(dataDir), name), lastMigrationMillis(migrationsDir));
      } catch (error) {
        if (error instanceof BackupRejectedError) throw new AppError('validation', `backup ${name}: ${error.message}`, [{ path: ['name'], message: `validation.backup.${error.reason}` }]);
        throw error;
      }
      const before = createBackup(current.sqlite, dataDir, 'before-restore');
      current.sqlite.close();
      try {
        copyBackupOver(dataDir, name, file);
        current = openFile(dataDir, migrationsDir, emit);
      } catch (error) {
        // Whatever failed (the copy, the reopen, a migration), the workspace goes back as it was.
        copyBackupOver(dataDir, before.name, file);
        current = openFile(dataDir, migrationsDir, emit);
        throw new Error(`restoring ${name} failed, the workspace is as it was: ${(error as Error).message}`, { cause: error });
      }
      reconcileRestore(current.sqlite, current.repo, join(backupsDir(dataDir), before.name));
      emit(new Map((Object.keys(contract) as DomainName[]).map((d) => [d, new Set<string>()])));
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onRowsCommitted(listener) {
      rowListeners.add(listener);
      return () => rowListeners.delete(listener);
    },
    emitChange: (domain) => emit(new Map([[domain, new Set<string>()]])),
    close() {
      clearTimeout(openBackup);
      clearInterval(daily);
      listeners.clear();
      rowListeners.clear();
      if (current.sqlite.open) current.sqlite.close();
      process.off('exit', releaseOnExit);
      lock.release();
    },
  };
}
