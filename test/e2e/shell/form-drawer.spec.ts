import { expect, test } from '../fixtures';

test('a drawer with unsaved changes asks before closing it; an untouched one just closes', async ({ app, page }) => {
  await app.open();
  await page.getByTestId('first-launch-demo').click();
  await page.getByTestId('nav-team').click();
  await page.getByTestId('member-edit').first().click();
  const form = page.getByTestId('member-form');
  await expect(form).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();

  await page.getByTestId('member-create').first().click();
  await form.getByTestId('member-form-name').fill('赵一');
  await page.keyboard.press('Escape');
  const confirm = page.getByRole('dialog').filter({ hasText: '放弃未保存的修改？' });
  await expect(confirm).toBeVisible();
  // Styled as a confirm (icon beside the title, the title once): its styles come from the
  // build-time extraction, which must include what modal.confirm opens.
  await expect(confirm.getByText('放弃未保存的修改？', { exact: true }).filter({ visible: true })).toHaveCount(1);
  expect(await confirm.locator('.ant-modal-confirm-body').evaluate((body) => (globalThis as unknown as { getComputedStyle(element: unknown): { display: string } }).getComputedStyle(body).display)).toBe('flex');
  await confirm.getByRole('button', { name: '继续编辑' }).click();
  await expect(form.getByTestId('member-form-name')).toHaveValue('赵一');

  await form.getByRole('button', { name: /取\s*消/ }).click();
  await confirm.getByRole('button', { name: '放弃修改' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('team-table')).not.toContainText('赵一');
  await page.getByTestId('member-create').first().click();
  await expect(form.getByTestId('member-form-name')).toHaveValue('');
});

test('Ctrl+Enter saves the form from any field', async ({ app, page }) => {
  await app.open('#/accounts');
  await page.getByTestId('first-launch-demo').click();
  await page.getByTestId('account-create').first().click();
  const form = page.getByTestId('account-form');
  await form.getByTestId('account-form-name').fill('悦汇·无锡奥莱');
  await form.locator('textarea').fill('第一行');
  await page.keyboard.press('Control+Enter');
  await expect(form).toBeHidden();
  await expect(page.getByTestId('accounts-table')).toContainText('悦汇·无锡奥莱');
});
