import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appDataFolder, chosenDataDir, dataDirArg, perUserDataDir, resolveDataDir } from '../../../src-main/session/data-dir';

describe('the data folder', () => {
  it('is the per-user OpsBench folder where the platform keeps application data', () => {
    expect(perUserDataDir(appDataFolder('linux', {}, '/home/li'))).toBe(join('/home/li', '.config', 'OpsBench'));
    expect(perUserDataDir(appDataFolder('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/li'))).toBe(join('/cfg', 'OpsBench'));
    expect(perUserDataDir(appDataFolder('darwin', {}, '/Users/li'))).toBe(join('/Users/li', 'Library', 'Application Support', 'OpsBench'));
    expect(perUserDataDir(appDataFolder('win32', { APPDATA: 'C:\\Users\\li\\AppData\\Roaming' }, 'C:\\Users\\li'))).toBe(join('C:\\Users\\li\\AppData\\Roaming', 'OpsBench'));
    expect(perUserDataDir(appDataFolder('win32', {}, 'C:\\Users\\li'))).toBe(join('C:\\Users\\li', 'AppData', 'Roaming', 'OpsBench'));
  });

  it('is --data-dir, else OPSBENCH_DATA_DIR, else the per-user folder; empty counts as unset', () => {
    const appData = '/home/li/.config';
    expect(resolveDataDir({ flag: '/a', env: { OPSBENCH_DATA_DIR: '/b' }, appData })).toBe('/a');
    expect(resolveDataDir({ flag: undefined, env: { OPSBENCH_DATA_DIR: '/b' }, appData })).toBe('/b');
    expect(resolveDataDir({ flag: '', env: { OPSBENCH_DATA_DIR: '' }, appData })).toBe(join(appData, 'OpsBench'));
    expect(chosenDataDir(undefined, { OPSBENCH_DATA_DIR: '' })).toBeUndefined();
  });

  it('reads --data-dir DIR and --data-dir=DIR from a command line', () => {
    expect(dataDirArg(['electron', '.', '--data-dir', '/w'])).toBe('/w');
    expect(dataDirArg(['electron', '.', '--data-dir=/w'])).toBe('/w');
    expect(dataDirArg(['electron', '.'])).toBeUndefined();
  });
});
