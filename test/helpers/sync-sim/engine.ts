import { createSyncEngine } from '../../../src-main/sync/engine';
import type { EngineFactory } from './simulation';

// The real sync engine over a replica's own connection and repository (its clock skewed), talking
// to HQ through the faulty network instead of HTTP. A restarted replica gets a new engine, which
// knows only what the workspace folder holds.

export const engineForReplica: EngineFactory = (replica, transport) => {
  const engine = createSyncEngine({ sqlite: replica.sqlite, repo: replica.repo, dataDir: replica.dataDir, transport, appVersion: '1.0.0', now: () => new Date(replica.wall.now()) });
  return {
    enroll: async (code) => {
      // `merge` matters only when both hold data; an empty desktop takes HQ's rows whatever the mode.
      await engine.enroll({ hqUrl: 'http://hq.sim.invalid', code, deviceName: replica.name, mode: 'merge' });
    },
    enrolled: () => engine.status().deviceId !== null,
    syncOnce: () => engine.syncOnce(),
  };
};
