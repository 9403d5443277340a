// What an uploaded file is, read from its first bytes (never from its name or a claimed type),
// and how large the picture is, read from its header. Pure, so the renderer can refuse a file
// before sending it and the back end checks again before storing it.

/** Types the library stores: what WeChat's editor takes and a browser shows (SVG is refused: it can carry scripts). */
export const IMAGE_MIMES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export type ImageMime = (typeof IMAGE_MIMES)[number];

/**
 * Largest image the library takes: 10 MB, the size WeChat's 公众号 editor accepts for a body
 * image today (older rules said 5 MB, the material API 2 MB; larger files would fail at paste).
 */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

export type ImageInfo = { ok: true; mime: ImageMime; width: number; height: number } | { ok: false; reason: 'unsupported'; kind: string } | { ok: false; reason: 'corrupt'; mime: ImageMime };

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, at: number, length: number) => String.fromCharCode(...bytes.subarray(at, at + length));
const be16 = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const be32 = (b: Uint8Array, at: number) => ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!;
const le16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const le24 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);

type Size = { width: number; height: number } | undefined;

function pngSize(b: Uint8Array): Size {
  if (b.length < 24 || ascii(b, 12, 4) !== 'IHDR') return undefined;
  return { width: be32(b, 16), height: be32(b, 20) };
}

function gifSize(b: Uint8Array): Size {
  return b.length < 10 ? undefined : { width: le16(b, 6), height: le16(b, 8) };
}

/** Walks the JPEG segments to the first frame header (SOF0–SOF15 but DHT, JPG, DAC). */
function jpegSize(b: Uint8Array): Size {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return undefined;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return undefined;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { height: be16(b, at + 5), width: be16(b, at + 7) };
    at += 2 + be16(b, at + 2);
  }
  return undefined;
}

function webpSize(b: Uint8Array): Size {
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8 ' && b.length >= 30 && startsWith(b, [0x9d, 0x01, 0x2a], 23)) return { width: le16(b, 26) & 0x3fff, height: le16(b, 28) & 0x3fff };
  if (chunk === 'VP8L' && b.length >= 25 && b[20] === 0x2f) {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X' && b.length >= 30) return { width: le24(b, 24) + 1, height: le24(b, 27) + 1 };
  return undefined;
}

/** Other types people try, named in the refusal so the message says what the file is. */
function otherKind(b: Uint8Array): string {
  const head = new TextDecoder()
    .decode(b.subarray(0, 256))
    .replace(/^\ufeff/, '')
    .trimStart()
    .toLowerCase();
  if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg')) || head.startsWith('<!doctype svg')) return 'SVG';
  if (startsWith(b, [0x42, 0x4d])) return 'BMP';
  if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])) return 'TIFF';
  if (ascii(b, 4, 4) === 'ftyp') {
    const brand = ascii(b, 8, 4);
    if (brand.startsWith('avi')) return 'AVIF';
    if (brand.startsWith('hei') || brand.startsWith('mif') || brand.startsWith('hev')) return 'HEIC';
    return 'MP4/MOV';
  }
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46])) return 'PDF';
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return 'ZIP/Office';
  if (startsWith(b, [0x00, 0x00, 0x01, 0x00])) return 'ICO';
  if (head.startsWith('<')) return 'HTML/XML';
  return '';
}

/** The image's type and size from its bytes; a known type whose header does not hold together is `corrupt`. */
export function readImageInfo(bytes: Uint8Array): ImageInfo {
  let mime: ImageMime | undefined;
  let size: Size;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) [mime, size] = ['image/png', pngSize(bytes)];
  else if (startsWith(bytes, [0xff, 0xd8, 0xff])) [mime, size] = ['image/jpeg', jpegSize(bytes)];
  else if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') [mime, size] = ['image/gif', gifSize(bytes)];
  else if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') [mime, size] = ['image/webp', webpSize(bytes)];
  if (!mime) return { ok: false, reason: 'unsupported', kind: otherKind(bytes) };
  if (!size || size.width < 1 || size.height < 1) return { ok: false, reason: 'corrupt', mime };
  return { ok: true, mime, ...size };
}
