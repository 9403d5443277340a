import { callApi } from '../../helpers/web-server';
import { DEMO_TODAY, expect, test } from '../fixtures';

// Every test here starts from the demo workspace around DEMO_TODAY (a copy of the run's template: test/e2e/workspace-templates.ts).
test.use({ demo: DEMO_TODAY });

// The shared form scaffold (FormDrawer + useZodForm, used by the account, column and team
// forms) shows a field's error once the user has touched the field or tried to save, not before:
// a KPI row just added or a cadence just switched to monthly are empty, not wrong yet.

test('a new KPI row and a cadence switched to monthly say nothing until touched or saved', async ({ app, page }) => {
  await app.open('#/team');
  await page.getByTestId('member-create').first().click();
  const member = page.getByTestId('member-form');
  const errors = member.locator('.ant-form-item-explain-error');
  await member.getByTestId('kpi-add').click();
  await expect(member.getByTestId('kpi-row')).toHaveCount(1);
  await member.getByTestId('member-form-name').fill('赵一');
  await expect(errors).toHaveCount(0);
  // A field emptied again was touched: its error shows, and only its.
  await member.getByTestId('member-form-name').fill('');
  await expect(errors).toHaveText(['必填']);
  await page.getByTestId('member-save').click();
  await expect(errors).toHaveText(['必填', '至少选择一个角色', '必填']);
  await expect(member.getByTestId('kpi-row').locator('.ant-form-item-explain-error')).toHaveText('必填');

  const accounts = (await callApi(app.server, 'accounts.list')) as Array<{ id: string }>;
  await app.open(`#/accounts/${accounts[0]!.id}/columns`);
  await page.getByTestId('column-create').first().click();
  const column = page.getByTestId('column-form');
  await column.getByTestId('column-form-name').fill('周末去哪儿');
  await column.getByTestId('cadence-kind').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '每月' }).click();
  await expect(column.getByTestId('cadence-days')).toBeVisible();
  await expect(column.locator('.ant-form-item-explain-error')).toHaveCount(0);
  await page.getByTestId('column-save').click();
  await expect(column.locator('.ant-form-item-explain-error')).toHaveText(['至少选择一个日期']);
});
