import type { Page } from '@playwright/test';
import { watchApiCalls, type ApiCalls } from '../../helpers/api-calls';
import { callApi } from '../../helpers/web-server';
import { DEMO_TODAY, expect, test, type OpsBenchApp } from '../fixtures';

// Every test here starts from the demo workspace around DEMO_TODAY (a copy of the run's template: test/e2e/workspace-templates.ts).
test.use({ demo: DEMO_TODAY });

// How many calls the calendar makes to the real back end, counted in Chromium: one edit shows
// its answer and lets its change event refresh what follows from it; a page not shown fetches
// nothing; a change made elsewhere shows without a reload.

async function demoItem(app: OpsBenchApp, title: string): Promise<{ id: string; accountId: string }> {
  const [account] = (await callApi(app.server, 'accounts.list')) as Array<{ id: string }>;
  const item = (await callApi(app.server, 'calendar.createItem', { accountId: account!.id, date: '2026-10-20', slot: 8, title })) as { id: string };
  return { id: item.id, accountId: account!.id };
}

/** Opens October 2026 and waits for it and for the months around it, which the page prefetches. */
async function openOctober(app: OpsBenchApp, page: Page, calls: ApiCalls): Promise<void> {
  await app.open('#/calendar?view=month&date=2026-10-01');
  await expect(page.getByTestId('calendar-title')).toHaveText('2026年10月');
  await expect.poll(() => calls.names().filter((c) => c === 'calendar.listItems').length).toBe(3);
  await calls.answered();
  calls.forget();
}

test('one edit in the drawer makes at most 3 API calls in all, and the new title shows', async ({ app, page }) => {
  const { id } = await demoItem(app, '十月会员日预告');
  const calls = watchApiCalls(page);
  await openOctober(app, page, calls);

  await page.locator(`[data-testid=calendar-month] [data-id="${id}"]`).click();
  await expect(page.getByTestId('calendar-form-title')).toHaveValue('十月会员日预告');
  await calls.answered(); // what the drawer reads when it opens
  calls.forget();

  await page.getByTestId('calendar-form-title').fill('十月会员日：早鸟价');
  await page.getByTestId('calendar-save').click();
  await expect(page.locator(`[data-testid=calendar-month] [data-id="${id}"]`)).toContainText('十月会员日：早鸟价');
  // The change event refreshes the push-rule problems and today's panel, and nothing else.
  await expect.poll(() => calls.names().sort()).toEqual(['calendar.attention', 'calendar.editItems', 'calendar.problems']);

  await calls.answered();
  expect(calls.sent).toHaveLength(3);

  // A change made elsewhere (another window, the CLI) shows without a reload: the range and the
  // side panels are fetched again, the holiday layers and the columns are not.
  calls.forget();
  await callApi(app.server, 'calendar.updateItem', { id, patch: { title: '另一个窗口改的标题' } });
  await expect(page.locator(`[data-testid=calendar-month] [data-id="${id}"]`)).toContainText('另一个窗口改的标题');
  await calls.answered();
  expect(calls.names().sort()).toEqual(['calendar.attention', 'calendar.listItems', 'calendar.listKeyDates', 'calendar.listPool', 'calendar.problems']);
});

test('an account renamed after the calendar was left makes no calendar call; the calendar shows what changed when opened again', async ({ app, page }) => {
  const { accountId } = await demoItem(app, '改名前的排期');
  const calls = watchApiCalls(page);
  await openOctober(app, page, calls);

  await page.getByTestId('nav-accounts').click();
  const table = page.getByTestId('accounts-table');
  await expect(table).toBeVisible();
  const row = table.locator(`tr[data-row-key="${accountId}"]`);
  await row.getByTestId('account-edit').click();
  await page.getByTestId('account-form-name').fill('星河·改名后的账号');
  await page.getByTestId('account-save').click();
  await expect(row).toContainText('星河·改名后的账号');
  // The calendar changes elsewhere while it is not shown; then an account renamed elsewhere shows
  // on this page, so every change event before it has reached the page.
  await callApi(app.server, 'calendar.createItem', { accountId, date: '2026-10-21', title: '离开日历时加的排期' });
  const accounts = (await callApi(app.server, 'accounts.list')) as Array<{ id: string }>;
  const other = accounts.find((a) => a.id !== accountId)!;
  await callApi(app.server, 'accounts.update', { id: other.id, patch: { name: '星河·另一个窗口改名' } });
  await expect(table).toContainText('星河·另一个窗口改名');
  await calls.answered();
  expect(calls.names().filter((c) => c.startsWith('calendar'))).toEqual([]);

  await page.goBack();
  await expect(page.getByTestId('calendar-title')).toHaveText('2026年10月');
  await expect(page.getByTestId('calendar-day-2026-10-21')).toContainText('离开日历时加的排期');
});
