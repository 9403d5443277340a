import { watchApiCalls, type SentCall } from '../../helpers/api-calls';
import { callApi } from '../../helpers/web-server';
import { DEMO_TODAY, expect, test } from '../fixtures';

// Every test here starts from the demo workspace around DEMO_TODAY (a copy of the run's template: test/e2e/workspace-templates.ts).
test.use({ demo: DEMO_TODAY });

// Restoring a backup changes every domain at once: the page that is shown refetches what it
// shows, once; the calendar, left earlier, shows the restored plan when opened again.

test('a backup restored from the settings page shows on the accounts page and the calendar without a reload', async ({ app, page }) => {
  const [account] = (await callApi(app.server, 'accounts.list')) as Array<{ id: string; name: string }>;
  const item = (await callApi(app.server, 'calendar.createItem', { accountId: account!.id, date: '2026-10-20', title: '备份时的排期' })) as { id: string };
  await callApi(app.server, 'backups.create');
  await callApi(app.server, 'calendar.updateItem', { id: item.id, patch: { title: '备份后改的排期' } });
  await callApi(app.server, 'accounts.update', { id: account!.id, patch: { name: '星河·备份后改名' } });

  await app.open('#/calendar?view=month&date=2026-10-01');
  await expect(page.getByTestId('calendar-day-2026-10-20')).toContainText('备份后改的排期');
  await page.getByTestId('nav-settings').click();
  const manual = page.getByTestId('backups-table').locator('tr', { hasText: '手动备份' });
  await expect(page.getByTestId('holiday-source')).toHaveCount(3);
  const calls = watchApiCalls(page);
  await manual.getByTestId('backup-restore').click();
  await page.getByRole('button', { name: '恢复', exact: true }).click();
  // Restoring re-stamps every row of the demo for sync: seconds, ten and more on a busy machine.
  await expect(page.getByText(/已恢复到 .* 的备份/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('backups-table')).toContainText('恢复备份前');
  await calls.answered();
  // The settings page's 节假日安排 card refetches its years' sources (one-day ranges); the calendar nothing.
  const yearSources = (c: SentCall) => c.call === 'calendarLayers.list' && c.input.from === c.input.to;
  expect(calls.sent.filter((c) => c.call.startsWith('calendar') && !yearSources(c)).map((c) => c.call)).toEqual([]);

  await page.getByTestId('nav-accounts').click();
  await expect(page.getByTestId('accounts-table')).toContainText(account!.name);
  await page.goBack();
  await page.goBack();
  await expect(page.getByTestId('calendar-day-2026-10-20')).toContainText('备份时的排期');
});
