import type { ApiError } from '../../src-shared/contract/define';
import { isMessageKey } from '../../src-shared/i18n';
import { dispatch } from '../services/dispatch';
import { openBackend, type Backend } from '../session/backend';
import { CliError, message, UsageError, type Message } from './command';
import { ensureDataDir } from './files';

// The CLI opens the same back end as the app and calls the same contract methods through
// dispatch, so its input is validated like every other caller's.

/** Opens the workspace in `dataDir` (creating the folder), runs `work`, and closes it whatever happens. */
export async function withBackend<T>(dataDir: string, work: (backend: Backend) => Promise<T>): Promise<T> {
  ensureDataDir(dataDir);
  let backend: Backend;
  try {
    backend = openBackend({ dataDir });
  } catch (error) {
    throw new CliError(message('cli.error.cannotOpen', { dataDir, detail: error instanceof Error ? error.message : String(error) }));
  }
  try {
    return await work(backend);
  } finally {
    backend.close();
  }
}

/** An error envelope as the CLI says it: the first issue's message, else the code's; internal errors with their detail. */
function failure(error: ApiError, command: string): CliError {
  const first = error.issues?.[0];
  if (error.code === 'validation') {
    const said: Message = first && isMessageKey(first.message) ? message(first.message, first.params as Message['params']) : message('validation.invalid');
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
