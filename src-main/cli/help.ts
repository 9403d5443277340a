import type { MessageKey } from '../../src-shared/i18n';
import { message, type Message } from './command';
import { transferHandler, transferWhats } from './transfers';
import type { Direction } from './transfers/transfer';

// The help texts, in the user's language. Import and export list the <what>s of the transfer
// table, so a new one appears here by being registered.

const isTransfer = (command: string | undefined): command is Direction => command === 'import' || command === 'export';

const COMMAND_HELP: Record<string, MessageKey> = {
  web: 'cli.help.web',
  demo: 'cli.help.demo',
  backup: 'cli.help.backup',
  lint: 'lint.cli.help',
  sync: 'syncEngine.cli.help',
};

function transferHelp(say: (said: Message) => string, direction: Direction, what: string | undefined): string[] {
  const handler = what === undefined ? undefined : transferHandler(direction, what);
  if (handler) return [say(message(handler.help))];
  const whats = transferWhats(direction);
  return [say(message(`cli.help.${direction}`, { whats: whats.join(', ') })), ...whats.map((w) => say(message(transferHandler(direction, w)!.help)))];
}

/** `opsbench --help` (no topic), `opsbench <command> --help`, `opsbench import <what> --help`. */
export function helpText(say: (said: Message) => string, [command, what]: readonly string[]): string {
  const body =
    command === undefined
      ? [say(message('cli.help.main', { imports: transferWhats('import').join(', '), exports: transferWhats('export').join(', ') }))]
      : isTransfer(command)
        ? transferHelp(say, command, what)
        : [say(message(COMMAND_HELP[command]!))];
  return [...body, say(message('cli.help.common'))].join('\n\n');
}
