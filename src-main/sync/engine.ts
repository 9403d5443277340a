import { hostname } from 'node:os';
import type Database from 'better-sqlite3';
import type { EnrollInput, SyncError, SyncStatus } from '../../src-shared/contract/sync';
import { isOlderVersion, SyncProtocolError, type HqEndpoints } from '../../src-shared/contract/sync-protocol';
import { EnrollRefusedError, holdsOwnData, planEnrollment, prepareWorkspace, type SeededRow } from './enroll';
import { readEnrollment, removeEnrollment, writeEnrollment } from './enrollment';
import { createHttpTransport } from './http-transport';
import { pendingCount } from './outbox-queue';
import { downloadAssets, pullAll } from './pull';
import { pushOutbox, uploadWholeState } from './push';
import type { SyncRepository } from './repository';
import { noCounts, type SyncCounts, type SyncLink } from './sync-link';
import { clearSyncState, readSyncState, writeSyncState } from './sync-state';

// The desktop's sync engine (issue 14): enrolment, and a sync = push the outbox until it is
// empty, pull until HQ has nothing more, again while local writes arrived meanwhile, then fetch
// missing image files. One run at a time. It knows no session or process: the service, the
// background loop, the CLI and the deterministic simulation (its own transport and skewed
// clock) all construct it the same way.

export interface SyncEngineOptions {
  sqlite: Database.Database;
  repo: SyncRepository;
  dataDir: string;
  /** HQ as the simulation sees it; by default HTTP to the enrolment's URL. */
  transport?: HqEndpoints;
  appVersion: string;
  now?: () => Date;
  /** Backs the workspace up before `replace` drops its data (the session's backup). */
  backup?: () => void;
  /** Rows a new workspace writes by itself (the starter library), besides the workspace profile. */
  seededRows?: readonly SeededRow[];
  /** Told whenever the status may have changed (a run starts or ends, enrolment, leave …). */
  onChange?: () => void;
}

export interface SyncEngine {
  enroll(input: EnrollInput): Promise<SyncCounts>;
  syncOnce(): Promise<SyncCounts>;
  /** The status without the background loop's `nextAttemptAt` (the loop knows it). */
  status(): SyncStatus;
  setAuto(auto: boolean): void;
  /** Forgets the enrolment and the engine's state; the workspace's data stays. */
  leave(): void;
}

