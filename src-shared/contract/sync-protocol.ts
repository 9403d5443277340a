import { z } from 'zod';

// The wire protocol between a desktop workspace and the HQ server (issue 14). Both programs
// validate what they receive with these schemas; HTTP routes map one to one onto `HqEndpoints`,
// so the deterministic simulation can put a faulty network between the same two halves.
//
// Routes (all POST with JSON bodies, gzip accepted both ways, `Authorization: Bearer <token>`
// except enroll):
//   /sync/v1/enroll   EnrollRequest → EnrollResponse
//   /sync/v1/push     PushRequest   → PushResponse      (409 gap, 413 too large, 426 too old)
//   /sync/v1/pull     PullRequest   → PullResponse      (409 resnapshot, 426 too old)
//   /sync/v1/assets/missing  { hashes } → { missing }
//   PUT/GET /sync/v1/assets/<sha256>  raw bytes (application/octet-stream)
// Errors answer `SyncErrorBody` with the status of `SYNC_ERROR_STATUS`.

export const SYNC_PROTOCOL_VERSION = 1;
/** A push batch carries at most this many field changes … */
export const MAX_BATCH_CHANGES = 1000;
/**
 * … and at most this many bytes of JSON (before gzip), unless it holds exactly one row: a row
 * larger than this travels alone (the desktop's batcher sends such an outbox entry by itself),
 * up to MAX_SINGLE_ROW_PUSH_BYTES.
 */
export const MAX_BATCH_BYTES = 1024 * 1024;
/** The largest push body (JSON after gunzip) HQ reads: a one-row batch bigger than this is refused (413). */
export const MAX_SINGLE_ROW_PUSH_BYTES = 8 * 1024 * 1024;
/** Rows a pull page holds at most (the client may ask for fewer). */
export const MAX_PULL_ROWS = 2000;
/**
 * A pull page also stops once its rows' JSON passes about this many bytes (always at least one
 * row), so a page of large rows (article revisions, plan snapshots) still crosses a slow link.
 */
export const MAX_PULL_BYTES = 4 * 1024 * 1024;
/** An enrollment code's life. */
export const ENROLLMENT_CODE_DAYS = 7;
/** Tombstones older than this are purged on HQ; a device whose cursor is older re-snapshots. */
export const OFFLINE_HORIZON_DAYS = 90;

/** One field's value and the encoded HLC it was set at (src-shared/domain/sync/hlc.ts). */
export const WireField = z.tuple([z.unknown(), z.string().min(1)]);
/**
 * One row's changed fields: `t` table, `r` row id, `f` field (SQL column name) → [value, hlc].
 * Grouped by row because an inserted row's fields share one clock and a pulled row is applied
 * with one upsert.
 */
export const WireRow = z.object({ t: z.string().min(1).max(64), r: z.string().min(1).max(200), f: z.record(z.string(), WireField) });
export type WireRow = z.infer<typeof WireRow>;

export const EnrollRequest = z.object({
  code: z.string().trim().min(8).max(64),
  deviceName: z.string().trim().min(1).max(100),
  appVersion: z.string().min(1).max(32),
});
export type EnrollRequest = z.infer<typeof EnrollRequest>;

export const EnrollResponse = z.object({
  deviceId: z.string(),
  /** Shown once; HQ keeps only its hash. */
  token: z.string(),
  tenant: z.object({ id: z.string(), name: z.string() }),
  /** Whether HQ already holds rows of this subsidiary (an earlier device uploaded). */
  hqHasData: z.boolean(),
  minAppVersion: z.string(),
});
export type EnrollResponse = z.infer<typeof EnrollResponse>;

/**
 * A batch of the device's outbox. `after` is the last outbox seq the device believes HQ has;
 * `upTo` the last seq in this batch. HQ keeps the highest seq it applied per device:
 * `upTo` ≤ it → a duplicate, acknowledged and ignored; `after` > it → a gap, 409 with
 * `resumeAfter`; otherwise applied (re-applying changes is a no-op under LWW).
 * `state: true` marks a page of a whole-state upload (first device, merge, a gap the outbox can no
 * longer fill): applied whatever the seqs, and HQ's seq becomes max(its seq, upTo).
 */
export const PushRequest = z.object({
  after: z.number().int().min(0),
  upTo: z.number().int().min(0),
  state: z.boolean().optional(),
  appVersion: z.string().min(1).max(32),
  rows: z.array(WireRow),
});
export type PushRequest = z.infer<typeof PushRequest>;

