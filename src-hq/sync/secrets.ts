import { createHash, randomBytes, randomInt } from 'node:crypto';

// Device tokens and enrollment codes: random, shown once, stored as their SHA-256.

export const sha256Hex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

export const newDeviceToken = (): string => `obd_${randomBytes(32).toString('base64url')}`;

/** No 0/O, 1/I/L: a code is read off a screen or a chat message and typed again. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_GROUPS = 3;
const CODE_GROUP_LENGTH = 4;

/** 12 characters (~59 bits) in groups of four: `K7QM-3XWP-HC9R`. */
export function newEnrollmentCode(): string {
  const groups = Array.from({ length: CODE_GROUPS }, () => Array.from({ length: CODE_GROUP_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join(''));
  return groups.join('-');
}

/** What a code is stored and looked up as: typed in lower case, without dashes or spaces, it still counts. */
export const enrollmentCodeHash = (code: string): string => sha256Hex(code.toUpperCase().replace(/[\s-]/g, ''));
