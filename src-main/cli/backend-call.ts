import type { ApiError } from '../../src-shared/contract/define';
import { isMessageKey } from '../../src-shared/i18n';
import { dispatch } from '../services/dispatch';
import dayjs from 'dayjs';
import { openBackend, type Backend } from '../session/backend';
import { WorkspaceLockedError } from '../session/workspace-lock';
import { CliError, message, UsageError, type Message } from './command';
import { ensureDataDir } from './files';

// The CLI opens the same back end as the app and calls the same contract methods through
// dispatch, so its input is validated like every other caller's.

/**
 * Opens the workspace in `dataDir` (creating the folder), runs `work`, and closes it whatever
 * happens. Commands that write hold the workspace's lock (a second writer is told who has it);
 * `access: 'read'` commands work while another process holds it.
 */
export async function withBackend<T>(
  dataDir: string,
  work: (backend: Backend) => Promise<T>,
  { access = 'write' as 'read' | 'write', program = 'opsbench', scheduleDigest = false, syncInBackground = false } = {},
): Promise<T> {
  if (access === 'write') ensureDataDir(dataDir);
  let backend: Backend;
  try {
    backend = openBackend({ dataDir, access, program, scheduleDigest, syncInBackground });
  } catch (error) {
    if (error instanceof WorkspaceLockedError && error.holder) {
      const { program, pid, since } = error.holder;
      throw new CliError(message('cli.error.locked', { dataDir, program, pid, since: dayjs(since).format('YYYY-MM-DD HH:mm') }), 'locked');
    }
    throw new CliError(message('cli.error.cannotOpen', { dataDir, detail: error instanceof Error ? error.message : String(error) }));
  }
  try {
    return await work(backend);
  } finally {
    backend.close();
  }
}

/** An error envelope as the CLI says it: the first issue's message, else the code's; internal errors with their detail. */
export function failure(error: ApiError, command: string): CliError {
  const first = error.issues?.[0];
  if (error.code === 'validation') {
    const said: Message = first && isMessageKey(first.message) ? message(first.message, first.params as Message['params']) : message('validation.invalid');
    // A file that cannot be read (damaged, too large, too many rows) is a failure, not a misuse of the command: exit 1.
    if (first?.message.startsWith('validation.import.')) return new CliError(said, error.code, error.issues);
    return new UsageError(said, command, error.issues);
  }
  if (error.code === 'internal') return new CliError(message('cli.error.internal', { detail: error.message }), error.code);
  return new CliError(message(`errors.${error.code}`), error.code, error.issues);
}

/** Calls a contract method the way every transport does; an error envelope becomes a CliError (validation: a UsageError). */
export async function call<T>(backend: Backend, domain: string, methodName: string, input: unknown, command: string): Promise<T> {
  const envelope = await dispatch(backend.handlers, domain, methodName, input);
  if (envelope.ok) return envelope.data as T;
  throw failure(envelope.error, command);
}
