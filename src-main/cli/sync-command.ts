import type { SyncReport, SyncStatus } from '../../src-shared/contract/sync';
import { isMessageKey } from '../../src-shared/i18n';
import { dispatch } from '../services/dispatch';
import type { Backend } from '../session/backend';
import { resolveDataDir } from '../session/data-dir';
import { noMoreArguments, parseCommandArgs, stringOption } from './args';
import { failure, withBackend } from './backend-call';
import { CliError, message, UsageError, type Command, type CommandContext, type CommandResult, type Message } from './command';

// `opsbench sync [status|enroll|leave]`: sync with HQ once (until nothing is left either way), the
// status, enrolment and leaving (issue 14). The one-shot command starts no background loop.

const OPTIONS = {
  hq: { type: 'string' },
  code: { type: 'string' },
  name: { type: 'string' },
  merge: { type: 'boolean' },
  replace: { type: 'boolean' },
} as const;

/** A sync method through the contract; HQ's refusals are said with their reason, in the CLI's language. */
async function callSync<T>(backend: Backend, method: string, input: unknown): Promise<T> {
  const envelope = await dispatch(backend.handlers, 'sync', method, input);
  if (envelope.ok) return envelope.data as T;
  const first = envelope.error.issues?.[0];
  if (envelope.error.code === 'validation' && first?.message.startsWith('syncEngine.')) throw new CliError(message('syncEngine.badCode'), envelope.error.code);
  // The UI's question (sync subtree); the command's answer is an option.
  if (first?.message === 'sync.enroll.bothHaveData') throw new CliError(message('syncEngine.cli.bothHaveData'), envelope.error.code);
  if (envelope.error.code === 'validation' || !first || !isMessageKey(first.message)) throw failure(envelope.error, `sync ${method}`);
  throw new CliError(message('syncEngine.cli.failed', { reason: message(first.message, first.params as Message['params']) }), envelope.error.code);
}

const countsOf = ({ pushed, pulled, assetsUp, assetsDown }: SyncReport) => ({ pushed, pulled, assetsUp, assetsDown });
const moved = (report: SyncReport): CommandResult['data'] => ({ counts: countsOf(report), status: report.status });

function statusResult(status: SyncStatus, { say }: CommandContext): CommandResult {
  if (status.state === 'notEnrolled') return { summary: message('syncEngine.cli.status.notEnrolled'), data: { counts: { pending: status.pendingChanges }, status } };
  const lines = status.lastError ? [say(message('syncEngine.cli.status.lastError', { at: status.lastError.at, message: status.lastError.message }))] : [];
  const summary = message('syncEngine.cli.status.enrolled', {
    hqUrl: status.hqUrl ?? '',
    tenant: status.tenantName ?? '',
    device: status.deviceName ?? '',
    state: message(`syncEngine.cli.state.${status.state}`),
    lastSyncAt: status.lastSyncAt ?? message('syncEngine.cli.status.never'),
    pending: status.pendingChanges,
  });
  return { summary, lines, data: { counts: { pending: status.pendingChanges }, status } };
}

const VERBS: Record<string, (backend: Backend, ctx: CommandContext, values: Record<string, string | boolean | undefined>) => Promise<CommandResult>> = {
  async sync(backend) {
    const report = await callSync<SyncReport>(backend, 'syncNow', {});
    return { summary: message('syncEngine.cli.synced', countsOf(report)), data: moved(report) };
  },
  async status(backend, ctx) {
    return statusResult(await callSync<SyncStatus>(backend, 'status', {}), ctx);
  },
  async enroll(backend, { say }, values) {
    const hqUrl = stringOption(values, 'hq');
    const code = stringOption(values, 'code');
    if (!hqUrl || !code) throw new UsageError(message('syncEngine.cli.needHqAndCode'), 'sync');
    if (values.merge && values.replace) throw new UsageError(message('syncEngine.cli.mergeOrReplace'), 'sync');
    const mode = values.merge ? 'merge' : values.replace ? 'replace' : undefined;
    const report = await callSync<SyncReport>(backend, 'enroll', { hqUrl, code, deviceName: stringOption(values, 'name'), mode });
    const { status } = report;
    return {
      summary: message('syncEngine.cli.enrolled', { hqUrl: status.hqUrl ?? hqUrl, tenant: status.tenantName ?? '', device: status.deviceName ?? '' }),
      lines: [say(message('syncEngine.cli.synced', countsOf(report)))],
      data: moved(report),
    };
  },
  async leave(backend) {
    const status = await callSync<SyncStatus>(backend, 'leave', {});
    return { summary: message('syncEngine.cli.left'), data: { counts: { pending: status.pendingChanges }, status } };
  },
};

export const syncCommand: Command = async (ctx) => {
  const { values, positionals } = parseCommandArgs('sync', ctx.args, OPTIONS, true);
  const [verbName = 'sync', ...rest] = positionals;
  const verbs = Object.keys(VERBS).filter((v) => v !== 'sync');
  const verb = Object.hasOwn(VERBS, verbName) && verbName !== 'sync' ? VERBS[verbName]! : positionals.length === 0 ? VERBS.sync! : undefined;
  if (!verb) throw new UsageError(message('cli.usage.unknownVerb', { command: 'sync', verb: verbName, verbs: verbs.join(', ') }), 'sync');
  noMoreArguments(rest, 'sync');
  const dataDir = resolveDataDir({ flag: stringOption(values, 'data-dir'), env: ctx.io.env });
  return withBackend(dataDir, (backend) => verb(backend, ctx, values), { access: verbName === 'status' ? 'read' : 'write', program: `opsbench sync ${positionals[0] ?? ''}`.trim() });
};
