import { cpSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetFile, assetFileIn, listAssetFiles } from '../../../src-main/db/asset-files';
import { backupsDir, pruneBackups } from '../../../src-main/db/backup';
import { backupAssetsDir, dropUnreferencedBackupAssets } from '../../../src-main/db/backup-assets';
import { openTestBackend, tempDataDir, type TestBackend } from '../../helpers/backend';
import { base64, pngImage } from '../../fixtures/library/images';

const profile = { name: '华东分公司', shortName: '华东', brand: '悦汇', industry: '零售', namingTemplate: '' };

async function upload(backend: TestBackend, name: string, rgb: [number, number, number]) {
  return (await backend.api.library.uploadAsset({ name, dataBase64: base64(pngImage(32, 32, { rgb })) })).asset;
}

describe('backups and the library’s images', () => {
  it('keeps every image a backup names beside it, sharing the file rather than copying it', async () => {
    const backend = openTestBackend();
    const poster = await upload(backend, '海报.png', [200, 30, 30]);
    await backend.api.backups.create({});
    const pooled = assetFileIn(backupAssetsDir(backend.dataDir), poster.id);
    expect(readFileSync(pooled).equals(readFileSync(assetFile(backend.dataDir, poster.id)))).toBe(true);
    expect(statSync(pooled).ino).toBe(statSync(assetFile(backend.dataDir, poster.id)).ino);
  });

  it('restores a backup copied to a fresh data folder with its images', async () => {
    const home = openTestBackend();
    await home.api.workspace.startEmpty(profile);
    const poster = await upload(home, '双十一海报.png', [250, 80, 0]);
    const backup = await home.api.backups.create({});
    home.close();

    // Another machine: only the backups folder travels.
    const elsewhere = tempDataDir();
    cpSync(backupsDir(home.dataDir), backupsDir(elsewhere), { recursive: true });
    const laptop = openTestBackend({ dataDir: elsewhere });
    expect(await laptop.api.library.listAssets({})).toEqual([]);
    await laptop.api.backups.restore({ name: backup.name });
    expect(await laptop.api.library.listAssets({})).toMatchObject([{ id: poster.id, name: '双十一海报.png', width: 32, height: 32 }]);
    expect(readFileSync(assetFile(elsewhere, poster.id)).equals(readFileSync(assetFile(home.dataDir, poster.id)))).toBe(true);
  });

  it('brings back an image file the workspace lost when a backup naming it is restored', async () => {
    const backend = openTestBackend();
    const logo = await upload(backend, 'logo.png', [0, 120, 60]);
    const backup = await backend.api.backups.create({});
    rmSync(assetFile(backend.dataDir, logo.id));
    await backend.api.backups.restore({ name: backup.name });
    expect(existsSync(assetFile(backend.dataDir, logo.id))).toBe(true);
  });

  it('never deletes an image file when the demo replaces the data, so undo by restore brings the images back', async () => {
    const backend = openTestBackend();
    await backend.api.workspace.startEmpty(profile);
    const cover = await upload(backend, '封面.png', [10, 10, 200]);
    await backend.api.workspace.loadDemo({ replace: true });
    expect(await backend.api.library.listAssets({})).toEqual([]);
    expect(existsSync(assetFile(backend.dataDir, cover.id))).toBe(true);
    const beforeDemo = (await backend.api.backups.list({})).find((b) => b.reason === 'before-demo')!;
    await backend.api.backups.restore({ name: beforeDemo.name });
    expect((await backend.api.library.listAssets({})).map((a) => a.id)).toEqual([cover.id]);
  });

  it('drops a pooled image only when no kept backup names it', async () => {
    const backend = openTestBackend();
    const kept = await upload(backend, 'kept.png', [1, 2, 3]);
    await backend.api.backups.create({});
    const orphan = 'f'.repeat(64);
    cpSync(assetFile(backend.dataDir, kept.id), assetFileIn(backupAssetsDir(backend.dataDir), orphan));
    dropUnreferencedBackupAssets(
      backend.dataDir,
      (await backend.api.backups.list({})).map((b) => join(backupsDir(backend.dataDir), b.name)),
    );
    expect(listAssetFiles(backupAssetsDir(backend.dataDir))).toEqual([kept.id]);
    pruneBackups(backend.dataDir);
    expect(listAssetFiles(backupAssetsDir(backend.dataDir))).toEqual([kept.id]);
  });
});
