import { ENROLLMENT_CODE_DAYS } from '../../src-shared/contract/sync-protocol';
import { createTenant, listDevices, listTenants, newEnrollmentCode, requireTenant, revokeDevice } from '../sync/admin';
import { DATABASE_OPTIONS, type HqCommand } from './command';
import { HqCliError, said } from './speak';

// `opsbench hq tenant …|device …|backup`: what HQ's administrators do from a shell.

export function adminCommands(): Record<string, HqCommand> {
  return {
    'tenant add': {
      help: said('hq.help.tenantAdd', { days: ENROLLMENT_CODE_DAYS }),
      options: DATABASE_OPTIONS,
      positionals: { count: 1, missing: said('hq.errors.needName') },
      run: async (hq, _values, [name]) => {
        const { tenant, code, expiresAt } = await createTenant(hq, name!);
        return { lines: [said('hq.tenantAdded', { name: tenant.name, id: tenant.id, expiresAt }), code], json: { tenant, code, expiresAt } };
      },
    },
    'tenant list': {
      help: said('hq.help.tenantList'),
      options: DATABASE_OPTIONS,
      positionals: { count: 0 },
      run: async (hq) => {
        const tenants = await listTenants(hq);
        return { lines: tenants.length ? tenants.map((t) => said('hq.tenantLine', { ...t })) : [said('hq.noTenants')], json: { tenants } };
      },
    },
    'tenant code': {
      help: said('hq.help.tenantCode'),
      options: DATABASE_OPTIONS,
      positionals: { count: 1, missing: said('hq.errors.needName') },
      run: async (hq, _values, [nameOrId]) => {
        const tenant = await requireTenant(hq, nameOrId!);
        const { code, expiresAt } = await newEnrollmentCode(hq, tenant.id);
        return { lines: [said('hq.codeIssued', { name: tenant.name, expiresAt }), code], json: { tenant, code, expiresAt } };
      },
    },
    'device list': {
      help: said('hq.help.deviceList'),
      options: { ...DATABASE_OPTIONS, tenant: { type: 'string' } },
      positionals: { count: 0 },
      run: async (hq, values) => {
        const tenantId = typeof values.tenant === 'string' ? (await requireTenant(hq, values.tenant)).id : undefined;
        const devices = await listDevices(hq, tenantId);
        const lines = devices.map((d) =>
          said('hq.deviceLine', { ...d, tenant: d.tenantName, lastSeenAt: d.lastSeenAt ?? said('hq.never'), state: d.revokedAt ? said('hq.deviceRevoked', { at: d.revokedAt }) : said('hq.deviceActive') }),
        );
        return { lines: lines.length ? lines : [said('hq.noDevices')], json: { devices } };
      },
    },
    'device revoke': {
      help: said('hq.help.deviceRevoke'),
      options: DATABASE_OPTIONS,
      positionals: { count: 1, missing: said('hq.errors.needId') },
      run: async (hq, _values, [id]) => {
        const device = await revokeDevice(hq, id!);
        return { lines: [said('hq.revoked', { id: device.id, tenant: device.tenantName, name: device.name })], json: { device } };
      },
    },
    backup: {
      help: said('hq.help.backup'),
      options: DATABASE_OPTIONS,
      positionals: { count: 0 },
      run: async (hq) => {
        if (hq.kind !== 'pglite') throw new HqCliError(said('hq.errors.backupNeedsPglite'), 1);
        const file = await hq.backup();
        return { lines: [said('hq.backupWritten', { file })], json: { file } };
      },
    },
  };
}
