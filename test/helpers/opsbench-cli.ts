import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The real command (bin/opsbench.js → out/main/cli.js), as a user or a script runs it; it needs
// the build (vitest's global setup makes it when missing, test/helpers/build-once.ts).

const root = resolve(import.meta.dirname, '..', '..');
export const cliBuilt = existsSync(join(root, 'out', 'main', 'cli.js'));

export function opsbench(args: string[], { timeout = 120_000 } = {}) {
  const result = spawnSync(join(root, 'node_modules', '.bin', 'node'), [join(root, 'bin', 'opsbench.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    // No data folder and no locale from the machine running the tests: Chinese, and --data-dir where wanted.
    env: { ...process.env, OPSBENCH_DATA_DIR: '', LANG: '', LC_ALL: '', LC_MESSAGES: '' },
    timeout,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
