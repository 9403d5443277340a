import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync, copyFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';

// The library's files: `<data dir>/assets/<first 2 hex>/<sha256>`, named by the SHA-256 of their
// bytes, so a file never changes once written, the same image stored twice is one file, and sync
// and backups can carry files by name alone. Written as a temporary file, fsync'd, then renamed:
// a killed process leaves at most a `*.partial` file, which the next open removes.

const PARTIAL_SUFFIX = '.partial';
const ASSET_NAME = /^[0-9a-f]{64}$/;

export function assetsDir(dataDir: string): string {
  return join(dataDir, 'assets');
}

/** Where the file of an asset lives under `root` (the workspace's assets folder, or the backups' pool). */
export function assetFileIn(root: string, id: string): string {
  if (!ASSET_NAME.test(id)) throw new Error(`not an asset id: ${id}`);
  return join(root, id.slice(0, 2), id);
}

export function assetFile(dataDir: string, id: string): string {
  return assetFileIn(assetsDir(dataDir), id);
}

/**
 * Writes the bytes of asset `id` unless its file exists. The temporary file is removed when the
 * write fails (a full disk answers ENOSPC to the caller with nothing left behind).
 */
export function writeAssetFile(dataDir: string, id: string, bytes: Uint8Array): void {
  const file = assetFile(dataDir, id);
  if (existsSync(file)) return;
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${randomBytes(4).toString('hex')}${PARTIAL_SUFFIX}`;
  try {
    const fd = openSync(partial, 'wx');
    try {
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, file);
    syncDir(dirname(file));
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/** Makes the rename itself durable (POSIX); Windows cannot open a folder and needs no such step. */
function syncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Removes what writes killed mid-way left; call only while holding the workspace lock. */
export function removePartialAssets(root: string): void {
  if (!existsSync(root)) return;
  for (const shard of readdirSync(root)) {
    if (!/^[0-9a-f]{2}$/.test(shard)) continue;
    for (const name of readdirSync(join(root, shard))) if (name.endsWith(PARTIAL_SUFFIX)) rmSync(join(root, shard, name), { force: true });
  }
}

/** The ids of the files under `root`. */
export function listAssetFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  const ids: string[] = [];
  for (const shard of readdirSync(root)) if (/^[0-9a-f]{2}$/.test(shard)) for (const name of readdirSync(join(root, shard))) if (ASSET_NAME.test(name)) ids.push(name);
  return ids;
}

/**
 * Puts the file of `id` from one folder into another unless it is there: a hard link where the
 * file system allows (files never change, so both names may share it), else a copy under a
 * temporary name. Returns false when the source has no such file.
 */
export function shareAssetFile(fromRoot: string, toRoot: string, id: string): boolean {
  const target = assetFileIn(toRoot, id);
  if (existsSync(target)) return true;
  const source = assetFileIn(fromRoot, id);
  if (!existsSync(source)) return false;
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.${randomBytes(4).toString('hex')}${PARTIAL_SUFFIX}`;
  try {
    try {
      linkSync(source, partial);
    } catch {
      copyFileSync(source, partial);
    }
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return true;
}
