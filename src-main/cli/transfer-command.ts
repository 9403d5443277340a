import { resolveDataDir } from '../session/data-dir';
import { parseCommandArgs, stringOption } from './args';
import { message, UsageError, type Command } from './command';
import { transferHandler, transferWhats } from './transfers';
import type { Direction } from './transfers/transfer';

/** `opsbench import <what> …` / `opsbench export <what> …`: finds <what>'s handler and runs it. */
export function transferCommand(direction: Direction): Command {
  return async (ctx) => {
    const [what, ...rest] = ctx.args;
    const whats = transferWhats(direction).join(', ');
    if (what === undefined || what.startsWith('-')) throw new UsageError(message('cli.usage.needWhat', { command: direction, whats }), direction);
    const handler = transferHandler(direction, what);
    if (!handler) throw new UsageError(message('cli.usage.unknownWhat', { command: direction, what, whats }), direction);
    const command = `${direction} ${what}`;
    const parsed = parseCommandArgs(command, rest, handler.options, handler.positionals);
    const dataDir = resolveDataDir({ flag: stringOption(parsed.values, 'data-dir'), env: ctx.io.env });
    return handler.run({ ...ctx, ...parsed, command, dataDir });
  };
}
