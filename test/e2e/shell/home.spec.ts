import { anAccount } from '../../fixtures/account-input';
import { callApi } from '../../helpers/web-server';
import { expect, test } from '../fixtures';

// 工作台 is home once the workspace has an account (issue 12); before that the app opens on 账号,
// where setting up starts. A hash that names a page keeps that page.

// Loading the demo through the UI generates it, which takes a while on a loaded machine.
test.describe.configure({ timeout: 120_000 });

test('after the demo loads the app opens on 工作台, and opens there again', async ({ app, page }) => {
  await app.open();
  await page.getByTestId('first-launch-demo').click();
  // Generating the demo takes a while on a busy machine.
  await expect(page.getByTestId('overview-cards')).toBeVisible({ timeout: 60_000 });
  await expect(page).toHaveURL(/#\/overview$/);
  await expect(page.getByTestId('nav-overview').locator('xpath=ancestor::li')).toHaveClass(/ant-menu-item-selected/);

  await app.open();
  await expect(page.getByTestId('overview-cards')).toBeVisible();
  await expect(page).toHaveURL(/#\/overview$/);
  // A page named in the address is that page, and an unknown one is home.
  await app.open('#/team');
  await expect(page.getByTestId('team-table')).toBeVisible();
  await app.open('#/nowhere');
  await expect(page.getByTestId('overview-cards')).toBeVisible();
});

test('a workspace without accounts opens on 账号; with its first account it opens on 工作台', async ({ app, page }) => {
  await app.open();
  await page.getByTestId('workspace-form-name').fill('华南分公司');
  await page.getByTestId('workspace-form-short-name').fill('华南');
  await page.getByTestId('first-launch-empty').click();
  await expect(page.getByTestId('accounts-empty')).toBeVisible();
  await expect(page).toHaveURL(/#\/accounts$/);

  await app.open();
  await expect(page.getByTestId('accounts-empty')).toBeVisible();

  await callApi(app.server, 'accounts.create', anAccount());
  await app.open();
  await expect(page.getByTestId('overview-cards')).toBeVisible();
  await expect(page.getByTestId('overview-pushes')).toContainText('今天没有推送');
});
