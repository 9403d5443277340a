import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import { ENROLLMENT_CODE_DAYS } from '../../src-shared/contract/sync-protocol';
import type { HqDatabase } from '../db/open';
import { devices, enrollmentCodes, tenants } from '../db/schema';
import { enrollmentCodeHash, newEnrollmentCode as randomCode } from './secrets';

// What HQ's administrators do: subsidiaries, their enrollment codes, devices and revoking a lost
// laptop. Used by `opsbench hq tenant|device …` now and the console (issue 15) later.

export type HqAdminErrorCode = 'tenant_exists' | 'tenant_not_found' | 'device_not_found' | 'device_ambiguous' | 'invalid_name';

export class HqAdminError extends Error {
  override name = 'HqAdminError';
  constructor(
    readonly code: HqAdminErrorCode,
    readonly subject: string,
  ) {
    super(`${code}: ${subject}`);
  }
}

export interface AdminOptions {
  now?: () => Date;
}

export interface TenantInfo {
  id: string;
  name: string;
  createdAt: string;
  version: number;
  devices: number;
}

export interface DeviceInfo {
  id: string;
  tenantId: string;
  tenantName: string;
  name: string;
  appVersion: string;
  createdAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
  lastSeq: number;
}

export interface EnrollmentCode {
  /** Shown once: HQ keeps only its hash. */
  code: string;
  expiresAt: string;
}

/** A new enrollment code for the subsidiary, valid ENROLLMENT_CODE_DAYS (earlier codes stay valid until they expire). */
export async function newEnrollmentCode(hq: HqDatabase, tenantId: string, { now = () => new Date() }: AdminOptions = {}): Promise<EnrollmentCode> {
  const code = randomCode();
  const expiresAt = new Date(now().getTime() + ENROLLMENT_CODE_DAYS * 86_400_000);
  await hq.db.insert(enrollmentCodes).values({ codeHash: enrollmentCodeHash(code), tenantId, expiresAt, createdAt: now() });
  return { code, expiresAt: expiresAt.toISOString() };
}

export async function createTenant(hq: HqDatabase, name: string, options: AdminOptions = {}): Promise<{ tenant: { id: string; name: string }; code: string; expiresAt: string }> {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > 100) throw new HqAdminError('invalid_name', name);
  if (await findTenant(hq, trimmed)) throw new HqAdminError('tenant_exists', trimmed);
  const tenant = { id: randomUUID(), name: trimmed };
  await hq.db.insert(tenants).values({ ...tenant, createdAt: (options.now ?? (() => new Date()))() });
  return { tenant, ...(await newEnrollmentCode(hq, tenant.id, options)) };
}

/** The tenant of that id or name. */
export async function findTenant(hq: HqDatabase, nameOrId: string): Promise<{ id: string; name: string } | undefined> {
  const [found] = await hq.db
    .select({ id: tenants.id, name: tenants.name })
    .from(tenants)
    .where(or(eq(tenants.id, nameOrId), eq(tenants.name, nameOrId.trim())));
  return found;
}

/** Like findTenant, but a missing tenant is an HqAdminError. */
export async function requireTenant(hq: HqDatabase, nameOrId: string): Promise<{ id: string; name: string }> {
  const found = await findTenant(hq, nameOrId);
  if (!found) throw new HqAdminError('tenant_not_found', nameOrId);
  return found;
}

export async function listTenants(hq: HqDatabase): Promise<TenantInfo[]> {
  const rows = await hq.db
    .select({ id: tenants.id, name: tenants.name, createdAt: tenants.createdAt, version: tenants.version, devices: count(devices.id) })
    .from(tenants)
    .leftJoin(devices, eq(devices.tenantId, tenants.id))
    .groupBy(tenants.id)
    .orderBy(asc(tenants.name));
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString(), version: Number(row.version), devices: Number(row.devices) }));
}

export function listDevices(hq: HqDatabase, tenantId?: string): Promise<DeviceInfo[]> {
  return selectDevices(hq, tenantId === undefined ? undefined : eq(devices.tenantId, tenantId));
}

async function selectDevices(hq: HqDatabase, where: SQL | undefined): Promise<DeviceInfo[]> {
  const rows = await hq.db
    .select({
      id: devices.id,
      tenantId: devices.tenantId,
      tenantName: tenants.name,
      name: devices.name,
      appVersion: devices.appVersion,
      createdAt: devices.createdAt,
      lastSeenAt: devices.lastSeenAt,
      revokedAt: devices.revokedAt,
      lastSeq: devices.lastSeq,
    })
    .from(devices)
    .innerJoin(tenants, eq(tenants.id, devices.tenantId))
    .where(where)
    .orderBy(asc(tenants.name), asc(devices.createdAt));
  return rows.map(deviceInfo);
}

function deviceInfo(row: Omit<DeviceInfo, 'createdAt' | 'lastSeenAt' | 'revokedAt'> & { createdAt: Date; lastSeenAt: Date | null; revokedAt: Date | null }): DeviceInfo {
  return { ...row, createdAt: row.createdAt.toISOString(), lastSeenAt: row.lastSeenAt?.toISOString() ?? null, revokedAt: row.revokedAt?.toISOString() ?? null, lastSeq: Number(row.lastSeq) };
}

/** The shortest id prefix that names a device (a UUID is long to type). */
export const MIN_DEVICE_PREFIX = 6;

/** The device of that id, or of that unique id prefix (at least MIN_DEVICE_PREFIX characters). */
async function resolveDeviceId(hq: HqDatabase, idOrPrefix: string): Promise<string> {
  const prefix = idOrPrefix.trim().toLowerCase();
  if (prefix.length < MIN_DEVICE_PREFIX) throw new HqAdminError('device_not_found', idOrPrefix);
  const found = await hq.db
    .select({ id: devices.id })
    .from(devices)
    .where(sql`left(${devices.id}, ${prefix.length}) = ${prefix}`)
    .limit(2);
  if (found.length > 1) throw new HqAdminError('device_ambiguous', idOrPrefix);
  if (!found[0]) throw new HqAdminError('device_not_found', idOrPrefix);
  return found[0].id;
}

/** Stops the device's token at once (each request checks it). Revoking twice keeps the first time. */
export async function revokeDevice(hq: HqDatabase, idOrPrefix: string, { now = () => new Date() }: AdminOptions = {}): Promise<DeviceInfo> {
  const deviceId = await resolveDeviceId(hq, idOrPrefix);
  await hq.db
    .update(devices)
    .set({ revokedAt: now() })
    .where(and(eq(devices.id, deviceId), isNull(devices.revokedAt)));
  const [device] = await selectDevices(hq, eq(devices.id, deviceId));
  return device!;
}
