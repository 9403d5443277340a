import type { Handlers } from '../../src-shared/contract';
import type { ChangeEvent } from '../../src-shared/contract/define';
import type { FieldChange } from '../../src-shared/domain/sync/lww';
import { createBackup } from '../db/backup';
import { defaultMigrationsDir } from '../db/migrate';
import { clearWorkspace, fillDemoWorkspace, holdsData, type DemoOptions, type DemoSummary } from '../demo/demo';
import { articlesAfterCommit } from '../services/articles/after-commit';
import { AppError } from '../services/errors';
import { startDigestSchedule } from '../services/reminders/digest-schedule';
import { createRemindersService, type RemindersOptions, type RemindersService } from '../services/reminders/reminders-service';
import { createHandlers } from '../services/handlers';
import { createSyncService, type SyncService } from '../services/sync/sync-service';
import type { WireRow } from '../../src-shared/contract/sync-protocol';
import { readEnrollment } from '../sync/enrollment';
import { packageInfo } from './package-info';
import { startBackgroundSync } from './background-sync';
import { openWorkspaceReader, openWorkspaceSession } from './workspace-session';

export { WORKSPACE_FILE } from './workspace-session';

export interface BackendOptions {
  dataDir: string;
  /** Tests point this at a folder with an extra (e.g. broken) migration. */
  migrationsDir?: string;
  /** Who holds the workspace, as a second process is told (`opsbench web`, `OpsBench 桌面版` …). */
  program?: string;
  /** 'read': no lock, no migration, no backups, for commands that only read (default 'write'). */
  access?: 'read' | 'write';
  /** Programs that run for a while (the app, `opsbench web`) post the daily 排期 digest at its time; one-shot commands never do. */
  scheduleDigest?: boolean;
  /**
   * Tests: the clock and a stand-in group robot (`origin`, loopback only). Without `origin`,
   * OPSBENCH_WECOM_ROBOT_ORIGIN gives it, so an end-to-end test can point a started server there.
   */
  reminders?: RemindersOptions;
  /** Programs that run for a while sync with HQ in the background when enrolled (sync-loop.ts); one-shot commands never do. */
  syncInBackground?: boolean;
  /** The version HQ's `minAppVersion` is compared with (default: package.json's). */
  appVersion?: string;
}

export interface Backend {
  handlers: Handlers;
  dataDir: string;
  /** Fills the workspace with the demo (华东分公司), backing up first if it has data. */
  loadDemo(options: DemoOptions): DemoSummary;
  /** The reminders of this device, whose daily digest the schedule runs (tests run it themselves). */
  reminders: RemindersService;
  onChange(listener: (event: ChangeEvent) => void): () => void;
  /** Merges field changes from elsewhere (another device, HQ: sync, issue 14), with what follows a commit (article bodies rebuilt). */
  applyRemote(changes: readonly FieldChange[]): number;
  /** The bulk form for whole rows, as a pull applies a page. */
  applyRemoteRows(rows: readonly WireRow[]): number;
  /** Sync with HQ (issue 14): the service the UI calls, and its engine. */
  sync: SyncService;
  close(): void;
}

/**
 * The local back end: the workspace in `dataDir` and every domain's handlers. The Electron main
 * process, browser mode and the CLI all open it through here.
 */
export function openBackend(options: BackendOptions): Backend {
  const { dataDir } = options;
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir();
  const session = options.access === 'read' ? openWorkspaceReader(dataDir, migrationsDir) : openWorkspaceSession(dataDir, migrationsDir, options.program ?? 'opsbench');
  const { ctx } = session;
  const stopDerived = session.onRowsCommitted((rows) => articlesAfterCommit(ctx, rows));

  /** Into an empty workspace the demo loads; over data only with `replace` (backup, then the old rows tombstoned), so it never doubles. */
  function loadDemo(demo: DemoOptions): DemoSummary {
    // Enrolled, the demo (and the clearing of the old rows) would reach HQ and every laptop of the subsidiary.
    if (readEnrollment(dataDir)) throw new AppError('conflict', 'this workspace syncs with HQ; the demo would replace the whole subsidiary’s data', [{ path: ['replace'], message: 'validation.demo.enrolled' }]);
    if (!holdsData(ctx)) return fillDemoWorkspace(ctx, demo);
    if (!demo.replace) throw new AppError('conflict', 'the workspace already holds data; load the demo with replace to put it in their place', [{ path: ['replace'], message: 'validation.demo.notEmpty' }]);
    createBackup(ctx.sqlite, dataDir, 'before-demo');
    return ctx.repo.transaction(() => {
      clearWorkspace(ctx);
      return fillDemoWorkspace(ctx, demo);
    });
  }
  const reminders = createRemindersService(ctx, { ...options.reminders, origin: options.reminders?.origin ?? process.env.OPSBENCH_WECOM_ROBOT_ORIGIN });
  const background = options.syncInBackground && options.access !== 'read';
  const sync = createSyncService(ctx, {
    appVersion: options.appVersion ?? packageInfo().version,
    backup: () => void createBackup(ctx.sqlite, dataDir, 'before-sync-replace'),
    notify: () => {
      loop?.refresh();
      session.emitChange('sync');
    },
    nextAttemptAt: () => {
      const at = loop?.nextAttemptAt();
      return at ? new Date(at).toISOString() : null;
    },
  });
  const handlers = createHandlers(
    ctx,
    {
      restoreBackup: (name) => session.restoreBackup(name),
      loadDemo: (replace, today) => void loadDemo({ scale: 'small', seed: 1, replace, today }),
    },
    { reminders, sync },
  );
  const stopDigest = options.scheduleDigest && options.access !== 'read' ? startDigestSchedule(reminders) : undefined;
  // Declared after the service whose callbacks use it: they run only once the loop exists.
  const loop = background ? startBackgroundSync(session, sync) : undefined;

  return {
    handlers,
    dataDir,
    loadDemo,
    reminders,
    onChange: session.onChange,
    applyRemote: (changes) => ctx.repo.applyRemote(changes),
    applyRemoteRows: (rows) => ctx.repo.applyRemoteRows(rows),
    sync,
    close() {
      loop?.stop();
      stopDigest?.();
      stopDerived();
      session.close();
    },
  };
}

/** `opsbench demo`: opens the workspace in `dataDir`, writes the demo, closes it. */
export function writeDemoWorkspace(options: { dataDir: string } & DemoOptions): DemoSummary {
  const backend = openBackend({ dataDir: options.dataDir });
  try {
    return backend.loadDemo({ scale: options.scale, seed: options.seed, replace: options.replace, today: options.today });
  } finally {
    backend.close();
  }
}
