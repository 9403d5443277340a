import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

// One process per PGlite data folder (PGlite is one process's database). The lock is a file made
// atomically with link(2), naming its holder so a second process can say who has it; a lock whose
// process is gone (same host) is taken over.

export const HQ_LOCK_FILE = 'hq.lock';

export interface HqLockHolder {
  pid: number;
  host: string;
  /** ISO time the holder took the lock. */
  since: string;
}

export class HqLockedError extends Error {
  override name = 'HqLockedError';
  constructor(
    readonly dataDir: string,
    readonly holder: HqLockHolder | undefined,
  ) {
    super(`HQ data folder ${dataDir} is in use by process ${holder?.pid ?? '?'}`);
  }
}

function readHolder(file: string): HqLockHolder | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as HqLockHolder;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes `<dataDir>/hq.lock` for this process; returns its release. */
export function acquireHqLock(dataDir: string): () => void {
  const file = join(dataDir, HQ_LOCK_FILE);
  const me: HqLockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  const draft = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(draft, JSON.stringify(me));
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        linkSync(draft, file);
        return () => {
          const holder = readHolder(file);
          if (holder?.pid === me.pid && holder.since === me.since) unlinkSync(file);
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = readHolder(file);
      const stale = holder !== undefined && holder.host === hostname() && holder.pid !== process.pid && !isAlive(holder.pid);
      if (!stale) throw new HqLockedError(dataDir, holder);
      // Two newcomers may both see it stale; only one link(2) can win the next round.
      try {
        if (readHolder(file)?.since === holder.since) unlinkSync(file);
      } catch {
        // removed by the other newcomer
      }
    }
    throw new HqLockedError(dataDir, readHolder(file));
  } finally {
    unlinkSync(draft);
  }
}
