import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import type { Language } from '../../src-shared/contract/settings';
import { HqLockedError } from '../db/lock';
import { defaultHqDataDir, openHqDatabase, type HqDatabase } from '../db/open';
import { HqAdminError } from '../sync/admin';
import { adminCommands } from './admin-commands';
import { DATABASE_OPTIONS, type HqCommand, type OptionValues, type Outcome } from './command';
import { serve } from './serve';
import { HqCliError, hqLanguage, say, said, usageError } from './speak';

// `opsbench hq <command> …` (bin/opsbench.js hands over process.argv.slice(3)). Each command
// parses its own options (node:util parseArgs, strict), opens the database it names and prints
// text in the user's language or, with --json, one JSON object.

const SERVE_OPTIONS: ParseArgsOptionsConfig = { ...DATABASE_OPTIONS, port: { type: 'string' }, host: { type: 'string' }, 'min-app-version': { type: 'string' } };

const openFor = (values: OptionValues): Promise<HqDatabase> =>
  openHqDatabase(typeof values.db === 'string' ? { url: values.db } : { dataDir: typeof values['data-dir'] === 'string' ? values['data-dir'] : defaultHqDataDir() });

function parsePort(value: string | boolean | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || port > 65535) throw usageError('serve', said('hq.errors.badPort', { value }));
  return port;
}

function failure(error: unknown): HqCliError {
  if (error instanceof HqCliError) return error;
  if (error instanceof HqLockedError) return new HqCliError(said('hq.errors.locked', { dataDir: error.dataDir, pid: error.holder?.pid ?? '?' }), 1);
  if (error instanceof HqAdminError) return new HqCliError(said(`hq.errors.${error.code}`, { subject: error.subject }), 1);
  return new HqCliError(said('hq.errors.failed', { detail: error instanceof Error ? error.message : String(error) }), 1);
}

function report(language: Language, json: boolean, error: HqCliError): void {
  if (json) process.stdout.write(`${JSON.stringify({ ok: false, error: { key: error.text.key, params: error.text.params ?? {}, message: say(language, error.text) } })}\n`);
  const hint = error.usageOf === undefined ? '' : say(language, said('hq.errors.usageHint', { command: error.usageOf ? ` ${error.usageOf}` : '' }));
  process.stderr.write(`${say(language, error.text)}${hint}\n`);
}

/** Runs one command; resolves to the exit code. */
export async function runHq(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const language = hqLanguage(env);
  const json = args.includes('--json');
  const name = args.slice(0, 2).join(' ');
  const commands = adminCommands();
  const known = Object.keys(commands).find((command) => name === command || name.startsWith(`${command} `)) ?? (args[0] === 'serve' ? 'serve' : undefined);
  if (!known) {
    if (args.length === 0 || args[0] === '--help' || args[0] === '-h') {
      process.stdout.write(`${say(language, said('hq.help.hq'))}\n`);
      return args.length === 0 ? 2 : 0;
    }
    const verbs = groupUsage(language, args[0]!, commands);
    if (verbs && args.slice(1).every((arg) => arg === '--help' || arg === '-h')) {
      process.stdout.write(`${verbs}\n`);
      return args.length === 1 ? 2 : 0;
    }
    report(
      language,
      json,
      usageError(
        '',
        said('hq.errors.unknownCommand', {
          command: args
            .filter((a) => !a.startsWith('-'))
            .slice(0, 2)
            .join(' '),
        }),
      ),
    );
    return 2;
  }
  const rest = args.slice(known.split(' ').length);
  try {
    if (known === 'serve') return await runServe(rest, language);
    const command = commands[known]!;
    const { values, positionals } = parse(known, rest, command.options);
    if (values.help) {
      process.stdout.write(`${say(language, command.help)}\n`);
      return 0;
    }
    if (positionals.length < command.positionals.count) throw usageError(known, command.positionals.missing!);
    if (positionals.length > command.positionals.count) throw usageError(known, said('hq.errors.arguments', { detail: positionals.slice(command.positionals.count).join(' ') }));
    const hq = await openFor(values);
    let outcome: Outcome;
    try {
      outcome = await command.run(hq, values, positionals);
    } finally {
      await hq.close();
    }
    if (json) process.stdout.write(`${JSON.stringify({ ok: true, ...(outcome.json as object) })}\n`);
    else for (const line of outcome.lines) process.stdout.write(`${say(language, line)}\n`);
    return 0;
  } catch (error) {
    const reported = failure(error);
    report(language, json, reported);
    return reported.exitCode;
  }
}

/** `hq tenant --help`: the group's verbs, each by its usage line; undefined when `group` is not one. */
function groupUsage(language: Language, group: string, commands: Record<string, HqCommand>): string | undefined {
  const verbs = Object.entries(commands).filter(([name]) => name.startsWith(`${group} `));
  return verbs.length ? verbs.map(([, command]) => say(language, command.help).split('\n')[0]).join('\n') : undefined;
}

function parse(command: string, args: string[], options: ParseArgsOptionsConfig): { values: OptionValues; positionals: string[] } {
  try {
    // No option is declared `multiple`, so every value is a string or a boolean.
    return parseArgs({ args, options, allowPositionals: true, strict: true }) as { values: OptionValues; positionals: string[] };
  } catch (error) {
    throw usageError(command, said('hq.errors.arguments', { detail: (error as Error).message }));
  }
}

async function runServe(args: string[], language: Language): Promise<number> {
  const { values, positionals } = parse('serve', args, SERVE_OPTIONS);
  if (values.help) {
    process.stdout.write(`${say(language, said('hq.help.serve'))}\n`);
    return 0;
  }
  if (positionals.length > 0) throw usageError('serve', said('hq.errors.arguments', { detail: positionals.join(' ') }));
  const port = parsePort(values.port);
  const hq = await openFor(values);
  try {
    await serve(hq, { host: typeof values.host === 'string' ? values.host : '127.0.0.1', port, minAppVersion: values['min-app-version'] as string | undefined, language });
  } finally {
    await hq.close();
  }
  return 0;
}
