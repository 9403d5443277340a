import { callApi } from '../../helpers/web-server';
import { DEMO_TODAY, expect, test } from '../fixtures';

// Every test here starts from the demo workspace around DEMO_TODAY (a copy of the run's template: test/e2e/workspace-templates.ts).
test.use({ demo: DEMO_TODAY });

// Small frictions of the whole app (issue 8): buttons read 保存, not antd's 保 存; backup times
// read 2026-12-01 14:17:05, not 中午12点17分; English shows no full-width brackets or quotes.

test('buttons read 保存, backup times read a date and a time, and English has no full-width brackets', async ({ app, page }) => {
  await callApi(app.server, 'backups.create');
  await app.open('#/settings');
  await expect(page.getByTestId('workspace-save')).toBeVisible();
  expect(await page.getByTestId('workspace-save').textContent()).toBe('保存');
  const created = page.getByTestId('backups-table').locator('tbody tr').first().locator('td').first();
  await expect(created).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);

  await page.getByTestId('lang-switch').getByText('English', { exact: true }).click();
  await expect(page.getByTestId('nav-settings')).toContainText('Settings');
  await expect(created).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  await expect(page.getByTestId('reminders-card')).toContainText('Desktop notifications');
  expect(await page.locator('main, .ant-layout-content').first().innerText()).not.toMatch(/[（）「」《》]/);
});
