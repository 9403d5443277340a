// `npm start` (after `npm run build`): the Electron window where Electron's binary exists,
// otherwise browser mode, saying so in one line.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

/**
 * The Electron executable, or undefined when it is not installed. This reads the electron
 * package's path.txt instead of `require('electron')`, because that require tries to download
 * the binary when it is missing, which hangs or fails noisily on an offline machine.
 */
function electronBinary() {
  try {
    const require = createRequire(import.meta.url);
    const packageDir = dirname(require.resolve('electron/package.json'));
    const pathFile = join(packageDir, 'path.txt');
    if (!existsSync(pathFile)) return undefined;
    const relative = readFileSync(pathFile, 'utf8').trim();
    const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist');
    const binary = join(distDir, relative);
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

const electron = electronBinary();
if (electron) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(electron, [projectDir, ...args], { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  process.stderr.write('Electron is not available on this machine (its binary could not be downloaded); starting browser mode instead.\n');
  process.argv.splice(2, process.argv.length, 'web', ...args);
  await import('../bin/opsbench.js');
}
