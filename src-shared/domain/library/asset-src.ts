// How documents, covers and pages name a library file: `asset:<sha256>` in a document, served at
// `/media/<sha256>` by browser mode and by the Electron shell's app:// protocol alike, so the one
// relative URL works in both.

/** `asset:<sha256>`: how a document and a cover refer to a library file. */
export const ASSET_SRC_PREFIX = 'asset:';
const SHA256_HEX = /^[0-9a-f]{64}$/;

/** The path both shells serve an asset's bytes at. */
export const ASSET_URL_PATH = '/media/';

export function isAssetId(value: string): boolean {
  return SHA256_HEX.test(value);
}

/** The asset id an `asset:<sha256>` source names, else undefined. */
export function assetIdOfSrc(src: string): string | undefined {
  if (!src.startsWith(ASSET_SRC_PREFIX)) return undefined;
  const id = src.slice(ASSET_SRC_PREFIX.length);
  return isAssetId(id) ? id : undefined;
}

/** The id in a served path `/media/<sha256>`, else undefined. */
export function assetIdOfPath(pathname: string): string | undefined {
  if (!pathname.startsWith(ASSET_URL_PATH)) return undefined;
  const id = pathname.slice(ASSET_URL_PATH.length);
  return isAssetId(id) ? id : undefined;
}
