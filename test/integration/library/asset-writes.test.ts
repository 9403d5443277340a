import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, watch } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assetFile, assetsDir } from '../../../src-main/db/asset-files';
import { failureOf, openTestBackend, tempDataDir } from '../../helpers/backend';
import { base64, pngImage } from '../../fixtures/library/images';

const filesUnder = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => /[0-9a-f]{64}/.test(name)) : []);

/** A tiny file system mounted over the assets folder: a real ENOSPC. Needs the right to mount (root in CI's container). */
function mountTinyDisk(dir: string, size: string): boolean {
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const mounted: string[] = [];
afterEach(() => {
  while (mounted.length) execFileSync('umount', [mounted.pop()!]);
});

describe('writing library files', () => {
  it('answers storage_full on a full disk, leaving no file and no row', async (context) => {
    const backend = openTestBackend();
    if (!mountTinyDisk(assetsDir(backend.dataDir), '256k')) return context.skip('mounting a tmpfs is not permitted here');
    mounted.push(assetsDir(backend.dataDir));
    const png = pngImage(400, 400, { noise: true });
    const failure = await failureOf(backend.api.library.uploadAsset({ name: 'big.png', dataBase64: base64(png) }));
    expect(failure.code).toBe('storage_full');
    expect(readdirSync(assetsDir(backend.dataDir), { recursive: true, encoding: 'utf8' }).filter((name) => name.includes('.'))).toEqual([]);
    expect(await backend.api.library.listAssets({})).toEqual([]);
    // A small image still fits: the failed one took no space with it.
    expect(await backend.api.library.uploadAsset({ name: 'small.png', dataBase64: base64(pngImage(16, 16)) })).toMatchObject({ added: true });
  });

  it('leaves no half file when the process is killed mid-write, and the next open clears its leftovers', { timeout: 90_000 }, async () => {
    const dataDir = tempDataDir();
    const writer = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '..', '..', 'fixtures', 'library', 'upload-image.ts'), dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise((resolve) => writer.once('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      writer.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      writer.once('exit', (code) => reject(new Error(`writer exited early with ${code}`)));
    });
    // Killed as soon as a temporary file shows: most often mid-write, at worst just after a rename.
    mkdirSync(assetsDir(dataDir), { recursive: true });
    await new Promise<void>((resolve) => {
      const watcher = watch(assetsDir(dataDir), { recursive: true }, (_event, name) => {
        if (!String(name).endsWith('.partial')) return;
        watcher.close();
        resolve();
      });
    });
    writer.kill('SIGKILL');
    await exited;

    // Every file under an asset's name holds exactly the bytes that name promises.
    for (const name of filesUnder(assetsDir(dataDir)).filter((n) => !n.endsWith('.partial'))) {
      const id = name.split('/').pop()!;
      expect(
        createHash('sha256')
          .update(readFileSync(join(assetsDir(dataDir), name)))
          .digest('hex'),
      ).toBe(id);
    }
    const backend = openTestBackend({ dataDir });
    expect(filesUnder(assetsDir(dataDir)).filter((n) => n.endsWith('.partial'))).toEqual([]);
    const listed = await backend.api.library.listAssets({});
    for (const asset of listed) expect(existsSync(assetFile(dataDir, asset.id))).toBe(true);
  });
});
