import { errorCodeOf, isShutOut } from '../sync/engine';
import type { SyncService } from '../services/sync/sync-service';
import { startSyncLoop, type LoopTimers, type SyncLoop } from './sync-loop';
import type { WorkspaceSession } from './workspace-session';

// The session's background sync: the loop of sync-loop.ts driving the workspace's sync engine,
// nudged by the commits this device makes (not by rows merged from HQ, which would loop).

export function startBackgroundSync(session: Pick<WorkspaceSession, 'onRowsCommitted' | 'emitChange'>, sync: SyncService, timers?: LoopTimers): SyncLoop {
  const loop = startSyncLoop({
    timers,
    async sync() {
      try {
        await sync.engine().syncOnce();
        return 'ok';
      } catch (error) {
        const code = errorCodeOf(error);
        return isShutOut(code) || code === 'too_old' || code === 'notEnrolled' ? 'stop' : 'retry';
      }
    },
    active() {
      const { state, auto } = sync.engine().status();
      return auto && state !== 'notEnrolled' && state !== 'revoked' && state !== 'tooOld';
    },
    onSchedule: () => session.emitChange('sync'),
  });
  const stopNudges = session.onRowsCommitted((rows) => {
    if (rows.local.size > 0) loop.nudge();
  });
  return {
    ...loop,
    stop() {
      stopNudges();
      loop.stop();
    },
  };
}
