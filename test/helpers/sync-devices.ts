import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openBackend } from '../../src-main/session/backend';
import { HQ_START_TIMEOUT, startHq, type StartedHq } from './hq-server';
import { apiOf, openTestBackend, tempDataDir, type TestBackend } from './backend';
import { syncedRows } from './sync-workspace';

// Desktops against one real HQ (startHq: in-memory PGlite, real HTTP on loopback), as the sync
// tests drive them: each device is a real back end on its own data folder.

export const TODAY = '2026-12-02';

/** One HQ for the file's tests, started before them and closed after. */
export function useHq(options: Parameters<typeof startHq>[0] = {}): () => StartedHq {
  let hq: StartedHq | undefined;
  beforeAll(async () => {
    hq = await startHq(options);
  }, HQ_START_TIMEOUT);
  afterAll(() => hq?.close());
  return () => hq!;
}

/** A device: a fresh workspace, or the demo (华东分公司) when `demo`. */
export function aDevice({ demo = false, dataDir = tempDataDir() } = {}): TestBackend {
  const backend = openTestBackend({ dataDir });
  if (demo) backend.loadDemo({ scale: 'small', seed: 1, today: TODAY });
  return backend;
}

/**
 * Devices that last for the whole file (its tests continue one story), closed and removed after
 * it; `aDevice`'s are closed after each test.
 */
export function lastingDevices(): (options?: { demo?: boolean }) => TestBackend {
  const opened: TestBackend[] = [];
  afterAll(() => {
    for (const device of opened) {
      device.close();
      rmSync(device.dataDir, { recursive: true, force: true });
    }
  });
  return ({ demo = false } = {}) => {
    const backend = openBackend({ dataDir: mkdtempSync(join(tmpdir(), 'opsbench-sync-')) });
    const device = Object.assign(backend, { api: apiOf(backend) });
    opened.push(device);
    if (demo) device.loadDemo({ scale: 'small', seed: 1, today: TODAY });
    return device;
  };
}

/** A new subsidiary's enrolment code. */
export async function aCode(hq: StartedHq, name = '华东分公司'): Promise<string> {
  return (await hq.addTenant(`${name}-${Math.random().toString(36).slice(2, 8)}`)).code;
}

export async function enroll(device: TestBackend, hq: StartedHq, code: string, extra: { mode?: 'merge' | 'replace'; deviceName?: string } = {}) {
  return device.api.sync.enroll({ hqUrl: hq.url, code, deviceName: extra.deviceName ?? `设备-${Math.random().toString(36).slice(2, 6)}`, mode: extra.mode });
}

/** Syncs each device in turn until a round moves nothing, so every change has reached everyone. */
export async function syncAll(...devices: TestBackend[]): Promise<void> {
  for (let round = 0; round < 5; round++) {
    let moved = 0;
    for (const device of devices) {
      const report = await device.api.sync.syncNow({});
      moved += report.pushed;
    }
    if (moved === 0) return;
  }
  throw new Error('the devices did not settle in 5 rounds');
}

/** Every synced table of the two devices, compared table by table. */
export function expectSameRows(a: TestBackend, b: TestBackend, expectEqual: (x: unknown, y: unknown, table: string) => void): void {
  const left = syncedRows(a.dataDir);
  const right = syncedRows(b.dataDir);
  for (const table of Object.keys(left)) expectEqual(right[table], left[table], table);
}
