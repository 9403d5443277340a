import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { BackupReason, type Backup } from '../../src-shared/contract/backups';
import { bringBackAssetsOf, dropUnreferencedBackupAssets, keepAssetsOf } from './backup-assets';

// Rolling backups (DESIGN.md §4): a consistent copy made with `VACUUM INTO`, named
// `workspace-<UTC time>-<reason>.sqlite` in `<data dir>/backups`; the newest 10 are kept.
// The library's files travel beside them in `backups/assets/` (see backup-assets.ts), so the
// `backups` folder alone restores a workspace with its images on another machine.

export const BACKUPS_KEPT = 10;
const NAME_PATTERN = /^workspace-(\d{8}T\d{9}Z)-([a-z-]+)(?:-\d+)?\.sqlite$/;

export function backupsDir(dataDir: string): string {
  return join(dataDir, 'backups');
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function parseStamp(text: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(text);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z` : text;
}

export function listBackups(dataDir: string): Backup[] {
  const dir = backupsDir(dataDir);
  if (!existsSync(dir)) return [];
  const backups: Backup[] = [];
  for (const name of readdirSync(dir)) {
    const m = NAME_PATTERN.exec(name);
    const reason = m && BackupReason.safeParse(m[2]);
    if (!m || !reason?.success) continue;
    backups.push({ name, reason: reason.data, createdAt: parseStamp(m[1]!), sizeBytes: statSync(join(dir, name)).size });
  }
  return backups.sort((a, b) => (a.name < b.name ? 1 : -1));
}

/** What a backup killed mid-copy leaves: the copy and the journal SQLite keeps beside it. */
const PARTIAL_PATTERN = /\.partial(-journal|-wal|-shm)?$/;

/** Removes what backups killed mid-copy left; call only while holding the workspace lock. */
export function removePartialBackups(dataDir: string): void {
  const dir = backupsDir(dataDir);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (PARTIAL_PATTERN.test(name)) rmSync(join(dir, name), { force: true });
}

function uniqueName(dir: string, base: string): string {
  let name = `${base}.sqlite`;
  for (let i = 2; existsSync(join(dir, name)); i++) name = `${base}-${i}.sqlite`;
  return name;
}

/** Copies the open database into a new backup file and prunes the oldest beyond the last 10. */
export function createBackup(sqlite: Database.Database, dataDir: string, reason: BackupReason, now = new Date()): Backup {
  const dir = backupsDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const name = uniqueName(dir, `workspace-${stamp(now)}-${reason}`);
  const partial = join(dir, `${name}.partial`);
  rmSync(partial, { force: true });
  // Written under a temporary name and renamed, so a crash never leaves a half backup in the list.
  sqlite.prepare('VACUUM INTO ?').run(partial);
  keepAssetsOf(partial, dataDir);
  renameSync(partial, join(dir, name));
  pruneBackups(dataDir);
  return { name, reason, createdAt: now.toISOString(), sizeBytes: statSync(join(dir, name)).size };
}

/** Keeps the newest 10 automatic backups and, apart from them, the newest 10 manual ones, so start-ups never push out a backup the operator made. */
export function pruneBackups(dataDir: string): void {
  const all = listBackups(dataDir);
  const stale = [...all.filter((b) => b.reason !== 'manual').slice(BACKUPS_KEPT), ...all.filter((b) => b.reason === 'manual').slice(BACKUPS_KEPT)];
  for (const old of stale) rmSync(join(backupsDir(dataDir), old.name), { force: true });
  if (stale.length > 0)
    dropUnreferencedBackupAssets(
      dataDir,
      all.filter((b) => !stale.includes(b)).map((b) => join(backupsDir(dataDir), b.name)),
    );
}

/** Replaces the (closed) workspace file with a backup; the WAL of the old file is dropped. */
export function copyBackupOver(dataDir: string, backupName: string, workspaceFile: string): void {
  const source = join(backupsDir(dataDir), backupName);
  if (!NAME_PATTERN.test(backupName) || !existsSync(source)) throw new Error(`backup ${backupName} not found`);
  // The images first: extra files are harmless if the copy below fails, missing ones are not.
  bringBackAssetsOf(source, dataDir);
  const staging = `${workspaceFile}.restoring`;
  copyFileSync(source, staging);
  rmSync(`${workspaceFile}-wal`, { force: true });
  rmSync(`${workspaceFile}-shm`, { force: true });
  renameSync(staging, workspaceFile);
}

/** Why a file cannot be restored: `unreadable` (not SQLite, truncated, damaged), `notWorkspace` (another program's database or an empty file), `newer` (made by a newer OpsBench). */
export type RestoreRefusal = 'unreadable' | 'notWorkspace' | 'newer';

export class BackupRejectedError extends Error {
  override name = 'BackupRejectedError';
  constructor(
    readonly reason: RestoreRefusal,
    detail: string,
  ) {
    super(detail);
  }
}

/** Tables every workspace has had since its first migration. */
const WORKSPACE_TABLES = ['__drizzle_migrations', 'local_state', 'workspace', 'accounts'];

/**
 * Opens a candidate backup read-only and checks it before anything is touched: SQLite's
 * integrity check, a workspace's tables, and migrations no newer than this program's.
 */
export function checkRestorable(file: string, lastMigrationMillis: number): void {
  let candidate: Database.Database;
  try {
    candidate = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupRejectedError('unreadable', (error as Error).message);
  }
  try {
    const check = candidate.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new BackupRejectedError('unreadable', `integrity check: ${String(check)}`);
    const tables = new Set((candidate.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((t) => t.name));
    const missing = WORKSPACE_TABLES.filter((t) => !tables.has(t));
    if (missing.length) throw new BackupRejectedError('notWorkspace', `no ${missing.join(', ')} table`);
    const { at } = candidate.prepare('SELECT max(created_at) AS at FROM __drizzle_migrations').get() as { at: number | null };
    if ((at ?? 0) > lastMigrationMillis) throw new BackupRejectedError('newer', 'made by a newer OpsBench');
  } catch (error) {
    if (error instanceof BackupRejectedError) throw error;
    throw new BackupRejectedError('unreadable', (error as Error).message);
  } finally {
    candidate.close();
  }
}
