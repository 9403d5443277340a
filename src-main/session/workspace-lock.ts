import { linkSync, mkdirSync, readFileSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

// One writing process per data folder. The lock is a file made atomically with link(2), which
// fails when the name exists, so when eight processes start at once exactly one wins. It names
// its holder, so a second process can say who has the workspace open; a lock whose process died
// is taken over (under a second, short-lived lock, so two newcomers cannot both take it over).
// SQLite's own locking stays as it is: `sqlite3` and read-only commands still read the file.

export const LOCK_FILE = 'workspace.lock';
const TAKEOVER_STALE_MS = 10_000;

export interface LockHolder {
  pid: number;
  program: string;
  host: string;
  /** ISO time the holder took the lock. */
  since: string;
}

/** Another live process holds the workspace. */
export class WorkspaceLockedError extends Error {
  override name = 'WorkspaceLockedError';
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder | undefined,
  ) {
    super(
      holder
        ? `工作区正由另一个程序使用（${holder.program}，进程 ${holder.pid}，自 ${holder.since}）。请先关闭它再试。\nThe workspace in ${dataDir} is open in another program (${holder.program}, PID ${holder.pid}, since ${holder.since}); close it and try again.`
        : `工作区正由另一个程序使用。\nThe workspace in ${dataDir} is open in another program; close it and try again.`,
    );
  }
}

export interface WorkspaceLock {
  release(): void;
}

function readHolder(file: string): LockHolder | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A holder that can be taken over: its process is gone (only knowable on this host). */
function isStale(holder: LockHolder | undefined): boolean {
  return holder !== undefined && holder.host === hostname() && holder.pid !== process.pid && !isAlive(holder.pid);
}

/** Removes a stale lock, unless another newcomer is doing so; true when the lock may be tried again. */
function takeOver(lockFile: string, stale: LockHolder): boolean {
  const guard = `${lockFile}.takeover`;
  try {
    mkdirSync(guard);
  } catch {
    // Another process is taking over; a guard left by a process killed mid-takeover expires.
    try {
      if (Date.now() - statSync(guard).mtimeMs > TAKEOVER_STALE_MS) rmdirSync(guard);
    } catch {
      // Gone meanwhile: try again.
    }
    return false;
  }
  try {
    // Still the same dead holder? (Nobody else can have replaced it: the guard is ours.)
    const now = readHolder(lockFile);
    if (now && now.pid === stale.pid && now.since === stale.since) unlinkSync(lockFile);
    return true;
  } finally {
    rmdirSync(guard);
  }
}

/** Takes the data folder's lock for this process, or throws WorkspaceLockedError naming its holder. */
export function acquireWorkspaceLock(dataDir: string, program: string): WorkspaceLock {
  const lockFile = join(dataDir, LOCK_FILE);
  const me: LockHolder = { pid: process.pid, program, host: hostname(), since: new Date().toISOString() };
  const draft = `${lockFile}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(draft, JSON.stringify(me));
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkSync(draft, lockFile);
        return { release: () => releaseIfOurs(lockFile, me) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = readHolder(lockFile);
      if (!isStale(holder) || !takeOver(lockFile, holder!)) throw new WorkspaceLockedError(dataDir, holder);
    }
    throw new WorkspaceLockedError(dataDir, readHolder(lockFile));
  } finally {
    unlinkSync(draft);
  }
}

function releaseIfOurs(lockFile: string, me: LockHolder): void {
  const holder = readHolder(lockFile);
  if (holder?.pid === me.pid && holder.since === me.since) unlinkSync(lockFile);
}
