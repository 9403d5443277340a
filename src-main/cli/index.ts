// The `opsbench` command (bin/opsbench.js imports the build of this file after checking Node).
import { formatWithOptions } from 'node:util';
import { runCli } from './run';

// Services log unexpected errors with console.error(error); a person at a terminal gets the
// message, not the stack, unless they ask for it.
if (process.env.OPSBENCH_DEBUG !== '1') {
  console.error = (...args: unknown[]) => {
    const plain = args.map((a) => (a instanceof Error ? a.message : a));
    process.stderr.write(`${formatWithOptions({ colors: false }, ...plain)}\n`);
  };
}

function waitForStop(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

process.exitCode = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(line.endsWith('\n') ? line : `${line}\n`),
  err: (line) => process.stderr.write(line.endsWith('\n') ? line : `${line}\n`),
  env: process.env,
  waitForStop,
});
