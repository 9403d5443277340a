import { ASSET_URL_PATH, assetIdOfSrc } from '../../src-shared/domain/library/asset-src';

/**
 * The address a page loads an image from: `asset:<sha256>` becomes `/media/<sha256>`, which
 * browser mode (with the session cookie) and the Electron shell (app://opsbench) both serve;
 * https addresses pass through; anything else (file:, http:, javascript:) gives undefined.
 */
export function resolveAssetUrl(src: string): string | undefined {
  const id = assetIdOfSrc(src);
  if (id) return `${ASSET_URL_PATH}${id}`;
  return /^https:\/\//i.test(src) ? src : undefined;
}
