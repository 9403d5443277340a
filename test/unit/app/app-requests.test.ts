import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appRequestHandler } from '../../../src-main/app/app-requests';
import { writeAssetFile } from '../../../src-main/db/asset-files';
import { tempDataDir } from '../../helpers/backend';
import { pngImage } from '../../fixtures/library/images';

describe('app://opsbench (the Electron window’s pages and images)', () => {
  it('serves the renderer with its CSP and a library image by its hash, and nothing else of the data folder', async () => {
    const root = tempDataDir();
    const rendererDir = join(root, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><div id="root"></div>');
    const dataDir = join(root, 'data');
    const png = pngImage(4, 4);
    const id = 'c'.repeat(64);
    writeAssetFile(dataDir, id, png);
    writeFileSync(join(dataDir, 'workspace.sqlite'), 'secret');
    const handle = appRequestHandler(rendererDir, dataDir);

    const page = await handle(new Request('app://opsbench/'));
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const image = await handle(new Request(`app://opsbench/media/${id}`));
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('cache-control')).toContain('immutable');
    expect(Buffer.from(await image.arrayBuffer()).equals(png)).toBe(true);
    for (const path of [`/media/${'d'.repeat(64)}`, '/media/../workspace.sqlite', '/media/%2e%2e%2fworkspace.sqlite']) {
      const answer = await handle(new Request(`app://opsbench${path}`));
      expect(await answer.text(), path).not.toContain('secret');
    }
  });
});
