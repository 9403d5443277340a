import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { callApi, startServer } from '../../helpers/web-server';
import { DEMO_TODAY, expect, test } from '../fixtures';
import { copyDemoInto } from '../workspace-templates';
import { addTenant, hqCommand, serveHq, type RunningHq } from './hq-process';

// 设置 → 同步 against the real `opsbench hq serve` (PGlite in a folder) and the real sync engine
// of `opsbench web`: enrolment through the form, 已同步, a change waiting until 立即同步, the
// both-have-data choice, and the clear screens of a revoked device and of an app HQ finds too old.
test.use({ demo: DEMO_TODAY });
// PGlite's first start in a folder runs initdb, and HQ is started up to three times: tens of seconds each on a busy machine.
test.describe.configure({ timeout: 600_000 });

const SLOW = { timeout: 120_000 };

let hqDir: string;
let hq: RunningHq | undefined;
test.beforeEach(() => {
  hqDir = mkdtempSync(join(tmpdir(), 'opsbench-e2e-hq-'));
});
test.afterEach(async () => {
  await hq?.stop();
  hq = undefined;
  rmSync(hqDir, { recursive: true, force: true });
});

/** HQ restarted on the same port (the enrolment keeps HQ's address), after `between` ran on the stopped folder. */
async function restartHq(options: { minAppVersion?: string } = {}, between?: () => Promise<unknown>): Promise<void> {
  const port = hq!.port;
  await hq!.stop();
  await between?.();
  hq = await serveHq(hqDir, { port, ...options });
}

async function enrolThroughTheForm(page: Page, code: string): Promise<void> {
  await page.getByTestId('sync-hq-url').fill(hq!.url);
  await page.getByTestId('sync-code').fill(code);
  await page.getByTestId('sync-device-name').fill('市场部笔记本');
  await page.getByTestId('sync-enroll-submit').click();
  await expect(page.getByTestId('sync-status')).toBeVisible(SLOW);
}

test('enrolled through the form: 已同步; a change waits as 待上传 until 立即同步; a revoked device gets its clear screen, and 重新注册 the form again', async ({ app, page }) => {
  const code = await addTenant(hqDir, '华东分公司');
  hq = await serveHq(hqDir);
  await app.open('#/settings/sync');
  await enrolThroughTheForm(page, code);

  const indicator = page.getByTestId('sync-indicator');
  await expect(page.getByTestId('sync-tenant')).toHaveText('华东分公司');
  await expect(page.getByTestId('sync-device')).toHaveText('市场部笔记本');
  await expect(page.getByTestId('sync-hq')).toHaveText(hq.url);
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', SLOW);
  await expect(page.getByTestId('sync-pending')).toHaveText('没有');
  await expect(indicator).toHaveText(/^已同步 · /);

  // With automatic sync off, a change stays on this laptop, counted, until 立即同步.
  await page.getByTestId('sync-auto').click();
  await expect(page.getByTestId('sync-auto')).toHaveAttribute('aria-checked', 'false');
  await page.locator('.ant-breadcrumb').getByRole('link', { name: '设置' }).click();
  await page.getByTestId('workspace-form-brand').fill('悦汇生活');
  await page.getByTestId('workspace-save').click();
  await expect(indicator).toHaveText(/^\d+ 项待上传$/);
  await indicator.click();
  await expect(page.getByTestId('sync-pending')).toHaveText(/^\d+ 项更改$/);
  await page.getByTestId('sync-now').click();
  await expect(page.getByTestId('sync-pending')).toHaveText('没有', SLOW);
  await expect(indicator).toHaveText(/^已同步 · /);

  // HQ revokes the device (a lost laptop): the next sync stops with the clear screen and the banner.
  const { deviceId } = (await callApi(app.server, 'sync.status')) as { deviceId: string };
  await restartHq({}, () => hqCommand(['device', 'revoke', deviceId, '--data-dir', hqDir]));
  await page.getByTestId('sync-now').click();
  await expect(page.getByTestId('sync-revoked')).toContainText('此设备已被总部停用', SLOW);
  await expect(page.getByTestId('sync-revoked')).toContainText('本机数据仍在，但不再同步');
  await expect(indicator).toHaveText('设备已停用');
  await page.getByTestId('nav-overview').click();
  await expect(page.getByTestId('sync-banner')).toContainText('此设备已被总部停用（可能是报失的电脑）。本机数据仍在，但不再同步。如需恢复，请向总部要新的注册码后重新注册');

  await page.getByTestId('sync-banner-reenroll').click();
  await expect(page.getByTestId('sync-enroll')).toBeVisible();
  await expect(page.getByTestId('sync-hq-url')).toHaveValue(hq.url);
  await expect(page.getByTestId('sync-banner')).toHaveCount(0);
  await expect(indicator).toHaveText('未连接总部');
});

test('a second laptop that holds data too chooses 合并 and syncs; then HQ needs a newer app: the next sync says which version, on 设置 → 同步 and in a banner', async ({ app, page, browser }) => {
  const code = await addTenant(hqDir, '华南分公司');
  hq = await serveHq(hqDir);
  await app.open('#/settings/sync');
  await enrolThroughTheForm(page, code);
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', SLOW);

  // Another laptop of the subsidiary, with the demo of its own: HQ already holds the first one's data.
  const secondDir = mkdtempSync(join(tmpdir(), 'opsbench-e2e-second-'));
  await copyDemoInto(secondDir, DEMO_TODAY);
  const second = await startServer(secondDir);
  const laptop = await browser.newPage();
  try {
    await laptop.goto(`${second.url}#/settings/sync`);
    await laptop.getByTestId('sync-hq-url').fill(hq.url);
    await laptop.getByTestId('sync-code').fill(code);
    await laptop.getByTestId('sync-enroll-submit').click();
    const choice = laptop.getByTestId('sync-conflict');
    await expect(choice).toContainText('两边的数据合在一起', SLOW);
    await expect(choice).toContainText('先备份本机数据，再换成总部的数据');
    await laptop.getByTestId('sync-conflict-merge-button').click();
    await expect(laptop.getByTestId('sync-state')).toHaveText('已同步', SLOW);
    await expect(laptop.getByTestId('sync-tenant')).toHaveText('华南分公司');

    await restartHq({ minAppVersion: '99.0.0' });
    await laptop.getByTestId('sync-now').click();
    const { appVersion } = (await callApi(second, 'sync.status')) as { appVersion: string };
    await expect(laptop.getByTestId('sync-too-old')).toContainText(`总部要求 OpsBench 99.0.0 或更新版本（当前 ${appVersion}），请升级后再同步`, SLOW);
    await expect(laptop.getByTestId('sync-indicator')).toHaveText('需要升级');
    await laptop.getByTestId('nav-overview').click();
    await expect(laptop.getByTestId('sync-banner')).toContainText('总部要求 OpsBench 99.0.0 或更新版本');
  } finally {
    await laptop.close();
    await second.stop();
    rmSync(secondDir, { recursive: true, force: true });
  }
});
