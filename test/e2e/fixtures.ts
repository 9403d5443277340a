import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { startServer, type RunningServer } from '../helpers/web-server';

/** The day the specs load the demo around, so their fixed dates (October 2026 and after) keep their meaning whatever the day they run. */
export const DEMO_TODAY = '2026-10-08';

export interface OpsBenchApp {
  server: RunningServer;
  dataDir: string;
  /** Opens the app at a hash route (e.g. `#/accounts`) with the session token. */
  open(route?: string): Promise<void>;
  /** Stops and starts the server on the same data folder, as a restart of the app would. */
  restart(): Promise<void>;
}

export const test = base.extend<{ app: OpsBenchApp }>({
  app: async ({ page }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'opsbench-e2e-'));
    let server = await startServer(dataDir);
    const app: OpsBenchApp = {
      get server() {
        return server;
      },
      dataDir,
      async open(route = '') {
        await page.goto(`${server.url}${route}`);
      },
      async restart() {
        await server.stop();
        server = await startServer(dataDir);
      },
    };
    await use(app);
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
