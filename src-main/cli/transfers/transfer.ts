import type { ParseArgsOptionsConfig } from 'node:util';
import type { MessageKey } from '../../../src-shared/i18n';
import type { ParsedArgs } from '../args';
import type { CommandContext, CommandResult } from '../command';

export type Direction = 'import' | 'export';

export interface TransferRun extends CommandContext, ParsedArgs {
  /** `import calendar`: what the usage errors point to. */
  command: string;
  /** The data folder the options and environment name. */
  dataDir: string;
}

export interface TransferHandler {
  /** The help text of `opsbench <direction> <what>`. */
  help: MessageKey;
  /** Options beyond --data-dir, --help, --lang and --json. */
  options: ParseArgsOptionsConfig;
  /** Whether it takes arguments after <what> (the FILE of an import). */
  positionals: boolean;
  run(run: TransferRun): Promise<CommandResult>;
}

export type Transfer = Partial<Record<Direction, TransferHandler>>;
