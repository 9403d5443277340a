// The HQ sync service and its administration (see service.ts, admin.ts, purge.ts).
export { createHqSync, checkPush, MAX_ASSET_BYTES, DEFAULT_MIN_APP_VERSION, type HqSyncOptions } from './service';
export { createTenant, newEnrollmentCode, findTenant, requireTenant, listTenants, listDevices, revokeDevice, HqAdminError, type TenantInfo, type DeviceInfo, type EnrollmentCode } from './admin';
export { purgeTombstones } from './purge';
