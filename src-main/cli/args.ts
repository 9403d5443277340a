import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { message, UsageError } from './command';

// Command-line parsing for every command: node:util's parseArgs, strict, its English errors
// turned into translated usage errors.

/** Options every command takes besides the global ones run.ts reads (--lang, --json). */
export const COMMON_OPTIONS = {
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsOptionsConfig;

export interface GlobalOptions {
  /** The arguments without --lang and --json. */
  args: string[];
  lang?: string;
  json: boolean;
}

/** Takes --lang and --json from anywhere before `--`, so that every command and every error honours them. */
export function takeGlobalOptions(argv: readonly string[]): GlobalOptions {
  const args: string[] = [];
  let lang: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      args.push(...argv.slice(i));
      break;
    }
    if (arg === '--json') json = true;
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else if (arg === '--lang') {
      lang = argv[++i];
      if (lang === undefined) throw new UsageError(message('cli.usage.missingValue', { option: '--lang' }));
    } else args.push(arg);
  }
  return { args, lang, json };
}

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** The option or argument node:util names in its message (`Unknown option '--frob'`). */
const quoted = (text: string) => /'([^'\s]+)/.exec(text)?.[1] ?? text;

function usageOf(error: NodeJS.ErrnoException, command: string): UsageError {
  const text = error.message;
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(message('cli.usage.unknownOption', { option: quoted(text) }), command);
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return new UsageError(message('cli.usage.unexpectedArgument', { argument: quoted(text) }), command);
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return new UsageError(message(/argument missing/.test(text) ? 'cli.usage.missingValue' : 'cli.usage.takesNoValue', { option: quoted(text) }), command);
  }
  return new UsageError(message('cli.usage.invalidArguments', { detail: text }), command);
}

/** node:util parseArgs, strict, with its errors turned into usage errors of `command`. */
export function parseCommandArgs(command: string, args: string[], options: ParseArgsOptionsConfig, allowPositionals: boolean): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({ args, options: { ...COMMON_OPTIONS, ...options }, allowPositionals, strict: true });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    throw usageOf(error as NodeJS.ErrnoException, command);
  }
}

/** A string option's value, if given. */
export const stringOption = (values: ParsedArgs['values'], name: string): string | undefined => (typeof values[name] === 'string' ? values[name] : undefined);

export function parseInteger(name: string, raw: string | undefined, fallback: number, min: number, max: number, command: string): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(message('cli.usage.wholeNumber', { option: `--${name}`, min, max, value: raw }), command);
  }
  return value;
}

/** One of a few words (`--scale small|large`), else a usage error naming them. */
export function parseChoice<T extends string>(name: string, raw: string | undefined, choices: readonly T[], fallback: T, command: string): T {
  if (raw === undefined) return fallback;
  if ((choices as readonly string[]).includes(raw)) return raw as T;
  throw new UsageError(message('cli.usage.oneOf', { option: `--${name}`, choices: choices.join(' | '), value: raw }), command);
}

/** Refuses positional arguments beyond those a command takes. */
export function noMoreArguments(extra: readonly string[], command: string): void {
  if (extra.length) throw new UsageError(message('cli.usage.unexpectedArgument', { argument: extra[0]! }), command);
}
