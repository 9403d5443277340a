import { dataDirArg, perUserDataDir, resolveDataDir } from '../session/data-dir';

/** The part of Electron's `app` the data folder needs (a fake in test/unit/app). */
export interface AppPaths {
  getPath(name: 'appData'): string;
  setPath(name: 'userData', path: string): void;
}

/**
 * Names Electron's own per-user folder `OpsBench` (productName contains Chinese; the single-instance
 * lock lives there, so call this before asking for it) and returns the workspace's data folder,
 * by session/data-dir's rule over Electron's appData.
 */
export function prepareDataFolder(paths: AppPaths, argv: readonly string[], env: NodeJS.ProcessEnv): string {
  const appData = paths.getPath('appData');
  paths.setPath('userData', perUserDataDir(appData));
  return resolveDataDir({ flag: dataDirArg(argv), env, appData });
}
