import { describe, expect, it } from 'vitest';
import { assetIdOfPath, assetIdOfSrc } from '../../../../src-shared/domain/library/asset-src';
import { readImageInfo } from '../../../../src-shared/domain/library/image-info';
import { resolveAssetUrl } from '../../../../src-renderer/lib/assets';
import { bmpImage, gifHeader, jpegHeader, pngImage, svgImage, webpHeader } from '../../../fixtures/library/images';

const hash = 'ab'.repeat(32);

describe('reading an image’s type and size from its bytes', () => {
  it('reads PNG, JPEG, GIF and WebP sizes', () => {
    expect(readImageInfo(pngImage(900, 383))).toEqual({ ok: true, mime: 'image/png', width: 900, height: 383 });
    expect(readImageInfo(jpegHeader(1080, 1920))).toEqual({ ok: true, mime: 'image/jpeg', width: 1080, height: 1920 });
    expect(readImageInfo(gifHeader(320, 240))).toEqual({ ok: true, mime: 'image/gif', width: 320, height: 240 });
    expect(readImageInfo(webpHeader(16383, 1))).toEqual({ ok: true, mime: 'image/webp', width: 16383, height: 1 });
  });

  it('names the types it refuses and calls a broken header corrupt', () => {
    expect(readImageInfo(svgImage)).toEqual({ ok: false, reason: 'unsupported', kind: 'SVG' });
    expect(readImageInfo(Buffer.from('\ufeff  <svg xmlns="http://www.w3.org/2000/svg"/>'))).toMatchObject({ kind: 'SVG' });
    expect(readImageInfo(bmpImage)).toMatchObject({ kind: 'BMP' });
    expect(readImageInfo(Buffer.from('\0\0\0\x18ftypheic'))).toMatchObject({ kind: 'HEIC' });
    expect(readImageInfo(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toEqual({ ok: false, reason: 'corrupt', mime: 'image/png' });
    expect(readImageInfo(gifHeader(0, 10))).toMatchObject({ reason: 'corrupt' });
  });
});

describe('asset addresses', () => {
  it('maps asset:<sha256> to the served path, passes https through and drops everything else', () => {
    expect(resolveAssetUrl(`asset:${hash}`)).toBe(`/media/${hash}`);
    expect(resolveAssetUrl('https://mmbiz.qpic.cn/a.png')).toBe('https://mmbiz.qpic.cn/a.png');
    for (const src of ['file:///etc/passwd', 'http://127.0.0.1:5173/x.png', 'javascript:alert(1)', 'asset:../../x', `asset:${hash.toUpperCase()}`]) expect(resolveAssetUrl(src), src).toBeUndefined();
    expect(assetIdOfSrc(`asset:${hash}`)).toBe(hash);
    expect(assetIdOfPath(`/media/${hash}/x`)).toBeUndefined();
  });
});
