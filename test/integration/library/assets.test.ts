import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_IMAGE_BYTES } from '../../../src-shared/domain/library/image-info';
import { assetFile } from '../../../src-main/db/asset-files';
import { failureOf, openTestBackend } from '../../helpers/backend';
import { base64, bmpImage, gifHeader, jpegHeader, pngImage, svgImage, webpHeader } from '../../fixtures/library/images';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('the library’s images', () => {
  it('stores an image under the hash of its bytes with its type and size, and the same image twice is one asset', async () => {
    const backend = openTestBackend();
    const png = pngImage(64, 48);
    const first = await backend.api.library.uploadAsset({ name: '封面.png', dataBase64: base64(png) });
    expect(first).toMatchObject({ added: true, asset: { id: sha256(png), name: '封面.png', mime: 'image/png', bytes: png.length, width: 64, height: 48 } });
    const again = await backend.api.library.uploadAsset({ name: '封面 副本.png', dataBase64: base64(png) });
    expect(again).toMatchObject({ added: false, asset: { id: sha256(png), name: '封面.png' } });
    expect(await backend.api.library.listAssets({})).toHaveLength(1);
    expect(existsSync(assetFile(backend.dataDir, sha256(png)))).toBe(true);
    expect(readdirSync(join(backend.dataDir, 'assets', sha256(png).slice(0, 2)))).toEqual([sha256(png)]);
  });

  it('reads the size of JPEG, GIF and WebP images from their headers', async () => {
    const backend = openTestBackend();
    const sizes = [];
    for (const [name, bytes] of [
      ['a.jpg', jpegHeader(1080, 608)],
      ['b.gif', gifHeader(240, 240)],
      ['c.webp', webpHeader(900, 383)],
    ] as const) {
      const { asset } = await backend.api.library.uploadAsset({ name, dataBase64: base64(bytes) });
      sizes.push([asset.mime, asset.width, asset.height]);
    }
    expect(sizes).toEqual([
      ['image/jpeg', 1080, 608],
      ['image/gif', 240, 240],
      ['image/webp', 900, 383],
    ]);
  });

  it('refuses SVG, other types, damaged headers and empty files with a message naming the problem, storing nothing', async () => {
    const backend = openTestBackend();
    const refusal = async (bytes: Buffer) => (await failureOf(backend.api.library.uploadAsset({ name: 'x', dataBase64: base64(bytes) }))).issues?.[0];
    expect(await refusal(svgImage)).toMatchObject({ message: 'library.problems.svg' });
    expect(await refusal(bmpImage)).toMatchObject({ message: 'library.problems.unsupportedType', params: { type: 'BMP' } });
    expect(await refusal(Buffer.from('%PDF-1.7 …'))).toMatchObject({ message: 'library.problems.unsupportedType', params: { type: 'PDF' } });
    expect(await refusal(Buffer.from('just some text'))).toMatchObject({ message: 'library.problems.unknownType' });
    expect(await refusal(pngImage(10, 10).subarray(0, 20))).toMatchObject({ message: 'library.problems.corrupt', params: { type: 'PNG' } });
    expect(await refusal(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 1, 2, 3]))).toMatchObject({ message: 'library.problems.corrupt', params: { type: 'JPEG' } });
    expect(await refusal(Buffer.alloc(0))).toMatchObject({ message: 'library.problems.empty' });
    expect(await backend.api.library.listAssets({})).toEqual([]);
    expect(existsSync(join(backend.dataDir, 'assets'))).toBe(false);
  });

  it('refuses an image over 10 MB with the limit and its size, and a 50 MB one before decoding it', async () => {
    const backend = openTestBackend();
    const justOver = Buffer.concat([pngImage(2000, 2000), Buffer.alloc(MAX_IMAGE_BYTES)]).subarray(0, MAX_IMAGE_BYTES + 1);
    const over = await failureOf(backend.api.library.uploadAsset({ name: 'big.png', dataBase64: base64(justOver) }));
    expect(over.issues?.[0]).toMatchObject({ message: 'library.problems.tooLarge', params: { maxMb: 10 } });
    const huge = await failureOf(backend.api.library.uploadAsset({ name: 'huge.png', dataBase64: 'A'.repeat(Math.ceil((50 * 1024 * 1024) / 3) * 4) }));
    expect(huge).toMatchObject({ code: 'validation', issues: [{ message: 'library.problems.tooLarge', params: { maxMb: 10 } }] });
    expect(await backend.api.library.listAssets({})).toEqual([]);
  });

  it('removes an image from the list and brings it back on undo, keeping its file', async () => {
    const backend = openTestBackend();
    const { asset } = await backend.api.library.uploadAsset({ name: '海报.png', dataBase64: base64(pngImage(8, 8)) });
    await backend.api.library.removeAsset({ id: asset.id });
    expect(await backend.api.library.listAssets({})).toEqual([]);
    expect(existsSync(assetFile(backend.dataDir, asset.id))).toBe(true);
    expect(await backend.api.library.restoreAsset({ id: asset.id })).toMatchObject({ name: '海报.png' });
    // Uploading a removed image again brings its row back rather than failing on the id.
    await backend.api.library.removeAsset({ id: asset.id });
    expect(await backend.api.library.uploadAsset({ name: '海报2.png', dataBase64: base64(pngImage(8, 8)) })).toMatchObject({ added: true, asset: { id: asset.id } });
  });
});
