import type { Language } from '../../src-shared/contract/settings';
import { issueText, translate } from '../../src-shared/i18n';
import { takeGlobalOptions } from './args';
import { backupCommand } from './backup-command';
import { CliError, message, UsageError, type CliIo, type Command, type CommandContext, type CommandResult, type Message } from './command';
import { demoCommand } from './demo-command';
import { helpText } from './help';
import { lintCommand } from './lint-command';
import { cliLanguage, localeLanguage } from './language';
import { packageInfo } from '../session/package-info';
import { syncCommand } from './sync-command';
import { transferCommand } from './transfer-command';
import { webCommand } from './web-command';

export type { CliIo } from './command';

// One grammar: `opsbench import|export <what> …` moves data in and out, `opsbench <thing> <verb>`
// manages a thing, `opsbench demo` and `opsbench web` stand alone.
const COMMANDS: Record<string, Command> = {
  import: transferCommand('import'),
  export: transferCommand('export'),
  backup: backupCommand,
  demo: demoCommand,
  web: webCommand,
  lint: lintCommand,
  sync: syncCommand,
};

const wantsHelp = (args: readonly string[]) => args.includes('--help') || args.includes('-h');

function sayer(language: Language): (said: Message) => string {
  const say = (said: Message): string => {
    const params = said.params && Object.fromEntries(Object.entries(said.params).map(([name, value]) => [name, typeof value === 'object' ? say(value) : value]));
    return translate(language, said.key, params);
  };
  return say;
}

type Speaker = Pick<CommandContext, 'io' | 'language' | 'json' | 'say'>;

function speaker(io: CliIo, language: Language, json: boolean): Speaker {
  return { io, language, json, say: sayer(language) };
}

/** A result on the terminal in the user's language, or as one JSON object on one line of stdout. */
function reporter({ io, json, say }: Speaker) {
  return (result: CommandResult): void => {
    if (json) return io.out(JSON.stringify({ ok: (result.exitCode ?? 0) === 0, message: result.summary, ...result.data }));
    result.notes?.forEach((line) => io.err(line));
    io.out(say(result.summary));
    result.lines?.forEach((line) => io.out(line));
  };
}

/** The reason on stderr in the user's language (with --json also as one JSON object on stdout). */
function reportFailure(error: CliError, { io, json, say, language }: Speaker): void {
  const texts = error.issues?.length ? [...new Set(error.issues.map((issue) => issueText(language, issue)))] : [say(error.said)];
  io.err(`opsbench: ${texts.join(say(message('cli.separator')))}`);
  if (error instanceof UsageError) io.err(say(message('cli.usage.hint', { help: ['opsbench', error.command, '--help'].filter(Boolean).join(' ') })));
  if (json) io.out(JSON.stringify({ ok: false, error: { code: error.code, message: error.said, ...(error.issues ? { issues: error.issues } : {}) } }));
}

/** The help asked for, if any: `help [topic]`, `--help`, or `<command> [<what>] … --help`. */
function helpTopic(args: readonly string[]): string[] | undefined {
  const [first, ...rest] = args;
  if (first === 'help') return rest.filter((a) => !a.startsWith('-'));
  if (first === '--help' || first === '-h') return [];
  if (first === undefined || !wantsHelp(rest)) return undefined;
  return rest[0] && !rest[0].startsWith('-') ? [first, rest[0]] : [first];
}

async function runCommand(ctx: CommandContext): Promise<number> {
  const [first, ...rest] = ctx.args;
  if (first === '--version' || first === '-v') {
    ctx.io.out(packageInfo().version);
    return 0;
  }
  const topic = helpTopic(ctx.args);
  if (topic) {
    if (topic[0] !== undefined && !Object.hasOwn(COMMANDS, topic[0])) throw new UsageError(message('cli.usage.unknownCommand', { command: topic[0] }));
    ctx.io.out(helpText(ctx.say, topic));
    return 0;
  }
  if (first === undefined) throw new UsageError(message('cli.usage.noCommand'));
  const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!command) throw new UsageError(first.startsWith('-') ? message('cli.usage.unknownOption', { option: first }) : message('cli.usage.unknownCommand', { command: first }));
  const result = await command({ ...ctx, args: rest });
  if (!result) return 0;
  ctx.report(result);
  return result.exitCode ?? 0;
}

/** Runs one `opsbench` invocation and returns its exit code: 0 done, 1 failed or nothing done, 2 usage error. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  // Until --lang is read, errors are said in the locale's language.
  let shown = speaker(io, localeLanguage(io.env), argv.includes('--json'));
  try {
    const globals = takeGlobalOptions(argv);
    shown = speaker(io, cliLanguage(globals.lang, io.env), globals.json);
    return await runCommand({ ...shown, args: globals.args, report: reporter(shown) });
  } catch (error) {
    if (error instanceof CliError) {
      reportFailure(error, shown);
      return error instanceof UsageError ? 2 : 1;
    }
    reportFailure(new CliError(message('cli.error.internal', { detail: error instanceof Error ? error.message : String(error) }), 'internal'), shown);
    if (io.env.OPSBENCH_DEBUG === '1' && error instanceof Error && error.stack) io.err(error.stack);
    return 1;
  }
}
