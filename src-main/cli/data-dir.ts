import { homedir } from 'node:os';
import { join } from 'node:path';

/** The folder name under the per-user application-data folder; the Electron shell uses the same. */
export const APP_FOLDER = 'OpsBench';

/**
 * The per-user data folder, the same one Electron's `app.getPath('userData')` gives once the
 * shell has named the app `OpsBench` (main.ts does, because productName contains Chinese).
 */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_FOLDER);
}

/** `--data-dir` wins over `OPSBENCH_DATA_DIR`, which wins over the per-user default. */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.OPSBENCH_DATA_DIR || defaultDataDir(process.platform, env);
}
