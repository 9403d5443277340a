import { inflateRawSync } from 'node:zlib';

// An .xlsx is a zip archive, and a small one can unpack to gigabytes (a "zip bomb"); exceljs
// unpacks everything before it looks at a row. So the archive is checked first, by unpacking each
// entry here with a hard cap on its output: a hostile file costs at most the cap, not the bomb.

/** More than any real calendar or benchmark workbook of 5,000 rows unpacks to (~5 MB). */
export const MAX_UNPACKED_BYTES = 40 * 1024 * 1024;
const MAX_ENTRIES = 2000;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** Thrown when an archive is malformed or unpacks past the limits; `reason` names which. */
export class ZipLimitError extends Error {
  override name = 'ZipLimitError';
  constructor(
    readonly reason: 'malformed' | 'tooLarge',
    message: string,
  ) {
    super(message);
  }
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  }
  throw new ZipLimitError('malformed', 'no zip end-of-central-directory record');
}

/** Unpacks every entry with a cap on the total output and returns them by name; throws ZipLimitError past the caps. */
export function unpackWithLimits(input: Uint8Array, maxUnpacked = MAX_UNPACKED_BYTES): Map<string, Buffer> {
  const unpacked = new Map<string, Buffer>();
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (bytes.length < 22) throw new ZipLimitError('malformed', 'too short for a zip archive');
  const eocd = findEndOfCentralDirectory(bytes);
  const entries = bytes.readUInt16LE(eocd + 10);
  if (entries > MAX_ENTRIES) throw new ZipLimitError('tooLarge', `the archive holds ${entries} files`);
  let at = bytes.readUInt32LE(eocd + 16);
  let budget = maxUnpacked;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw new ZipLimitError('malformed', 'broken central directory');
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const declaredSize = bytes.readUInt32LE(at + 24);
    const localOffset = bytes.readUInt32LE(at + 42);
    const nameLength = bytes.readUInt16LE(at + 28);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    if (localOffset + 30 > bytes.length || bytes.readUInt32LE(localOffset) !== LOCAL_SIGNATURE) throw new ZipLimitError('malformed', 'broken local header');
    const dataStart = localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28);
    const data = bytes.subarray(dataStart, dataStart + compressedSize);
    if (method === 0) unpacked.set(name, data);
    else if (method === 8) {
      try {
        // The declared sizes can lie; the output cap cannot. The output grows in chunks of the
        // declared size (16 KB to 1 MB): zlib's 16 KB for a large sheet spent most of its time copying.
        const chunkSize = Math.min(1024 * 1024, Math.max(16 * 1024, declaredSize));
        unpacked.set(name, inflateRawSync(data, { maxOutputLength: Math.max(1, budget), chunkSize }));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw new ZipLimitError('tooLarge', `unpacks to more than ${maxUnpacked} bytes`);
        throw new ZipLimitError('malformed', `entry ${i + 1} does not unpack: ${(error as Error).message}`);
      }
    } else throw new ZipLimitError('malformed', `unsupported compression method ${method}`);
    budget -= unpacked.get(name)!.length;
    if (budget < 0) throw new ZipLimitError('tooLarge', `unpacks to more than ${maxUnpacked} bytes`);
  }
  return unpacked;
}
