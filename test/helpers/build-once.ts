import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Vitest's global setup. Some tests run the real command (bin/opsbench.js → out/main/cli.js) the
// way a user or an HQ IT script does, so they need the build; `npm test` runs vitest before
// `npm run build`. Building here, once and before any test file starts, means no test races
// another for it. A failed build is left to the tests that need it to report (cli.test.ts skips
// with the reason).
export default function buildOnce(): void {
  const root = resolve(import.meta.dirname, '..', '..');
  if (existsSync(join(root, 'out', 'main', 'cli.js'))) return;
  try {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'ignore', timeout: 600_000 });
  } catch {
    // judged by the tests: out/main/cli.js exists or it does not
  }
}
