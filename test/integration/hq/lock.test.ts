import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireHqLock, HQ_LOCK_FILE, HqLockedError } from '../../../src-hq/db/lock';

// One process per PGlite data folder: a live holder is named, a dead one's lock is taken over.

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function folderHeldBy(pid: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'opsbench-hq-lock-'));
  dirs.push(dir);
  writeFileSync(join(dir, HQ_LOCK_FILE), JSON.stringify({ pid, host: hostname(), since: '2026-12-01T00:00:00.000Z' }));
  return dir;
}

describe('the HQ data folder lock', () => {
  it('names a live holder and leaves its lock alone', () => {
    const dir = folderHeldBy(process.ppid);
    expect(() => acquireHqLock(dir)).toThrow(expect.objectContaining({ name: 'HqLockedError', holder: expect.objectContaining({ pid: process.ppid }) }) as HqLockedError);
    expect(readdirSync(dir)).toEqual([HQ_LOCK_FILE]);
  });

  it("takes over a dead process's lock and releases it", () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    const dir = folderHeldBy(dead);
    const release = acquireHqLock(dir);
    expect(() => acquireHqLock(dir)).toThrow(HqLockedError);
    release();
    expect(readdirSync(dir)).toEqual([]);
  });
});
