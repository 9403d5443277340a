import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  EnrollRequest,
  HQ_OWNED_TABLES,
  isOlderVersion,
  MAX_BATCH_BYTES,
  MAX_BATCH_CHANGES,
  MAX_PULL_BYTES,
  MAX_PULL_ROWS,
  MissingAssetsRequest,
  PullRequest,
  PushRequest,
  SyncProtocolError,
  digestText,
  type EnrollResponse,
  type HqEndpoints,
  type PullResponse,
  type PushResponse,
  type WireRow,
} from '../../src-shared/contract/sync-protocol';
import { decodeHlc, encodeHlc } from '../../src-shared/domain/sync/hlc';
import type { HqDatabase, HqDrizzle } from '../db/open';
import type { StoredFields } from '../db/schema';
import { dedupeRows, deletedAtOf, mergeRows, rowKey } from './merge';
import { decodeCursor, encodeCursor } from './cursor';
import { enrollmentCodeHash, newDeviceToken, sha256Hex } from './secrets';
import { queryRows } from './sql';

// The HQ side of `HqEndpoints` (sync-protocol.ts), in process: the HTTP routes and the
// simulation call it. The tenant always comes from the device token, never from a request body.

/** An asset's largest size (a photo or a video cover, not a video). */
export const MAX_ASSET_BYTES = 20 * 1024 * 1024;
export const DEFAULT_MIN_APP_VERSION = '0.0.0';

export interface HqSyncOptions {
  /** The oldest app version HQ accepts (default: any). */
  minAppVersion?: string;
  now?: () => Date;
}

interface Device {
  id: string;
  tenantId: string;
  lastSeq: number;
}

function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new SyncProtocolError('invalid', result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
  return result.data;
}

/** Table and field names as the desktop's SQLite columns spell them. */
const SQL_NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * A clock HQ orders like the desktop does: comparing the strings compares the clocks only when
 * each is spelled exactly as `encodeHlc` spells it (no sign, no extra digits, no spaces).
 */
function isCanonicalHlc(hlc: string): boolean {
  try {
    const decoded = decodeHlc(hlc);
    return decoded.wall >= 0 && decoded.wall < 1e15 && decoded.counter >= 0 && decoded.counter < 1e5 && encodeHlc(decoded) === hlc;
  } catch {
    return false;
  }
}

const UNSTORABLE = 'a NUL character or a lone surrogate, which PostgreSQL cannot store';
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const UNSTORABLE_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether PostgreSQL's text and jsonb can hold every string in the value (keys included). */
function storable(value: unknown): boolean {
  if (typeof value === 'string') return !UNSTORABLE_TEXT.test(value);
  if (Array.isArray(value)) return value.every(storable);
  if (typeof value === 'object' && value !== null) return Object.entries(value).every(([key, inner]) => storable(key) && storable(inner));
  return true;
}

/** Too old, too large, HQ's own tables, clocks that do not decode: refused before any database work. */
export function checkPush(request: PushRequest, minAppVersion: string, hqOwnedTables: readonly string[] = HQ_OWNED_TABLES): void {
  if (isOlderVersion(request.appVersion, minAppVersion)) throw new SyncProtocolError('too_old', `app ${request.appVersion} is older than ${minAppVersion}`, { minAppVersion });
  if (request.upTo < request.after) throw new SyncProtocolError('invalid', 'upTo is before after');
  let changes = 0;
  for (const row of request.rows) {
    if (!SQL_NAME.test(row.t)) throw new SyncProtocolError('invalid', `not a table name: ${row.t}`);
    if (hqOwnedTables.includes(row.t)) throw new SyncProtocolError('forbidden', `table ${row.t} is HQ's: it flows down only`);
    if (!storable(row.r)) throw new SyncProtocolError('invalid', `${row.t}: a row id with ${UNSTORABLE}: ${JSON.stringify(row.r)}`);
    for (const [field, [value, hlc]] of Object.entries(row.f)) {
      if (!SQL_NAME.test(field)) throw new SyncProtocolError('invalid', `${row.t}/${row.r}: not a field name: ${field}`);
      if (!isCanonicalHlc(hlc)) throw new SyncProtocolError('invalid', `${row.t}/${row.r}.${field}: not a clock: ${hlc}`);
      if (!storable(value)) throw new SyncProtocolError('invalid', `${row.t}/${row.r}.${field}: text with ${UNSTORABLE}`);
    }
    changes += Object.keys(row.f).length;
  }
  if (changes > MAX_BATCH_CHANGES) throw new SyncProtocolError('too_large', `${changes} field changes; at most ${MAX_BATCH_CHANGES} per batch`);
  // One row over the limit can never be split: it comes alone (the HTTP body limit still bounds it).
  const bytes = request.rows.length > 1 ? Buffer.byteLength(JSON.stringify(request)) : 0;
  if (bytes > MAX_BATCH_BYTES) throw new SyncProtocolError('too_large', `${bytes} bytes; at most ${MAX_BATCH_BYTES} per batch`);
}

