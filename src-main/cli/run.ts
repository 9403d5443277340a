import { exportCommand, importCommand } from './calendar-commands';
import { backupCommand, type CliIo, demoCommand, webCommand } from './commands';
import { packageInfo } from './package-info';
import { COMMAND_HELP, MAIN_HELP, UsageError } from './usage';

export type { CliIo } from './commands';

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<void>> = {
  web: webCommand,
  demo: demoCommand,
  backup: backupCommand,
  import: importCommand,
  export: exportCommand,
};

function wantsHelp(args: string[]): boolean {
  return args.includes('--help') || args.includes('-h');
}

async function runCommand(argv: string[], io: CliIo): Promise<void> {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('no command given');
  if (first === '--version' || first === '-v') return io.out(packageInfo().version);
  if (first === '--help' || first === '-h') return io.out(MAIN_HELP);
  if (first === 'help') {
    const topic = rest[0];
    if (topic !== undefined && !COMMAND_HELP[topic]) throw new UsageError(`unknown command "${topic}"`);
    return io.out(topic ? COMMAND_HELP[topic]! : MAIN_HELP);
  }
  const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!command) throw new UsageError(first.startsWith('-') ? `unknown option "${first}"` : `unknown command "${first}"`);
  if (wantsHelp(rest)) return io.out(COMMAND_HELP[first]!);
  await command(rest, io);
}

/** Runs one `opsbench` invocation and returns its exit code: 0 done, 1 failed, 2 usage error. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    await runCommand(argv, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`opsbench: ${error.message}`);
      io.err(`Run "opsbench ${error.command ? `${error.command} ` : ''}--help" for usage.`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`opsbench: ${message}`);
    if (io.env.OPSBENCH_DEBUG === '1' && error instanceof Error && error.stack) io.err(error.stack);
    return 1;
  }
}
