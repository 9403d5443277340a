import { expect, test } from '../fixtures';

// Loading the demo through the UI generates it, which takes a while on a loaded machine.
test.describe.configure({ timeout: 120_000 });

test('a new user loads the demo workspace and browses accounts, columns, menu and team in Chinese', async ({ app, page }) => {
  await app.open();
  await expect(page.getByText('欢迎使用运营台')).toBeVisible();
  // The session token left the address bar (and so the history) for an HttpOnly cookie.
  expect(page.url()).not.toContain('token');
  await page.getByTestId('first-launch-demo').click();
  // 工作台 is home once there are accounts.
  await expect(page.getByTestId('overview-cards')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('nav-accounts').click();
  const table = page.getByTestId('accounts-table');
  await expect(table).toContainText('悦汇·上海购物中心');
  await expect(table).toContainText('服务号');
  await expect(page.getByTestId('workspace-name')).toContainText('华东分公司');
  await expect(table.getByTestId('naming-differs').first()).toBeVisible();

  await table.getByTestId('account-link').filter({ hasText: '悦汇·上海购物中心' }).first().click();
  await page.getByTestId('tab-columns').click();
  await expect(page.getByTestId('columns-table')).toContainText('周末去哪儿');
  await page.getByTestId('tab-menu').click();
  await expect(page.getByTestId('menu-top-item')).toHaveCount(3);
  await expect(page.getByTestId('menu-add-top-button')).toBeDisabled();
  await expect(page.getByTestId('menu-add-top')).toHaveCount(0);

  await page.getByTestId('nav-team').click();
  await expect(page.getByTestId('team-table')).toContainText('王晓雯');
  await expect(page.getByTestId('team-table')).toContainText('定稿人');
  await expect(page).toHaveURL(/#\/team/);
});

test('starting empty sets up the workspace and shows what to do next', async ({ app, page }) => {
  await app.open();
  await page.getByTestId('workspace-form-name').fill('华南分公司');
  await page.getByTestId('workspace-form-short-name').fill('华南');
  await page.getByTestId('workspace-form-brand').fill('悦汇');
  await page.getByTestId('first-launch-empty').click();
  await expect(page.getByTestId('workspace-name')).toContainText('华南分公司');
  await expect(page.getByTestId('accounts-empty')).toContainText('新建账号');
});

test('switching to English changes the whole UI and survives a reload', async ({ app, page }) => {
  await app.open('#/accounts');
  await page.getByTestId('first-launch-demo').click();
  await expect(page.getByTestId('accounts-table')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('lang-switch').click();
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByTestId('nav-accounts')).toContainText('Accounts');
  await expect(page.getByTestId('accounts-table')).toContainText('Service');
  await page.reload();
  await expect(page.getByTestId('nav-team')).toContainText('Team');
  await page.getByTestId('lang-switch').click();
  await page.getByText('中文', { exact: true }).click();
  await expect(page.getByTestId('nav-accounts')).toContainText('账号');
});
