import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { startServer, type RunningServer } from '../helpers/web-server';
import { copyDemoInto } from './workspace-templates';

export { DEMO_TODAY } from './workspace-templates';

export interface OpsBenchApp {
  server: RunningServer;
  dataDir: string;
  /** Opens the app at a hash route (e.g. `#/accounts`) with the session token. */
  open(route?: string): Promise<void>;
  /** Stops and starts the server on the same data folder, as a restart of the app would. */
  restart(): Promise<void>;
}

export interface OpsBenchOptions {
  /**
   * `test.use({ demo: DEMO_TODAY })`: the test's workspace starts as the demo around that day
   * (what `workspace.loadDemo` with that `today` writes), copied from a template written once
   * per run instead of loaded per test. Unset: an empty data folder.
   */
  demo: string | undefined;
}

export const test = base.extend<OpsBenchOptions & { app: OpsBenchApp }>({
  demo: [undefined, { option: true }],
  app: async ({ page, demo }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'opsbench-e2e-'));
    if (demo) await copyDemoInto(dataDir, demo);
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
