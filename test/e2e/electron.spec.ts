import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary } from '../../scripts/electron-binary.js';

const binary = electronBinary();

test.describe('the Electron app', () => {
  test.skip(!binary, "Electron's binary is not installed on this machine (it cannot be downloaded here); browser-mode tests cover the same screens");

  test('opens the first-launch screen, loads the demo and lists its accounts', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'opsbench-electron-'));
    const app = await electron.launch({ executablePath: binary, args: ['.', `--data-dir=${dataDir}`], env: { ...process.env, OPSBENCH_DATA_DIR: dataDir } });
    try {
      const window = await app.firstWindow();
      await window.getByTestId('first-launch-demo').click();
      await expect(window.getByTestId('overview-cards')).toBeVisible();
      await window.getByTestId('nav-accounts').click();
      await expect(window.getByTestId('accounts-table')).toContainText('悦汇·上海购物中心');
      const exposed = await window.evaluate(() => Object.keys((window as unknown as { opsbench: object }).opsbench).sort());
      expect(exposed).toContain('accounts');
      expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
