import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openBackend, writeDemoWorkspace, type Backend } from '../session/backend';
import { dispatch } from '../services/dispatch';
import type { Backup } from '../../src-shared/contract/backups';
import { startWebServer } from '../web/server';
import { resolveDataDir } from './data-dir';
import { openBrowser } from './open-browser';
import { rendererDir } from './package-info';
import { CliError, parseCommandArgs, parseInteger, UsageError } from './usage';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  /** Resolves when the user asks a long-running command to stop (SIGINT/SIGTERM). */
  waitForStop(): Promise<void>;
}

/** Creates the data folder, failing with a sentence instead of an errno when it cannot be one. */
function ensureDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EEXIST' || code === 'ENOTDIR' ? 'a file is in the way' : (error as Error).message;
    throw new CliError(`cannot use ${dataDir} as the data folder (${reason}); pick another with --data-dir`);
  }
}

export function withBackend<T>(dataDir: string, run: (backend: Backend) => Promise<T>): Promise<T> {
  ensureDataDir(dataDir);
  const backend = openBackend({ dataDir });
  return run(backend).finally(() => backend.close());
}

/** Calls a contract method the way every transport does, turning an error envelope into a CliError. */
export async function call<T>(backend: Backend, domain: string, methodName: string, input: unknown, command: string): Promise<T> {
  const envelope = await dispatch(backend.handlers, domain, methodName, input);
  if (envelope.ok) return envelope.data as T;
  const details = envelope.error.issues?.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
  const message = details ? `${envelope.error.message} (${details})` : envelope.error.message;
  if (envelope.error.code === 'validation') throw new UsageError(message, command);
  throw new CliError(message);
}

export async function webCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseCommandArgs('web', args, { port: { type: 'string' }, 'no-open': { type: 'boolean' } }, false);
  const port = parseInteger('port', values.port as string | undefined, 0, 0, 65535, 'web');
  const dir = rendererDir();
  if (!existsSync(join(dir, 'index.html'))) throw new CliError(`the app is not built (${join(dir, 'index.html')} is missing): run npm run build first`);
  const dataDir = resolveDataDir(values['data-dir'] as string | undefined, io.env);
  ensureDataDir(dataDir);
  const backend = openBackend({ dataDir });
  try {
    const server = await startWebServer({ backend, port, host: '127.0.0.1', rendererDir: dir }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') throw new CliError(`port ${port} is in use: pick another with --port, or --port 0 for a free one`);
      throw error;
    });
    io.out(`OpsBench ready: ${server.url}`);
    io.err(`Data folder: ${dataDir}. Press Ctrl+C to stop.`);
    if (!values['no-open']) openBrowser(server.url, process.platform, io.env);
    await io.waitForStop();
    await server.close();
  } finally {
    backend.close();
  }
}

export async function demoCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseCommandArgs('demo', args, { scale: { type: 'string' }, seed: { type: 'string' } }, false);
  const dataDir = (values['data-dir'] as string | undefined) || io.env.OPSBENCH_DATA_DIR;
  if (!dataDir) throw new UsageError('demo needs --data-dir DIR (or OPSBENCH_DATA_DIR), so that a real workspace is never replaced by accident', 'demo');
  const scale = (values.scale as string | undefined) ?? 'small';
  if (scale !== 'small' && scale !== 'large') throw new UsageError(`--scale must be small or large (got "${scale}")`, 'demo');
  const seed = parseInteger('seed', values.seed as string | undefined, 1, 0, 2 ** 31 - 1, 'demo');
  ensureDataDir(dataDir);
  const counts = writeDemoWorkspace({ dataDir, scale, seed });
  io.out(`Demo workspace (${scale}, seed ${seed}) written to ${dataDir}: ${counts.accounts} accounts, ${counts.columns} columns, ${counts.members} members, ${counts.calendarItems} calendar items.`);
}

function formatBackups(backups: Backup[]): string[] {
  return backups.map((b) => `${b.name}\t${b.reason}\t${b.createdAt}\t${(b.sizeBytes / 1024).toFixed(0)} KB`);
}

export async function backupCommand(args: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseCommandArgs('backup', args, { json: { type: 'boolean' } }, true);
  const [action, name, ...extra] = positionals;
  if (!action) throw new UsageError('backup needs an action: list, create or restore NAME', 'backup');
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`, 'backup');
  if (action !== 'restore' && name !== undefined) throw new UsageError(`backup ${action} takes no argument (got "${name}")`, 'backup');
  if (action === 'restore' && !name) throw new UsageError('backup restore needs the NAME of a backup (see opsbench backup list)', 'backup');
  if (!['list', 'create', 'restore'].includes(action)) throw new UsageError(`unknown backup action "${action}": use list, create or restore NAME`, 'backup');
  const json = values.json === true;
  const dataDir = resolveDataDir(values['data-dir'] as string | undefined, io.env);
  await withBackend(dataDir, async (backend) => {
    if (action === 'list') {
      const backups = await call<Backup[]>(backend, 'backups', 'list', {}, 'backup');
      if (json) io.out(JSON.stringify(backups, null, 2));
      else if (backups.length === 0) io.err(`No backups yet in ${dataDir}.`);
      else formatBackups(backups).forEach((line) => io.out(line));
    } else if (action === 'create') {
      const backup = await call<Backup>(backend, 'backups', 'create', {}, 'backup');
      io.out(json ? JSON.stringify(backup, null, 2) : `Backup created: ${backup.name}`);
    } else {
      await call(backend, 'backups', 'restore', { name }, 'backup');
      io.out(json ? JSON.stringify({ ok: true, restored: name }) : `Workspace restored from ${name}.`);
    }
  });
}
