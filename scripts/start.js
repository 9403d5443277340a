// `npm start` (after `npm run build`): the Electron window where Electron's binary exists,
// otherwise browser mode, saying so in one line.
import { spawn } from 'node:child_process';
import { electronBinary } from './electron-binary.js';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

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
