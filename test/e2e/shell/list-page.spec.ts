import { expect, test } from '../fixtures';

test('the team list searches with /, opens a new member with N and brings a deleted member back with undo', async ({ app, page }) => {
  await app.open();
  await page.getByTestId('first-launch-demo').click();
  await page.getByTestId('nav-team').click();
  const table = page.getByTestId('team-table');
  await expect(table).toContainText('李明');

  await page.keyboard.press('/');
  await expect(page.getByTestId('team-search')).toBeFocused();
  await page.keyboard.type('海报');
  await expect(table).toContainText('李明');
  await expect(table).not.toContainText('王晓雯');
  await page.getByTestId('team-search').fill('');

  await page.locator('body').click({ position: { x: 600, y: 700 } });
  await page.keyboard.press('n');
  await expect(page.getByTestId('member-form')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('member-form')).toBeHidden();

  await table.locator('tr', { hasText: '陈思' }).getByTestId('member-delete').click();
  await page
    .getByRole('button', { name: /删\s*除/ })
    .last()
    .click();
  await expect(table).not.toContainText('陈思');
  await expect(page.getByTestId('undo-message')).toContainText('陈思');
  await page.getByTestId('undo').click();
  await expect(table).toContainText('陈思');
});

test('an empty team invites the first member', async ({ app, page }) => {
  await app.open();
  await page.getByTestId('workspace-form-name').fill('华南分公司');
  await page.getByTestId('workspace-form-short-name').fill('华南');
  await page.getByTestId('first-launch-empty').click();
  await page.getByTestId('nav-team').click();
  await expect(page.getByTestId('team-empty')).toContainText('添加成员');
});
