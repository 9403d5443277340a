import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareDataFolder, type AppPaths } from '../../../src-main/app/data-folder';

function fakeApp(appData: string) {
  const set: Record<string, string> = {};
  const paths: AppPaths = { getPath: () => appData, setPath: (name, path) => void (set[name] = path) };
  return { paths, set };
}

describe('the Electron shell’s data folder', () => {
  it('names Electron’s own folder OpsBench and opens the workspace there when nothing else is chosen', () => {
    const { paths, set } = fakeApp('/home/li/.config');
    expect(prepareDataFolder(paths, ['electron', '.'], {})).toBe(join('/home/li/.config', 'OpsBench'));
    expect(set.userData).toBe(join('/home/li/.config', 'OpsBench'));
  });

  it('follows --data-dir, then OPSBENCH_DATA_DIR, as the CLI does', () => {
    expect(prepareDataFolder(fakeApp('/x').paths, ['electron', '.', '--data-dir=/flag'], { OPSBENCH_DATA_DIR: '/env' })).toBe('/flag');
    expect(prepareDataFolder(fakeApp('/x').paths, ['electron', '.'], { OPSBENCH_DATA_DIR: '/env' })).toBe('/env');
  });
});
