import type { Backup } from '../../src-shared/contract/backups';
import type { Backend } from '../session/backend';
import { resolveDataDir } from '../session/data-dir';
import { noMoreArguments, parseCommandArgs, stringOption } from './args';
import { call, withBackend } from './backend-call';
import { CliError, message, UsageError, type Command, type CommandContext, type CommandResult } from './command';

// `opsbench backup list|create|restore NAME`: the rolling backups of the workspace.

interface BackupVerb {
  /** The arguments it takes after the verb (`restore NAME`). */
  argument?: 'name';
  run(backend: Backend, ctx: CommandContext, name: string | undefined): Promise<CommandResult>;
}

const size = (backup: Backup) => `${Math.max(1, Math.round(backup.sizeBytes / 1024))} KB`;

const VERBS: Record<string, BackupVerb> = {
  list: {
    async run(backend, { say }) {
      const backups = await call<Backup[]>(backend, 'backups', 'list', {}, 'backup list');
      const lines = backups.map((b) => [b.name, say(message(`backups.reason.${b.reason}`)), b.createdAt, size(b)].join('\t'));
      const summary = backups.length ? message('cli.backup.listed', { count: backups.length, dataDir: backend.dataDir }) : message('cli.backup.none', { dataDir: backend.dataDir });
      return { summary, lines, data: { counts: { backups: backups.length }, backups } };
    },
  },
  create: {
    async run(backend) {
      const backup = await call<Backup>(backend, 'backups', 'create', {}, 'backup create');
      return { summary: message('cli.backup.created', { name: backup.name, size: size(backup) }), data: { counts: { created: 1 }, backup } };
    },
  },
  restore: {
    argument: 'name',
    async run(backend, _ctx, name) {
      const backups = await call<Backup[]>(backend, 'backups', 'list', {}, 'backup restore');
      if (!backups.some((b) => b.name === name)) throw new CliError(message('cli.error.noSuchBackup', { name: name!, dataDir: backend.dataDir }), 'not_found');
      await call(backend, 'backups', 'restore', { name }, 'backup restore');
      return { summary: message('cli.backup.restored', { name: name! }), data: { counts: { restored: 1 }, restored: name } };
    },
  },
};

export const backupCommand: Command = async (ctx) => {
  const { values, positionals } = parseCommandArgs('backup', ctx.args, {}, true);
  const [verbName, ...rest] = positionals;
  const verbs = Object.keys(VERBS).join(', ');
  if (verbName === undefined) throw new UsageError(message('cli.usage.needVerb', { command: 'backup', verbs }), 'backup');
  const verb = Object.hasOwn(VERBS, verbName) ? VERBS[verbName]! : undefined;
  if (!verb) throw new UsageError(message('cli.usage.unknownVerb', { command: 'backup', verb: verbName, verbs }), 'backup');
  const name = verb.argument ? rest.shift() : undefined;
  if (verb.argument && !name) throw new UsageError(message('cli.usage.needBackupName'), 'backup');
  noMoreArguments(rest, 'backup');
  const dataDir = resolveDataDir({ flag: stringOption(values, 'data-dir'), env: ctx.io.env });
  return withBackend(dataDir, (backend) => verb.run(backend, ctx, name));
};
