import { homedir } from 'node:os';
import { join } from 'node:path';

// Where the workspace lives, decided here for every program: the Electron shell, browser mode
// and the CLI open the same folder for the same person.

/** The folder name under the per-user application-data folder (productName contains Chinese). */
export const APP_FOLDER = 'OpsBench';

/** The per-user application-data folder, as Electron's `app.getPath('appData')` gives it. */
export function appDataFolder(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  if (platform === 'win32') return env.APPDATA || join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || join(home, '.config');
}

/** `~/.config/OpsBench`, `%APPDATA%\OpsBench`, `~/Library/Application Support/OpsBench`. */
export function perUserDataDir(appData: string = appDataFolder()): string {
  return join(appData, APP_FOLDER);
}

/** The value of `--data-dir DIR` or `--data-dir=DIR` in a command line, if any. */
export function dataDirArg(argv: readonly string[]): string | undefined {
  const index = argv.findIndex((a) => a === '--data-dir' || a.startsWith('--data-dir='));
  if (index < 0) return undefined;
  const arg = argv[index]!;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
}

/** A folder the person named: `--data-dir`, else `OPSBENCH_DATA_DIR` (empty counts as unset). */
export function chosenDataDir(flag: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  return flag || env.OPSBENCH_DATA_DIR || undefined;
}

export interface DataDirInputs {
  /** `--data-dir`, as parsed by the program. */
  flag: string | undefined;
  env: NodeJS.ProcessEnv;
  /** The per-user application-data folder; Electron passes its own, the CLI computes the same. */
  appData?: string;
}

/** `--data-dir`, else `OPSBENCH_DATA_DIR`, else the per-user folder. */
export function resolveDataDir({ flag, env, appData }: DataDirInputs): string {
  return chosenDataDir(flag, env) ?? perUserDataDir(appData ?? appDataFolder(process.platform, env));
}
