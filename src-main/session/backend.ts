import type { Handlers } from '../../src-shared/contract';
import type { ChangeEvent } from '../../src-shared/contract/define';
import { createBackup } from '../db/backup';
import { defaultMigrationsDir } from '../db/migrate';
import { fillDemoWorkspace, type DemoOptions, type DemoSummary } from '../demo/demo';
import { createHandlers } from '../services/handlers';
import { readWorkspace } from '../services/workspace/workspace-service';
import { openWorkspaceSession } from './workspace-session';

export { WORKSPACE_FILE } from './workspace-session';

export interface BackendOptions {
  dataDir: string;
  /** Tests point this at a folder with an extra (e.g. broken) migration. */
  migrationsDir?: string;
  /** Who holds the workspace, as a second process is told (`opsbench web`, `OpsBench 桌面版` …). */
  program?: string;
}

export interface Backend {
  handlers: Handlers;
  dataDir: string;
  /** Fills the workspace with the demo (华东分公司), backing up first if it has data. */
  loadDemo(options: DemoOptions): DemoSummary;
  onChange(listener: (event: ChangeEvent) => void): () => void;
  close(): void;
}

/**
 * The local back end: the workspace in `dataDir` and every domain's handlers. The Electron main
 * process, browser mode and the CLI all open it through here.
 */
export function openBackend(options: BackendOptions): Backend {
  const { dataDir } = options;
  const session = openWorkspaceSession(dataDir, options.migrationsDir ?? defaultMigrationsDir(), options.program ?? 'opsbench');
  const { ctx } = session;

  function loadDemo(demo: DemoOptions): DemoSummary {
    if (readWorkspace(ctx)) createBackup(ctx.sqlite, dataDir, 'before-demo');
    return fillDemoWorkspace(ctx, demo);
  }
  const handlers = createHandlers(ctx, {
    restoreBackup: (name) => session.restoreBackup(name),
    loadDemo: () => void loadDemo({ scale: 'small', seed: 1 }),
  });

  return { handlers, dataDir, loadDemo, onChange: session.onChange, close: session.close };
}

/** `opsbench demo`: opens the workspace in `dataDir`, writes the demo, closes it. */
export function writeDemoWorkspace(options: { dataDir: string } & DemoOptions): DemoSummary {
  const backend = openBackend({ dataDir: options.dataDir });
  try {
    return backend.loadDemo({ scale: options.scale, seed: options.seed });
  } finally {
    backend.close();
  }
}
