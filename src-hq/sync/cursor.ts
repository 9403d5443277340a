import { z } from 'zod';
import { SyncProtocolError } from '../../src-shared/contract/sync-protocol';

// A pull cursor is opaque to the device: base64url JSON of the last row's (version, table, row id).

export type CursorPosition = [version: number, tbl: string, rowId: string];

const Position = z.tuple([z.number().int().min(0), z.string(), z.string()]);

export const encodeCursor = (position: CursorPosition): string => Buffer.from(JSON.stringify(position)).toString('base64url');

export function decodeCursor(cursor: string): CursorPosition {
  try {
    return Position.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new SyncProtocolError('invalid', 'not a cursor of this server');
  }
}