/** HQ could not be reached (the transport failed without an answer of HQ). */
export class HqUnreachableError extends Error {
  constructor(cause: unknown) {
    super(`HQ could not be reached: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'HqUnreachableError';
  }
}

export class NotEnrolledError extends Error {
  constructor() {
    super('this workspace is not enrolled with HQ');
    this.name = 'NotEnrolledError';
  }
}

/** Every failure of the transport that is not HQ's answer is "unreachable" (offline). */
function reachable(transport: HqEndpoints): HqEndpoints {
  const wrap =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await call(...args);
      } catch (error) {
        throw error instanceof SyncProtocolError ? error : new HqUnreachableError(error);
      }
    };
  return {
    enroll: wrap((r) => transport.enroll(r)),
    push: wrap((t, r) => transport.push(t, r)),
    pull: wrap((t, r) => transport.pull(t, r)),
    missingAssets: wrap((t, h) => transport.missingAssets(t, h)),
    putAsset: wrap((t, h, b) => transport.putAsset(t, h, b)),
    getAsset: wrap((t, h) => transport.getAsset(t, h)),
  };
}

/** The code a failure is shown by: HQ's, or `network`, `digest`, `storage_full`, `internal`. */
export function errorCodeOf(error: unknown): string {
  if (error instanceof SyncProtocolError) return error.code;
  if (error instanceof HqUnreachableError) return 'network';
  if (error instanceof NotEnrolledError) return 'notEnrolled';
  if (error && typeof error === 'object' && 'code' in error) {
    if (error.code === 'digest') return 'digest';
    if (error.code === 'ENOSPC' || error.code === 'SQLITE_FULL') return 'storage_full';
  }
  return 'internal';
}

/**
 * Whether HQ no longer takes this device: revoked, or its token unknown (HQ reset, the device
 * deleted). Retrying cannot help; the operator enrols again.
 */
export const isShutOut = (code: string | undefined): boolean => code === 'revoked' || code === 'unauthorized';

/**
 * Whether a run still pulls after its push failed: a batch HQ refuses (too large, invalid, HQ's
 * 500) would otherwise keep this device from receiving anything, every run. Not when HQ shuts this
 * device out, needs a newer app, or cannot be reached: the pull would fail the same way.
 */
function pullAfterPushFailure(error: unknown): boolean {
  const code = errorCodeOf(error);
  return !isShutOut(code) && code !== 'too_old' && code !== 'network' && code !== 'notEnrolled';
}

/** Rounds of push and pull in one run while local writes keep arriving (an import during a sync). */
const MAX_ROUNDS = 10;

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { sqlite, repo, dataDir, appVersion } = options;
  const now = options.now ?? (() => new Date());
  const changed = () => options.onChange?.();
  let running: Promise<SyncCounts> | undefined;

  function linkOf(): SyncLink {
    const enrollment = readEnrollment(dataDir);
    if (!enrollment) throw new NotEnrolledError();
    return { sqlite, repo, dataDir, transport: reachable(options.transport ?? createHttpTransport(enrollment.hqUrl)), token: enrollment.token, appVersion };
  }

  function recordFailure(error: unknown): void {
    const code = errorCodeOf(error);
    if (code === 'notEnrolled') return;
    const lastError: SyncError = { code, message: error instanceof Error ? error.message : String(error), at: now().toISOString() };
    if (error instanceof SyncProtocolError && error.details.minAppVersion) writeSyncState(sqlite, 'minAppVersion', error.details.minAppVersion);
    writeSyncState(sqlite, 'lastError', lastError);
  }

  async function run(): Promise<SyncCounts> {
    const link = linkOf();
    const counts = noCounts();
    if (readSyncState(sqlite, 'uploadPending')) await uploadWholeState(link, counts);
    let pushFailure: unknown;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      try {
        await pushOutbox(link, counts);
      } catch (error) {
        if (!pullAfterPushFailure(error)) throw error;
        pushFailure ??= error;
      }
      await pullAll(link, counts);
      if (pushFailure || pendingCount(sqlite, readSyncState(sqlite, 'ackedThrough')) === 0) break;
    }
    await downloadAssets(link, counts);
    // The other devices' changes arrived; the push's failure still stands (the outbox keeps it).
    if (pushFailure) throw pushFailure;
    repo.transaction(() => {
      writeSyncState(sqlite, 'lastSyncAt', now().toISOString());
      writeSyncState(sqlite, 'lastError', null);
    });
    return counts;
  }

  function syncOnce(): Promise<SyncCounts> {
    if (running) return running.catch(() => undefined).then(syncOnce);
    const started = (async () => {
      try {
        return await run();
      } catch (error) {
        recordFailure(error);
        throw error;
      } finally {
        running = undefined;
        changed();
      }
    })();
    running = started;
    changed();
    return started;
  }

  return {
    async enroll(input) {
      if (readEnrollment(dataDir)) throw new EnrollRefusedError('alreadyEnrolled');
      const transport = reachable(options.transport ?? createHttpTransport(input.hqUrl));
      const deviceName = input.deviceName?.trim() || hostname();
      const seeded = options.seededRows ?? [];
      const localHasData = holdsOwnData(sqlite, seeded);
      const answer = await transport.enroll({ code: input.code.trim(), deviceName, appVersion });
      const plan = planEnrollment(answer, localHasData, input.mode);
      if (plan === 'replace') options.backup?.();
      prepareWorkspace(sqlite, repo, plan, answer, seeded);
      writeEnrollment(dataDir, { hqUrl: input.hqUrl.trim(), deviceId: answer.deviceId, deviceName, token: answer.token, tenant: answer.tenant, enrolledAt: now().toISOString() });
      changed();
      return syncOnce();
    },
    syncOnce,
    status() {
      const enrollment = readEnrollment(dataDir);
      const lastError = enrollment ? readSyncState(sqlite, 'lastError') : null;
      const minAppVersion = enrollment ? readSyncState(sqlite, 'minAppVersion') : null;
      const tooOld = minAppVersion ? isOlderVersion(appVersion, minAppVersion) : lastError?.code === 'too_old';
      const state = !enrollment ? 'notEnrolled' : running ? 'syncing' : isShutOut(lastError?.code) ? 'revoked' : tooOld ? 'tooOld' : lastError?.code === 'network' ? 'offline' : lastError ? 'error' : 'idle';
      return {
        state,
        hqUrl: enrollment?.hqUrl ?? null,
        tenantName: enrollment?.tenant.name ?? null,
        deviceId: enrollment?.deviceId ?? null,
        deviceName: enrollment?.deviceName ?? null,
        enrolledAt: enrollment?.enrolledAt ?? null,
        lastSyncAt: enrollment ? readSyncState(sqlite, 'lastSyncAt') : null,
        lastError,
        pendingChanges: pendingCount(sqlite, enrollment ? readSyncState(sqlite, 'ackedThrough') : 0),
        auto: enrollment ? readSyncState(sqlite, 'auto') : false,
        nextAttemptAt: null,
        minAppVersion,
        appVersion,
      };
    },
    setAuto(auto) {
      writeSyncState(sqlite, 'auto', auto);
      changed();
    },
    leave() {
      removeEnrollment(dataDir);
      clearSyncState(sqlite);
      changed();
    },
  };
}
