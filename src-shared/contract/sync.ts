import { z } from 'zod';
import { defineDomain, method } from './define';

// The desktop's side of HQ sync (设置 → 同步, the status indicator): enrolment, status and
// "sync now". The wire protocol itself is sync-protocol.ts.

export const SyncState = z.enum([
  /** Not enrolled with any HQ. */
  'notEnrolled',
  /** Enrolled; nothing under way. */
  'idle',
  'syncing',
  /** HQ could not be reached; retried with backoff. */
  'offline',
  /** The last attempt failed for another reason (`lastError`); retried with backoff. */
  'error',
  /** HQ revoked this device (a lost laptop): no retry until it enrolls again. */
  'revoked',
  /** HQ needs a newer app (`minAppVersion`): no retry until the app is updated. */
  'tooOld',
]);
export type SyncState = z.infer<typeof SyncState>;

export const SyncError = z.object({
  /** A SyncErrorCode, or `network`, `digest`, `storage_full` … */
  code: z.string(),
  /** In the user's language. */
  message: z.string(),
  at: z.string(),
});
export type SyncError = z.infer<typeof SyncError>;

export const SyncStatus = z.object({
  state: SyncState,
  hqUrl: z.string().nullable(),
  tenantName: z.string().nullable(),
  deviceId: z.string().nullable(),
  deviceName: z.string().nullable(),
  enrolledAt: z.string().nullable(),
  /** When the last sync that reached HQ finished. */
  lastSyncAt: z.string().nullable(),
  lastError: SyncError.nullable(),
  /** Field changes (outbox entries) not yet acknowledged by HQ. */
  pendingChanges: z.number().int().min(0),
  /** Background sync on (the default once enrolled). */
  auto: z.boolean(),
  /** When the background loop tries next (after a failure: the backoff's end). */
  nextAttemptAt: z.string().nullable(),
  minAppVersion: z.string().nullable(),
  appVersion: z.string(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

/**
 * What to do when both this workspace and HQ hold data: `merge` uploads this workspace's rows
 * and takes HQ's (HQ's workspace profile wins); `replace` backs this workspace up and then
 * replaces it with HQ's.
 */
export const EnrollMode = z.enum(['merge', 'replace']);
export type EnrollMode = z.infer<typeof EnrollMode>;

export const EnrollInput = z.object({
  hqUrl: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .max(500, 'validation.tooLong')
    .regex(/^https?:\/\/[^\s/]+/i, 'validation.sync.url'),
  code: z.string().trim().min(8, 'validation.sync.code').max(64, 'validation.tooLong'),
  deviceName: z.string().trim().min(1, 'validation.required').max(100, 'validation.tooLong').optional(),
  mode: EnrollMode.optional(),
});
export type EnrollInput = z.infer<typeof EnrollInput>;

export const SyncReport = z.object({
  /** Field changes HQ applied from this device. */
  pushed: z.number().int().min(0),
  /** Rows received from HQ. */
  pulled: z.number().int().min(0),
  assetsUp: z.number().int().min(0),
  assetsDown: z.number().int().min(0),
  status: SyncStatus,
});
export type SyncReport = z.infer<typeof SyncReport>;

export const syncContract = defineDomain('sync', {
  status: method('Sync status: enrolment, last sync, pending changes, the last error.', z.object({}), SyncStatus),
  enroll: method('Enrolls this workspace with HQ by URL and enrolment code, then syncs. Refused with conflict `sync.enroll.bothHaveData` when both hold data and no mode is given.', EnrollInput, SyncReport),
  syncNow: method('Pushes and pulls until nothing is left, now.', z.object({}), SyncReport),
  setAuto: method('Turns background sync on or off for this device.', z.object({ auto: z.boolean() }), SyncStatus),
  leave: method('Forgets the enrolment (after a revoke, or to enrol elsewhere); the data stays.', z.object({}), SyncStatus),
});