export const PushResponse = z.object({
  /** The highest outbox seq HQ has applied for this device: the device may drop entries up to it. */
  ackedThrough: z.number().int().min(0),
  /** The tenant's version after this push (the cursor a pull reaches it with). */
  version: z.number().int().min(0),
  /** Field changes that took effect (0 for a duplicate). */
  applied: z.number().int().min(0),
  minAppVersion: z.string(),
});
export type PushResponse = z.infer<typeof PushResponse>;

/** `cursor` null = from the beginning (a first sync or a re-snapshot: every live row and kept tombstone). */
export const PullRequest = z.object({
  cursor: z.string().max(500).nullable(),
  limit: z.number().int().min(1).max(MAX_PULL_ROWS).optional(),
  appVersion: z.string().min(1).max(32),
});
export type PullRequest = z.infer<typeof PullRequest>;

export const PullResponse = z.object({
  /** Whole rows (every field with its clock) changed after the cursor, in version order. */
  rows: z.array(WireRow),
  /** Opaque; pass it back to continue. */
  cursor: z.string(),
  hasMore: z.boolean(),
  /** SHA-256 hex of `digestText(rows)`: the client refuses a page that does not match. */
  digest: z.string(),
  minAppVersion: z.string(),
});
export type PullResponse = z.infer<typeof PullResponse>;

export const MissingAssetsRequest = z.object({ hashes: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(1000) });
export const MissingAssetsResponse = z.object({ missing: z.array(z.string()) });

export const SyncErrorCode = z.enum(['invalid', 'unauthorized', 'revoked', 'gap', 'resnapshot', 'too_large', 'too_old', 'not_found', 'forbidden', 'internal']);
export type SyncErrorCode = z.infer<typeof SyncErrorCode>;

export const SYNC_ERROR_STATUS: Record<SyncErrorCode, number> = {
  invalid: 400,
  unauthorized: 401,
  revoked: 401,
  forbidden: 403,
  not_found: 404,
  gap: 409,
  resnapshot: 409,
  too_large: 413,
  too_old: 426,
  internal: 500,
};

export const SyncErrorBody = z.object({
  error: z.object({
    code: SyncErrorCode,
    message: z.string(),
    /** gap: the last seq HQ has for the device; push again after it. */
    resumeAfter: z.number().int().min(0).optional(),
    /** too_old: the oldest app version HQ accepts. */
    minAppVersion: z.string().optional(),
  }),
});
export type SyncErrorBody = z.infer<typeof SyncErrorBody>;

/** An error answer of HQ, as either side sees it. */
export class SyncProtocolError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    message: string,
    readonly details: Omit<SyncErrorBody['error'], 'code' | 'message'> = {},
  ) {
    super(message);
    this.name = 'SyncProtocolError';
  }
}

/**
 * What a desktop can ask HQ. The HTTP client implements it over fetch; the HQ server's sync
 * service implements it in process (the token is the caller's device token, the tenant is taken
 * from it and nothing else). Failures throw `SyncProtocolError`; a network failure throws
 * anything else.
 */
export interface HqEndpoints {
  enroll(request: EnrollRequest): Promise<EnrollResponse>;
  push(token: string, request: PushRequest): Promise<PushResponse>;
  pull(token: string, request: PullRequest): Promise<PullResponse>;
  missingAssets(token: string, hashes: string[]): Promise<string[]>;
  putAsset(token: string, hash: string, bytes: Uint8Array): Promise<void>;
  getAsset(token: string, hash: string): Promise<Uint8Array>;
}

/** The canonical text a pull page's digest is the SHA-256 of: JSON of the rows, fields in key order. */
export function digestText(rows: readonly WireRow[]): string {
  return JSON.stringify(
    rows.map((row) => [
      row.t,
      row.r,
      Object.keys(row.f)
        .sort()
        .map((field) => [field, row.f[field]]),
    ]),
  );
}

/** Whether `version` is older than `minimum` (dotted numbers, missing parts are 0). */
export function isOlderVersion(version: string, minimum: string): boolean {
  const a = version.split(/[.-]/).map((part) => Number.parseInt(part, 10) || 0);
  const b = minimum.split(/[.-]/).map((part) => Number.parseInt(part, 10) || 0);
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  return false;
}

/**
 * Tables HQ owns (questionnaires, rules …, issue 15): they flow down only. HQ refuses a push that
 * touches one; the desktop's table registry declares the same names `hq-owned`.
 */
export const HQ_OWNED_TABLES: readonly string[] = [];
