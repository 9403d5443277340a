import type { ApiIssue } from '../../src-shared/contract/define';
import type { Language } from '../../src-shared/contract/settings';
import type { MessageKey } from '../../src-shared/i18n';

// What every command is given and gives back. Commands never print their result themselves:
// run.ts says it in the user's language, or prints it as one JSON object with --json.

/** A text by its key; a param may itself be a message (`reason` of a failed read). */
export interface Message {
  key: MessageKey;
  params?: Readonly<Record<string, string | number | Message>>;
}

export const message = (key: MessageKey, params?: Message['params']): Message => (params ? { key, params } : { key });

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  /** Resolves when the user asks a long-running command to stop (SIGINT/SIGTERM). */
  waitForStop(): Promise<void>;
}

export interface CommandContext {
  /** The arguments after the command's name, without the global options (--lang, --json). */
  args: string[];
  io: CliIo;
  language: Language;
  json: boolean;
  /** Says a message in the user's language. */
  say(message: Message): string;
  /** Prints a result (as run.ts prints the one a command returns): for a command that reports while it runs. */
  report(result: CommandResult): void;
}

export interface CommandResult {
  /** The one-line summary: what was done, with counts. */
  summary: Message;
  /** Printed by --json beside the summary: `counts` (always) and whatever scripts need (names, paths, rows). */
  data: { counts: Record<string, number> } & Record<string, unknown>;
  /** Lines before the summary on stdout (a backup per line). */
  lines?: string[];
  /** Lines on stderr (the reasons rows were rejected). */
  notes?: string[];
  /** 1 when nothing could be done (every new row of an import rejected); 0 otherwise. */
  exitCode?: 0 | 1;
}

/** A command: a result to print, or nothing when it printed while running (`web`). */
export type Command = (ctx: CommandContext) => Promise<CommandResult | void>;

/** A failure the user can act on: exit code 1, the message on stderr, no stack trace. */
export class CliError extends Error {
  constructor(
    readonly said: Message,
    /** `failed`, or the contract's error code when a method refused. */
    readonly code: string = 'failed',
    readonly issues?: readonly ApiIssue[],
  ) {
    super(said.key);
    this.name = 'CliError';
  }
}

/** A mistake in how the command was called: exit code 2 and a hint to `--help`. */
export class UsageError extends CliError {
  constructor(
    said: Message,
    /** The command whose help the hint points to (`import calendar`). */
    readonly command?: string,
    issues?: readonly ApiIssue[],
  ) {
    super(said, 'usage', issues);
    this.name = 'UsageError';
  }
}
