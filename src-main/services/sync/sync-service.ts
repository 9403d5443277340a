import type Database from 'better-sqlite3';
import type { DomainHandlers } from '../../../src-shared/contract/define';
import type { Language } from '../../../src-shared/contract/settings';
import type { SyncError, SyncReport, SyncStatus, syncContract } from '../../../src-shared/contract/sync';
import { SyncProtocolError, type HqEndpoints } from '../../../src-shared/contract/sync-protocol';
import { translate, type MessageKey } from '../../../src-shared/i18n';
import { EnrollRefusedError } from '../../sync/enroll';
import { createSyncEngine, errorCodeOf, NotEnrolledError, type SyncEngine } from '../../sync/engine';
import type { SyncCounts } from '../../sync/sync-link';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { createSettingsService } from '../settings/settings-service';
import { SELF_SEEDED_ROWS } from '../workspace/workspace-service';

// 设置 → 同步 and the status indicator (issue 14): the sync engine of the open workspace file, its
// status with reasons in the user's language, and the `sync` change event when it changes.

export interface SyncServiceOptions {
  appVersion: string;
  /** The session's backup, made before `replace` drops this workspace's data. */
  backup?: () => void;
  /** Says the status changed (the session emits `sync.changed`). */
  notify?: () => void;
  /** When the background loop tries next (ISO), if it runs. */
  nextAttemptAt?: () => string | null;
  /** Tests and the simulation: HQ without HTTP. */
  transport?: HqEndpoints;
}

export interface SyncService extends DomainHandlers<typeof syncContract> {
  /** The engine of the open file (a restore reopens it, and a new engine comes with it). */
  engine(): SyncEngine;
  /** The status with `lastError` said in the user's language. */
  status(): SyncStatus;
}

/** HQ's codes and the engine's own, as AppError codes. */
const APP_CODES: Record<string, AppError['code']> = { revoked: 'unauthorized', unauthorized: 'unauthorized', forbidden: 'unauthorized', storage_full: 'storage_full', internal: 'internal' };

export function createSyncService(ctx: ServiceContext, options: SyncServiceOptions = { appVersion: '0.0.0' }): SyncService {
  const settings = createSettingsService(ctx);
  const engines = new WeakMap<Database.Database, SyncEngine>();
  const engine = (): SyncEngine => {
    let found = engines.get(ctx.sqlite);
    if (!found) {
      found = createSyncEngine({
        sqlite: ctx.sqlite,
        repo: ctx.repo,
        dataDir: ctx.dataDir,
        appVersion: options.appVersion,
        transport: options.transport,
        backup: options.backup,
        onChange: options.notify,
        seededRows: SELF_SEEDED_ROWS,
      });
      engines.set(ctx.sqlite, found);
    }
    return found;
  };
  const language = (): Language => settings.get().language;

  function reason(error: Pick<SyncError, 'code' | 'message'>, hqUrl: string | null, minAppVersion: string | null): string {
    const key = `syncEngine.error.${error.code}`;
    const said = translate(language(), key as MessageKey, { hqUrl: hqUrl ?? '', minAppVersion: minAppVersion ?? '', detail: error.message });
    return said === key ? translate(language(), 'syncEngine.error.internal', { detail: error.message }) : said;
  }

  function status(): SyncStatus {
    const raw = engine().status();
    const lastError = raw.lastError && { ...raw.lastError, message: reason(raw.lastError, raw.hqUrl, raw.minAppVersion) };
    return { ...raw, lastError, nextAttemptAt: raw.auto ? (options.nextAttemptAt?.() ?? null) : null };
  }

  /** A failure as the caller sees it: the reason in the user's language. */
  function failure(error: unknown, hqUrl: string | null, enrolling = false): AppError {
    if (error instanceof AppError) return error;
    if (error instanceof EnrollRefusedError) {
      if (error.reason === 'bothHaveData') return new AppError('conflict', error.message, [{ path: ['mode'], message: 'sync.enroll.bothHaveData' }]);
      const params = { hqUrl: engine().status().hqUrl ?? '' };
      return new AppError('conflict', translate(language(), 'syncEngine.alreadyEnrolled', params), [{ path: [], message: 'syncEngine.alreadyEnrolled', params }]);
    }
    const code = errorCodeOf(error);
    if (code === 'notEnrolled') return new AppError('conflict', translate(language(), 'syncEngine.notEnrolled'), [{ path: [], message: 'syncEngine.notEnrolled' }]);
    if (enrolling && error instanceof SyncProtocolError && ['unauthorized', 'not_found', 'invalid', 'forbidden'].includes(code)) {
      return new AppError('validation', translate(language(), 'syncEngine.badCode'), [{ path: ['code'], message: 'syncEngine.badCode' }]);
    }
    if (enrolling && code === 'network') {
      // Nothing answered at that address: while enrolling, the address is the likely cause, and no retry follows.
      const params = { hqUrl: hqUrl ?? '' };
      return new AppError('validation', translate(language(), 'syncEngine.enrollUnreachable', params), [{ path: ['hqUrl'], message: 'syncEngine.enrollUnreachable', params }]);
    }
    const minAppVersion = error instanceof SyncProtocolError ? (error.details.minAppVersion ?? null) : null;
    const detail = error instanceof Error ? error.message : String(error);
    const said = reason({ code, message: detail }, hqUrl, minAppVersion);
    return new AppError(APP_CODES[code] ?? 'conflict', said, [{ path: [], message: `syncEngine.error.${code}`, params: { detail, hqUrl: hqUrl ?? '', minAppVersion: minAppVersion ?? '' } }]);
  }

  const report = (counts: SyncCounts): SyncReport => ({ ...counts, status: status() });

  return {
    engine,
    status,
    async enroll(input) {
      try {
        return report(await engine().enroll(input));
      } catch (error) {
        throw failure(error, input.hqUrl, engine().status().state === 'notEnrolled');
      }
    },
    async syncNow() {
      try {
        return report(await engine().syncOnce());
      } catch (error) {
        throw failure(error, engine().status().hqUrl);
      }
    },
    setAuto({ auto }) {
      if (engine().status().state === 'notEnrolled') throw failure(new NotEnrolledError(), null);
      engine().setAuto(auto);
      return status();
    },
    leave() {
      engine().leave();
      return status();
    },
  };
}