export function createHqSync(hq: HqDatabase, { minAppVersion = DEFAULT_MIN_APP_VERSION, now = () => new Date() }: HqSyncOptions = {}): HqEndpoints {
  function checkVersion(appVersion: string): void {
    if (isOlderVersion(appVersion, minAppVersion)) throw new SyncProtocolError('too_old', `app ${appVersion} is older than ${minAppVersion}`, { minAppVersion });
  }

  /** The token's device, checked on every request (a revoked token stops at once); also locks its row inside a transaction. */
  async function authenticate(db: HqDrizzle, token: string, appVersion?: string): Promise<Device> {
    const [device] = await queryRows<{ id: string; tenant_id: string; last_seq: string | number; revoked_at: unknown }>(
      db,
      sql`UPDATE devices SET last_seen_at = CASE WHEN revoked_at IS NULL THEN ${now().toISOString()}::timestamptz ELSE last_seen_at END,
            app_version = CASE WHEN revoked_at IS NULL THEN coalesce(${appVersion ?? null}::text, app_version) ELSE app_version END
          WHERE token_hash = ${sha256Hex(token)} RETURNING id, tenant_id, last_seq, revoked_at`,
    );
    if (!device) throw new SyncProtocolError('unauthorized', 'unknown device token');
    if (device.revoked_at) throw new SyncProtocolError('revoked', 'this device was revoked by HQ');
    return { id: device.id, tenantId: device.tenant_id, lastSeq: Number(device.last_seq) };
  }

  async function enroll(body: EnrollRequest): Promise<EnrollResponse> {
    const request = parse(EnrollRequest, body);
    checkVersion(request.appVersion);
    const token = newDeviceToken();
    const deviceId = randomUUID();
    const at = now().toISOString();
    // The tenant row's lock orders enrolments: of two laptops enrolling at once only the first sees
    // an empty HQ (and uploads its whole state); the other waits for that data instead.
    const tenant = await hq.transaction(async (tx) => {
      const [found] = await queryRows<{ id: string; name: string }>(
        tx,
        sql`SELECT t.id, t.name FROM enrollment_codes c JOIN tenants t ON t.id = c.tenant_id
            WHERE c.code_hash = ${enrollmentCodeHash(request.code)} AND c.expires_at > ${at}::timestamptz
            FOR UPDATE OF t`,
      );
      if (!found) throw new SyncProtocolError('unauthorized', 'unknown or expired enrollment code');
      const [{ has_data } = { has_data: false }] = await queryRows<{ has_data: boolean }>(
        tx,
        sql`SELECT EXISTS (SELECT 1 FROM sync_rows WHERE tenant_id = ${found.id})
                OR EXISTS (SELECT 1 FROM devices WHERE tenant_id = ${found.id} AND revoked_at IS NULL) AS has_data`,
      );
      await tx.execute(
        sql`INSERT INTO devices (id, tenant_id, name, token_hash, app_version, created_at, last_seen_at)
            VALUES (${deviceId}, ${found.id}, ${request.deviceName}, ${sha256Hex(token)}, ${request.appVersion}, ${at}::timestamptz, ${at}::timestamptz)`,
      );
      return { ...found, has_data };
    });
    return { deviceId, token, tenant: { id: tenant.id, name: tenant.name }, hqHasData: tenant.has_data, minAppVersion };
  }

  async function push(token: string, body: PushRequest): Promise<PushResponse> {
    const request = parse(PushRequest, body);
    return hq.transaction(async (tx) => {
      const device = await authenticate(tx, token, request.appVersion);
      checkPush(request, minAppVersion);
      if (!request.state) {
        if (request.upTo <= device.lastSeq) return { ackedThrough: device.lastSeq, version: await tenantVersion(tx, device.tenantId), applied: 0, minAppVersion };
        if (request.after > device.lastSeq) throw new SyncProtocolError('gap', `HQ has this device's changes up to ${device.lastSeq}`, { resumeAfter: device.lastSeq });
      }
      // The tenant row's lock orders pushes of one tenant, so versions become visible in the order they are given.
      const [tenant] = await queryRows<{ version: string | number }>(tx, sql`SELECT version FROM tenants WHERE id = ${device.tenantId} FOR UPDATE`);
      let version = Number(tenant!.version);
      const incoming = dedupeRows(request.rows);
      const { changed, applied } = mergeRows(incoming, await existingRows(tx, device.tenantId, incoming));
      if (changed.length > 0) {
        version += 1;
        await upsertRows(tx, device.tenantId, version, changed);
        await tx.execute(sql`UPDATE tenants SET version = ${version} WHERE id = ${device.tenantId}`);
      }
      const ackedThrough = Math.max(device.lastSeq, request.upTo);
      if (ackedThrough !== device.lastSeq) await tx.execute(sql`UPDATE devices SET last_seq = ${ackedThrough} WHERE id = ${device.id}`);
      return { ackedThrough, version, applied, minAppVersion };
    });
  }

  async function pull(token: string, body: PullRequest): Promise<PullResponse> {
    const request = parse(PullRequest, body);
    const device = await authenticate(hq.db, token, request.appVersion);
    checkVersion(request.appVersion);
    const after = request.cursor === null ? null : decodeCursor(request.cursor);
    const limit = Math.min(request.limit ?? MAX_PULL_ROWS, MAX_PULL_ROWS);
    // One statement: the purge mark and the page come from the same snapshot. A row past the byte
    // budget (counted as PostgreSQL prints the jsonb) comes without its fields: it only says there is more.
    const found = await queryRows<{ tbl: string; row_id: string; fields: StoredFields | null; version: string | number; purged: string | number }>(
      hq.db,
      sql`SELECT s.tbl, s.row_id, s.fields, s.version, t.purged_version AS purged
          FROM tenants t LEFT JOIN LATERAL (
            SELECT tbl, row_id, version, n, CASE WHEN n = 1 OR through <= ${MAX_PULL_BYTES}::bigint THEN fields END AS fields
            FROM (
              SELECT tbl, row_id, fields, version, row_number() OVER w AS n, sum(octet_length(fields::text)) OVER w AS through
              FROM (
                SELECT tbl, row_id, fields, version FROM sync_rows
                WHERE tenant_id = t.id AND (version, tbl, row_id) > (${after?.[0] ?? -1}::bigint, ${after?.[1] ?? ''}::text, ${after?.[2] ?? ''}::text)
                ORDER BY version, tbl, row_id LIMIT ${limit + 1}
              ) candidates
              WINDOW w AS (ORDER BY version, tbl, row_id)
            ) sized
          ) s ON true
          WHERE t.id = ${device.tenantId}
          ORDER BY s.n`,
    );
    const purged = Number(found[0]?.purged ?? 0);
    if (after && after[0] < purged) throw new SyncProtocolError('resnapshot', `changes before version ${purged} were purged: pull again from the start`);
    const candidates = found.filter((row) => row.tbl !== null);
    const page = candidates.filter((row): row is typeof row & { fields: StoredFields } => row.fields !== null).slice(0, limit);
    const rows: WireRow[] = page.map((row) => ({ t: row.tbl, r: row.row_id, f: row.fields }));
    const last = page.at(-1);
    const cursor = last ? encodeCursor([Number(last.version), last.tbl, last.row_id]) : (request.cursor ?? encodeCursor([0, '', '']));
    return { rows, cursor, hasMore: candidates.length > page.length, digest: sha256Hex(digestText(rows)), minAppVersion };
  }

  async function missingAssets(token: string, hashes: string[]): Promise<string[]> {
    const request = parse(MissingAssetsRequest, { hashes });
    const device = await authenticate(hq.db, token);
    if (request.hashes.length === 0) return [];
    const held = await queryRows<{ hash: string }>(hq.db, sql`SELECT hash FROM assets WHERE tenant_id = ${device.tenantId} AND hash IN (SELECT jsonb_array_elements_text(${JSON.stringify(request.hashes)}::jsonb))`);
    const have = new Set(held.map((row) => row.hash));
    return [...new Set(request.hashes)].filter((hash) => !have.has(hash));
  }

  async function putAsset(token: string, hash: string, bytes: Uint8Array): Promise<void> {
    const device = await authenticate(hq.db, token);
    if (!/^[0-9a-f]{64}$/.test(hash) || sha256Hex(bytes) !== hash) throw new SyncProtocolError('invalid', 'the bytes do not match the hash');
    if (bytes.byteLength > MAX_ASSET_BYTES) throw new SyncProtocolError('too_large', `${bytes.byteLength} bytes; at most ${MAX_ASSET_BYTES} per asset`);
    await hq.db.execute(
      sql`INSERT INTO assets (tenant_id, hash, bytes, size, created_at) VALUES (${device.tenantId}, ${hash}, ${Buffer.from(bytes)}, ${bytes.byteLength}, ${now().toISOString()}::timestamptz)
          ON CONFLICT (tenant_id, hash) DO NOTHING`,
    );
  }

  async function getAsset(token: string, hash: string): Promise<Uint8Array> {
    const device = await authenticate(hq.db, token);
    const [asset] = await queryRows<{ bytes: Uint8Array }>(hq.db, sql`SELECT bytes FROM assets WHERE tenant_id = ${device.tenantId} AND hash = ${hash}`);
    if (!asset) throw new SyncProtocolError('not_found', 'no such asset');
    return new Uint8Array(asset.bytes);
  }

  return { enroll, push, pull, missingAssets, putAsset, getAsset };
}

