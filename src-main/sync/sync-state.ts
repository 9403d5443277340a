import type Database from 'better-sqlite3';
import { z } from 'zod';
import { SyncError } from '../../src-shared/contract/sync';

// What the sync engine keeps in `local_state` (keys `sync.*`, JSON values): where the pull
// stands, what HQ acknowledged, the last outcome. Local, never synced: another device has its own.

/** A whole-state upload under way: its `upTo` is fixed when it starts, so a crash restarts the same upload. */
export const PendingUpload = z.object({ upTo: z.number().int().min(0) });

const KEYS = {
  cursor: z.string().nullable(),
  ackedThrough: z.number().int().min(0),
  lastSyncAt: z.string().nullable(),
  lastError: SyncError.nullable(),
  auto: z.boolean(),
  minAppVersion: z.string().nullable(),
  uploadPending: PendingUpload.nullable(),
};
export type SyncStateKey = keyof typeof KEYS;
export type SyncStateValues = { [K in SyncStateKey]: z.infer<(typeof KEYS)[K]> };

const DEFAULTS: SyncStateValues = { cursor: null, ackedThrough: 0, lastSyncAt: null, lastError: null, auto: true, minAppVersion: null, uploadPending: null };

export function readSyncState<K extends SyncStateKey>(sqlite: Database.Database, key: K): SyncStateValues[K] {
  const row = sqlite.prepare('SELECT value FROM local_state WHERE key = ?').get(`sync.${key}`) as { value: string } | undefined;
  if (!row) return DEFAULTS[key];
  try {
    const parsed = KEYS[key].safeParse(JSON.parse(row.value));
    return parsed.success ? (parsed.data as SyncStateValues[K]) : DEFAULTS[key];
  } catch {
    return DEFAULTS[key];
  }
}

/** Writes one key; inside a transaction of the caller when it has one (a pulled page and its cursor commit together). */
export function writeSyncState<K extends SyncStateKey>(sqlite: Database.Database, key: K, value: SyncStateValues[K]): void {
  sqlite.prepare('INSERT INTO local_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(`sync.${key}`, JSON.stringify(value));
}

/** Forgets every `sync.*` key (leaving HQ): a later enrolment starts from nothing. */
export function clearSyncState(sqlite: Database.Database): void {
  sqlite.prepare("DELETE FROM local_state WHERE key LIKE 'sync.%'").run();
}
