import { readFile } from 'node:fs/promises';
import { assetIdOfPath, ASSET_URL_PATH } from '../../../src-shared/domain/library/asset-src';
import { readImageInfo } from '../../../src-shared/domain/library/image-info';
import { assetFile } from '../../db/asset-files';

// What both shells answer for `/media/<sha256>` (browser mode's HTTP server, Electron's app://
// protocol), so the Electron side stays a thin adapter tested without Electron.

export interface AssetResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

const notFound = (message: string): AssetResponse => ({ status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }, body: message });

/** Whether a request path is one the asset route owns (answered even when the id is malformed). */
export function isAssetPath(pathname: string): boolean {
  return pathname.startsWith(ASSET_URL_PATH);
}

/**
 * The bytes of an asset with headers that let the page cache it for good: the name is the hash of
 * the content, so the answer for a name never changes. The type is read from the bytes.
 */
export async function readAssetResponse(dataDir: string, pathname: string): Promise<AssetResponse> {
  const id = assetIdOfPath(pathname);
  if (!id) return notFound('not an asset address');
  let bytes: Buffer;
  try {
    bytes = await readFile(assetFile(dataDir, id));
  } catch {
    return notFound('no such asset on this device');
  }
  const info = readImageInfo(bytes);
  return {
    status: 200,
    headers: {
      'content-type': info.ok ? info.mime : 'application/octet-stream',
      'content-length': String(bytes.length),
      'cache-control': 'private, max-age=31536000, immutable',
      etag: `"${id}"`,
    },
    body: bytes,
  };
}
