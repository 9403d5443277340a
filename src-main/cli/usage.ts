import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** A mistake in how the command was called: exit code 2 and a hint to `--help`. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A failure the user can act on: exit code 1, message on stderr, no stack trace. */
export class CliError extends Error {
  override name = 'CliError';
}

export const COMMON_OPTIONS = {
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsOptionsConfig;

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** node:util parseArgs, strict, with its errors turned into usage errors. */
export function parseCommandArgs(command: string, args: string[], options: ParseArgsOptionsConfig, allowPositionals: boolean): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({ args, options: { ...COMMON_OPTIONS, ...options }, allowPositionals, strict: true });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), command);
  }
}

export function parseInteger(name: string, raw: string | undefined, fallback: number, min: number, max: number, command: string): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got "${raw}")`, command);
  }
  return value;
}

export const MAIN_HELP = `opsbench: OpsBench 运营台 without the window, for scripts, tests and browser mode.

Usage: opsbench <command> [options]

Commands:
  web              Serve the app on http://127.0.0.1 (browser mode) and open it
  demo             Write the deterministic demo workspace (华东分公司) into a data folder
  backup list      List the workspace's rolling backups, newest first
  backup create    Make a backup now
  backup restore NAME
                   Replace the workspace with a backup (the current state is backed up first)
  import calendar FILE
                   Import a content-calendar .csv (UTF-8 or GBK) or .xlsx file
  export calendar --from D --to D
                   Export the content calendar as .xlsx or .ics

Options:
  --data-dir DIR   The data folder (default: $OPSBENCH_DATA_DIR, else the app's per-user folder)
  -h, --help       Show help; "opsbench <command> --help" shows a command's options
  -v, --version    Show the version

Exit codes: 0 done, 1 failed (message on stderr; OPSBENCH_DEBUG=1 adds the stack), 2 usage error.
`;

export const COMMAND_HELP: Record<string, string> = {
  web: `Usage: opsbench web [--port N] [--no-open] [--data-dir DIR]

Starts the local back end and serves the built app on 127.0.0.1 with a fresh session token,
prints "OpsBench ready: <url>" and opens the system browser. Ctrl+C stops it.

Options:
  --port N         Port to listen on (default 0: a free port)
  --no-open        Do not open the system browser
  --data-dir DIR   The data folder (default: $OPSBENCH_DATA_DIR, else the app's per-user folder)
`,
  demo: `Usage: opsbench demo --data-dir DIR [--scale small|large] [--seed N]

Writes the deterministic demo workspace (华东分公司) into DIR, replacing what is there after a
backup. The same seed always gives the same data. --scale large makes the benchmark workspace.

Options:
  --data-dir DIR   The data folder (or set OPSBENCH_DATA_DIR); required so a real workspace is
                   never overwritten by accident
  --scale S        small (default) or large
  --seed N         Random seed, a whole number (default 1)
`,
  import: `Usage: opsbench import calendar FILE [--dry-run] [--json] [--data-dir DIR]

Imports the rows of a .csv (UTF-8 or GBK, as Excel saves it) or .xlsx file into the content
calendar, matching columns by their header names (账号, 日期, 时间, 位置, 栏目, 标题, 选题说明,
负责人, 截稿日期, 状态, 标签). Rows with errors are listed on stderr and skipped; rows already in
the calendar are skipped, so importing a file twice creates nothing new. A backup is made first.

Options:
  --dry-run        Check the file and print what would be imported, without writing
  --json           Print JSON (counts and each row's problems) instead of text
  --data-dir DIR   The data folder (default: $OPSBENCH_DATA_DIR, else the app's per-user folder)
`,
  export: `Usage: opsbench export calendar --from YYYY-MM-DD --to YYYY-MM-DD [--format xlsx|ics] [--out FILE] [--data-dir DIR]

Writes the dated items of a range (at most 400 days) as an Excel workbook or an iCalendar file.

Options:
  --format F       xlsx (default, or ics when --out ends in .ics)
  --out FILE       Where to write (default: 内容日历_<from>_<to>.<format> in the current folder)
  --data-dir DIR   The data folder (default: $OPSBENCH_DATA_DIR, else the app's per-user folder)
`,
  backup: `Usage: opsbench backup list|create|restore NAME [--data-dir DIR] [--json]

  list             The rolling backups, newest first (name, reason, time, size)
  create           Makes a backup now and prints its name
  restore NAME     Replaces the workspace with backup NAME (the current state is backed up first)

Options:
  --data-dir DIR   The data folder (default: $OPSBENCH_DATA_DIR, else the app's per-user folder)
  --json           Print JSON instead of text
`,
};
