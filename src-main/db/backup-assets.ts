import { join } from 'node:path';
import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { assetFileIn, assetsDir, listAssetFiles, shareAssetFile } from './asset-files';

// A backup is one .sqlite file, but the library's images are files beside the database. They
// are immutable and named by their hash, so every backup shares one pool, `backups/assets/`,
// laid out like `<data dir>/assets/`: a backup's images are there before its name appears in the
// list (hard links where the file system allows, so a backup costs no space for them), and a
// restore puts any its workspace lacks back first. The pool keeps exactly the files some kept
// backup names. Copying the `backups` folder to another machine carries everything.

export function backupAssetsDir(dataDir: string): string {
  return join(dataDir, 'backups', 'assets');
}

/** Every asset id a workspace file names (tombstoned too: an undo brings them back); none before the library existed. */
function assetIdsOf(file: string): string[] {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return (db.prepare('SELECT id FROM assets').all() as Array<{ id: string }>).map((r) => r.id);
  } catch {
    return [];
  } finally {
    db?.close();
  }
}

/** Puts the images a new backup names into the pool (those on this device: a synced row may still wait for its file). */
export function keepAssetsOf(backupFile: string, dataDir: string): void {
  for (const id of assetIdsOf(backupFile)) shareAssetFile(assetsDir(dataDir), backupAssetsDir(dataDir), id);
}

/** Puts back the images a backup names that the workspace lacks; returns the ids found nowhere. */
export function bringBackAssetsOf(backupFile: string, dataDir: string): string[] {
  return assetIdsOf(backupFile).filter((id) => !shareAssetFile(backupAssetsDir(dataDir), assetsDir(dataDir), id));
}

/** Removes pool files no kept backup names (run after pruning backups). */
export function dropUnreferencedBackupAssets(dataDir: string, keptBackupFiles: readonly string[]): void {
  const pool = backupAssetsDir(dataDir);
  const named = new Set(keptBackupFiles.flatMap(assetIdsOf));
  for (const id of listAssetFiles(pool)) if (!named.has(id)) rmSync(assetFileIn(pool, id), { force: true });
}
