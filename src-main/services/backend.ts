import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import { contract, type DomainName, type Handlers } from '../../src-shared/contract';
import type { ChangeEvent } from '../../src-shared/contract/define';
import { decodeHlc, HybridClock } from '../../src-shared/domain/hlc';
import { backupsDir, copyBackupOver, createBackup, listBackups } from '../db/backup';
import { openSqlite, wrapDrizzle, type Db } from '../db/connection';
import { defaultMigrationsDir, pendingMigrations, runMigrations } from '../db/migrate';
import { loadLastClock, SyncRepository } from '../sync/repository';
import { reconcileRestore } from '../sync/restore';
import { createAccountsService } from './accounts-service';
import { createBackupsService } from './backups-service';
import { createCalendarLayersService } from './calendar-layers-service';
import { createCalendarService } from './calendar-service';
import { createCalendarTransferService } from './calendar-transfer-service';
import { createColumnsService } from './columns-service';
import type { ServiceContext } from './context';
import { fillDemoWorkspace, type DemoOptions, type DemoSummary } from './demo';
import { createMenusService } from './menus-service';
import { createSettingsService } from './settings-service';
import { createTeamService } from './team-service';
import { createWorkspaceService } from './workspace-service';

export interface BackendOptions {
  dataDir: string;
  /** Tests point this at a folder with an extra (e.g. broken) migration. */
  migrationsDir?: string;
}

export interface Backend {
  handlers: Handlers;
  dataDir: string;
  /** Fills the workspace with the demo (华东分公司), backing up first if it has data. */
  loadDemo(options: DemoOptions): DemoSummary;
  onChange(listener: (event: ChangeEvent) => void): () => void;
  close(): void;
}

export const WORKSPACE_FILE = 'workspace.sqlite';
const DAY_MS = 24 * 60 * 60 * 1000;
/** An open right after another (tests, a crash loop) does not push older backups out. */
const OPEN_BACKUP_MIN_GAP_MS = 10 * 60 * 1000;

interface Session {
  sqlite: Database.Database;
  db: Db;
  repo: SyncRepository;
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
function openSession(dataDir: string, migrationsDir: string, onCommit: (touched: Map<DomainName, Set<string>>) => void): Session {
  const file = join(dataDir, WORKSPACE_FILE);
  let sqlite: Database.Database;
  try {
    sqlite = openSqlite(file);
  } catch (error) {
    throw new Error(`无法打开工作区数据库 ${file}: ${(error as Error).message}`);
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
      throw new Error(`Database upgrade failed (数据库升级失败): ${(error as Error).message}${restored}`);
    }
  }
  const last = loadLastClock(sqlite);
  const clock = new HybridClock(nodeIdOf(sqlite), Date.now, last ? decodeHlc(last) : undefined);
  return { sqlite, db: wrapDrizzle(sqlite), repo: new SyncRepository(sqlite, clock, onCommit) };
}

function backupIfDue(sqlite: Database.Database, dataDir: string, reason: 'open' | 'daily', minGapMs: number): void {
  const newest = listBackups(dataDir)[0];
  if (newest && Date.now() - Date.parse(newest.createdAt) < minGapMs) return;
  createBackup(sqlite, dataDir, reason);
}

/**
 * The local back end: one workspace file in `dataDir`, its services and change events. The
 * Electron main process, browser mode and the CLI all open it through here.
 */
export function openBackend(options: BackendOptions): Backend {
  const { dataDir } = options;
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir();
  mkdirSync(dataDir, { recursive: true });
  const listeners = new Set<(event: ChangeEvent) => void>();
  const emit = (touched: Map<DomainName, Set<string>>) => {
    for (const [domain, ids] of touched) for (const listener of listeners) listener({ domain, ids: [...ids] });
  };
  const isNew = !existsSync(join(dataDir, WORKSPACE_FILE));
  let session = openSession(dataDir, migrationsDir, emit);

  const ctx: ServiceContext = {
    get db() {
      return session.db;
    },
    get sqlite() {
      return session.sqlite;
    },
    get repo() {
      return session.repo;
    },
    dataDir,
  };

  function restoreBackup(name: string): void {
    const before = createBackup(session.sqlite, dataDir, 'before-restore');
    session.sqlite.close();
    try {
      copyBackupOver(dataDir, name, join(dataDir, WORKSPACE_FILE));
    } finally {
      // Reopened whether or not the copy worked, so a failed restore never leaves a closed database.
      session = openSession(dataDir, migrationsDir, emit);
    }
    reconcileRestore(session.sqlite, session.repo, join(backupsDir(dataDir), before.name));
    emit(new Map((Object.keys(contract) as DomainName[]).map((d) => [d, new Set<string>()])));
  }

  const workspace = createWorkspaceService(ctx);
  function loadDemo(demo: DemoOptions): DemoSummary {
    if (workspace.status().initialized) createBackup(session.sqlite, dataDir, 'before-demo');
    return fillDemoWorkspace(ctx, demo);
  }
  const handlers: Handlers = {
    workspace: {
      ...workspace,
      loadDemo() {
        loadDemo({ scale: 'small', seed: 1 });
        return { ok: true as const };
      },
    },
    accounts: createAccountsService(ctx),
    columns: createColumnsService(ctx),
    menus: createMenusService(ctx),
    team: createTeamService(ctx),
    backups: createBackupsService(ctx, restoreBackup),
    settings: createSettingsService(ctx),
    calendarLayers: createCalendarLayersService(),
    calendar: createCalendarService(ctx),
    calendarTransfer: createCalendarTransferService(ctx),
  };

  // The open backup is made after the API answers, off the start-up path; a migration has
  // already made its own backup before touching the file.
  const openBackup = isNew ? undefined : setTimeout(() => backupIfDue(session.sqlite, dataDir, 'open', OPEN_BACKUP_MIN_GAP_MS), 2000);
  const daily = setInterval(() => backupIfDue(session.sqlite, dataDir, 'daily', DAY_MS), 60 * 60 * 1000);
  openBackup?.unref();
  daily.unref();

  return {
    handlers,
    dataDir,
    loadDemo,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      clearTimeout(openBackup);
      clearInterval(daily);
      listeners.clear();
      if (session.sqlite.open) session.sqlite.close();
    },
  };
}

/** `opsbench demo`: opens the workspace in `dataDir`, writes the demo, closes it. */
export function writeDemoWorkspace(options: { dataDir: string } & DemoOptions): DemoSummary {
  const backend = openBackend({ dataDir: options.dataDir });
  try {
    return backend.loadDemo({ scale: options.scale, seed: options.seed });
  } finally {
    backend.close();
  }
}