async function tenantVersion(db: HqDrizzle, tenantId: string): Promise<number> {
  const [tenant] = await queryRows<{ version: string | number }>(db, sql`SELECT version FROM tenants WHERE id = ${tenantId}`);
  return Number(tenant!.version);
}

/** The batch's rows as HQ holds them, in one query (PGlite is WASM: round trips count). */
async function existingRows(db: HqDrizzle, tenantId: string, rows: ReadonlyArray<{ t: string; r: string }>): Promise<Map<string, StoredFields>> {
  if (rows.length === 0) return new Map();
  const keys = JSON.stringify(rows.map((row) => ({ t: row.t, r: row.r })));
  const found = await queryRows<{ tbl: string; row_id: string; fields: StoredFields }>(
    db,
    sql`SELECT s.tbl, s.row_id, s.fields FROM jsonb_to_recordset(${keys}::jsonb) AS k(t text, r text)
        JOIN sync_rows s ON s.tenant_id = ${tenantId} AND s.tbl = k.t AND s.row_id = k.r`,
  );
  return new Map(found.map((row) => [rowKey(row.tbl, row.row_id), row.fields]));
}

/** Writes the changed rows whole, in one statement. */
async function upsertRows(db: HqDrizzle, tenantId: string, version: number, rows: ReadonlyArray<{ t: string; r: string; f: StoredFields }>): Promise<void> {
  const records = JSON.stringify(rows.map((row) => ({ t: row.t, r: row.r, f: row.f, d: deletedAtOf(row.f) })));
  await db.execute(
    sql`INSERT INTO sync_rows (tenant_id, tbl, row_id, fields, version, deleted_at)
        SELECT ${tenantId}, k.t, k.r, k.f, ${version}, k.d FROM jsonb_to_recordset(${records}::jsonb) AS k(t text, r text, f jsonb, d text)
        ON CONFLICT (tenant_id, tbl, row_id) DO UPDATE SET fields = excluded.fields, version = excluded.version, deleted_at = excluded.deleted_at`,
  );
}
