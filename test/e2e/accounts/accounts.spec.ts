import { expect, test, type OpsBenchApp } from '../fixtures';
import type { Page } from '@playwright/test';

async function startEmpty(app: OpsBenchApp, page: Page): Promise<void> {
  await app.open();
  await page.getByTestId('workspace-form-name').fill('华东分公司');
  await page.getByTestId('workspace-form-short-name').fill('华东');
  await page.getByTestId('workspace-form-brand').fill('悦汇');
  await page.getByTestId('first-launch-empty').click();
  await expect(page.getByTestId('accounts-empty')).toBeVisible();
}

test('an account created through the UI is still there after a reload and a restart', async ({ app, page }) => {
  await startEmpty(app, page);
  await page.getByTestId('account-create').first().click();
  const form = page.getByTestId('account-form');
  await form.getByTestId('account-form-name').fill('悦汇·苏州购物中心');
  await form.getByTestId('account-form-city').fill('苏州');
  await form.getByTestId('account-form-business').fill('购物中心');
  await form.getByTestId('account-form-followers').fill('23800');
  await page.getByTestId('account-save').click();
  const table = page.getByTestId('accounts-table');
  await expect(table).toContainText('悦汇·苏州购物中心');
  await expect(table.getByTestId('naming-follows')).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('accounts-table')).toContainText('悦汇·苏州购物中心');
  await app.restart();
  await app.open('#/accounts');
  await expect(page.getByTestId('accounts-table')).toContainText('悦汇·苏州购物中心');
});

test('a wrong field shows its message in Chinese and nothing is saved', async ({ app, page }) => {
  await startEmpty(app, page);
  await page.getByTestId('account-create').first().click();
  const form = page.getByTestId('account-form');
  await form.getByTestId('account-form-name').fill('悦汇·杭州奥莱');
  await form.getByTestId('account-form-handle').fill('杭州奥莱号');
  await page.getByTestId('account-save').click();
  await expect(form).toContainText('只能包含字母、数字、下划线、短横线、点和 @');
  await form.getByTestId('account-form-name').fill('');
  await expect(form).toContainText('必填');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('accounts-empty')).toBeVisible();
});

test('a deleted account comes back with undo', async ({ app, page }) => {
  await app.open('#/accounts');
  await page.getByTestId('first-launch-demo').click();
  const table = page.getByTestId('accounts-table');
  const row = table.locator('tr', { hasText: '南京悦汇酒店' });
  await row.getByTestId('account-delete').click();
  await page
    .getByRole('button', { name: /删\s*除|确\s*定|OK/ })
    .last()
    .click();
  await expect(table).not.toContainText('南京悦汇酒店');
  await page.getByTestId('undo').click();
  await expect(table).toContainText('南京悦汇酒店');
});

test('search narrows the accounts table', async ({ app, page }) => {
  await app.open('#/accounts');
  await page.getByTestId('first-launch-demo').click();
  await page.getByTestId('accounts-search').fill('杭州');
  const table = page.getByTestId('accounts-table');
  await expect(table).toContainText('悦汇·杭州奥莱');
  await expect(table).not.toContainText('悦汇·上海生活');
});

test('keyboard: N opens a new account, / jumps to search', async ({ app, page }) => {
  await app.open('#/accounts');
  await page.getByTestId('first-launch-demo').click();
  // Writing the demo (with its plan) takes seconds on a busy machine, as in workspace.spec.
  await expect(page.getByTestId('accounts-table')).toBeVisible({ timeout: 60_000 });
  await page.keyboard.press('/');
  await expect(page.getByTestId('accounts-search')).toBeFocused();
  await page.keyboard.type('南京');
  await expect(page.getByTestId('accounts-table')).not.toContainText('悦汇·上海生活');
  await page.locator('body').click({ position: { x: 600, y: 700 } });
  await page.keyboard.press('n');
  await expect(page.getByTestId('account-form')).toBeVisible();
});
