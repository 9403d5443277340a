import type { DomainHandlers } from '../../../src-shared/contract/define';
import type { syncContract } from '../../../src-shared/contract/sync';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';

// FOUNDATION STUB (issue 14): replaced by the sync engine's service. Reports "not enrolled".

export type SyncService = DomainHandlers<typeof syncContract>;

export function createSyncService(_ctx: ServiceContext): SyncService {
  const status = () => ({
    state: 'notEnrolled' as const,
    hqUrl: null,
    tenantName: null,
    deviceId: null,
    deviceName: null,
    enrolledAt: null,
    lastSyncAt: null,
    lastError: null,
    pendingChanges: 0,
    auto: false,
    nextAttemptAt: null,
    minAppVersion: null,
    appVersion: '0.0.0',
  });
  const unsupported = (): never => {
    throw new AppError('unsupported', 'sync is not built yet');
  };
  return { status, enroll: unsupported, syncNow: unsupported, setAuto: status, leave: status };
}
