import type { Page } from '@playwright/test';
import { expect, test, type OpsBenchApp } from '../fixtures';

// Each test starts a workspace and adds lines through the drawer: more steps than most specs.
test.describe.configure({ timeout: 120_000 });

async function openCosts(app: OpsBenchApp, page: Page): Promise<void> {
  await app.open();
  await page.getByTestId('workspace-form-name').fill('华东分公司');
  await page.getByTestId('workspace-form-short-name').fill('华东');
  await page.getByTestId('workspace-form-brand').fill('悦汇');
  await page.getByTestId('first-launch-empty').click();
  await expect(page.getByTestId('accounts-empty')).toBeVisible();
  await page.getByTestId('nav-costs').click();
  await expect(page.getByTestId('costs-empty')).toBeVisible();
}

async function addCost(page: Page, name: string, amount: string, important = false): Promise<void> {
  await page.getByTestId('cost-create').first().click();
  const form = page.getByTestId('cost-form');
  await form.getByTestId('cost-form-name').fill(name);
  await form.getByTestId('cost-form-unit').fill(amount);
  if (important) await form.getByTestId('cost-form-importance').getByText('重要', { exact: true }).click();
  await page.getByTestId('cost-save').click();
  await expect(form).toBeHidden();
}

test('amounts typed as people write them add up, 重要 stands out, and the list exports', async ({ app, page }) => {
  await openCosts(app, page);
  await addCost(page, 'Canva 会员', '¥1,234.5');
  await addCost(page, '抽奖奖品', '1.2万', true);

  const table = page.getByTestId('costs-table');
  await expect(table.locator('tr', { hasText: '抽奖奖品' }).getByTestId('importance-important')).toHaveText('重要');
  await expect(table.locator('tr', { hasText: 'Canva 会员' })).toContainText('¥1,234.50');
  await expect(page.getByTestId('cost-total')).toContainText('¥13,234.50');
  await expect(page.getByTestId('cost-total-important')).toContainText('¥12,000.00');
  await expect(page.getByTestId('cost-total-normal')).toContainText('¥1,234.50');
  await expect(page.getByTestId('cost-planned')).toContainText('¥13,234.50');

  const download = page.waitForEvent('download');
  await page.getByTestId('cost-export').click();
  expect((await download).suggestedFilename()).toMatch(/^费用清单_\d{4}-\d{2}-01_\d{4}-\d{2}-\d{2}\.xlsx$/);
});

test('an unreadable amount says why and keeps what was typed', async ({ app, page }) => {
  await openCosts(app, page);
  await page.getByTestId('cost-create').first().click();
  const form = page.getByTestId('cost-form');
  await form.getByTestId('cost-form-name').fill('设计外包');
  await form.getByTestId('cost-form-unit').fill('12元5角');
  await page.getByTestId('cost-save').click();
  await expect(form).toContainText('无法识别的金额「12元5角」，可写成 1234.50、¥1,234、1.2万 或 -300');
  await expect(form.getByTestId('cost-form-unit')).toHaveValue('12元5角');
  await form.getByTestId('cost-form-unit').fill('1.005');
  await expect(form).toContainText('金额最多到分（两位小数），「1.005」多了位数');

  await form.getByTestId('cost-form-unit').fill('-300');
  await page.getByTestId('cost-save').click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('cost-total')).toContainText('-¥300.00');
});

test('lines deleted together come back with undo', async ({ app, page }) => {
  await openCosts(app, page);
  await addCost(page, '秀米会员', '299');
  await addCost(page, '135 编辑器', '¥199');
  const table = page.getByTestId('costs-table');
  await table.locator('thead input[type="checkbox"]').check();
  await page.getByTestId('cost-delete-selected').click();
  await expect(page.getByTestId('costs-empty')).toBeVisible();
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('cost-total')).toContainText('¥498.00');
  await expect(page.getByTestId('costs-table')).toContainText('135 编辑器');
});

test('a line dated in another month takes the list to that month, so it does not seem to vanish', async ({ app, page }) => {
  await openCosts(app, page);
  await page.getByTestId('cost-create').first().click();
  const form = page.getByTestId('cost-form');
  await form.getByTestId('cost-form-name').fill('年货节奖品');
  await form.getByTestId('cost-form-unit').fill('500');
  await form.getByTestId('cost-form-date').click();
  await form.getByTestId('cost-form-date').fill('2030-01-05');
  await page.keyboard.press('Enter');
  await page.getByTestId('cost-save').click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('costs-table').locator('tr', { hasText: '年货节奖品' })).toContainText('2030-01-05');
  await expect(page.getByTestId('cost-total')).toContainText('¥500.00');
});
