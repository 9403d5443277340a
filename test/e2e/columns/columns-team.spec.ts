import { expect, test } from '../fixtures';

test('a weekly column, a team member and a backup made through the UI', async ({ app, page }) => {
  await app.open('#/accounts');
  await page.getByTestId('first-launch-demo').click();
  await page.getByTestId('accounts-table').getByTestId('account-link').filter({ hasText: '悦汇·杭州奥莱' }).first().click();
  await page.getByTestId('tab-columns').click();
  await page.getByTestId('column-create').first().click();
  const form = page.getByTestId('column-form');
  await form.getByTestId('column-form-name').fill('奥莱周二上新');
  await form.getByTestId('cadence-kind').click();
  await page.locator('.ant-select-item-option', { hasText: '每周' }).first().click();
  await form.getByRole('checkbox', { name: '周二' }).check();
  await page.getByTestId('column-save').click();
  await expect(page.getByTestId('columns-table')).toContainText('奥莱周二上新');
  await expect(page.getByTestId('columns-table')).toContainText('每周二');

  await page.getByTestId('nav-team').click();
  await page.getByTestId('member-create').first().click();
  await page.getByTestId('member-form-name').fill('林晓');
  await page.getByTestId('member-form-roles').click();
  await page.locator('.ant-select-item-option', { hasText: '设计' }).click();
  await page.keyboard.press('Escape');
  await page.getByTestId('member-save').click();
  await expect(page.getByTestId('team-table')).toContainText('林晓');

  await page.getByTestId('nav-settings').click();
  await page.getByTestId('backup-create').click();
  await expect(page.getByTestId('backups-table')).toContainText('手动');
  await page.reload();
  await page.getByTestId('nav-team').click();
  await expect(page.getByTestId('team-table')).toContainText('林晓');
});
