import type { Page } from '@playwright/test';
import { callApi } from '../../helpers/web-server';
import { DEMO_TODAY, expect, test, type OpsBenchApp } from '../fixtures';

// Every test here starts from the demo workspace around DEMO_TODAY (a copy of the run's template: test/e2e/workspace-templates.ts).
test.use({ demo: DEMO_TODAY });

interface Account {
  id: string;
  name: string;
  platform: string;
}

/** The demo workspace (test.use above): its service account and a subscription account. */
async function demo(app: OpsBenchApp): Promise<{ service: Account; subscription: Account }> {
  const accounts = (await callApi(app.server, 'accounts.list')) as Account[];
  return { service: accounts.find((a) => a.platform === 'wechat_service')!, subscription: accounts.find((a) => a.platform === 'wechat_subscription')! };
}

const createItem = (app: OpsBenchApp, input: Record<string, unknown>) => callApi(app.server, 'calendar.createItem', input) as Promise<{ id: string }>;
/** An item's chip in the calendar itself (the side panels may list it too). */
const chip = (page: Page, title: string) => page.locator('[data-testid=calendar-month], [data-testid=calendar-week], [data-testid=calendar-board]').getByTestId('calendar-item').filter({ hasText: title });

test('items are dragged between days with undo, planned from the topic pool and sent back there as a selection', async ({ app, page }) => {
  const { service } = await demo(app);
  await createItem(app, { accountId: service.id, date: '2026-10-20', title: '拖动测试稿' });
  await createItem(app, { accountId: service.id, title: '选题库里的点子' });
  // The pool (top right) and the month's last weeks on one screen: a drag that has to scroll the
  // page on its way is lost in Playwright's Chromium (a person's drag scrolls at the edge).
  await page.setViewportSize({ width: 1280, height: 1024 });
  await app.open(`#/calendar?view=month&date=2026-10-01&account=${service.id}`);

  const day20 = page.getByTestId('calendar-day-2026-10-20');
  const day22 = page.getByTestId('calendar-day-2026-10-22');
  await chip(page, '拖动测试稿').dragTo(day22);
  await expect(day22).toContainText('拖动测试稿');
  await expect(day20).not.toContainText('拖动测试稿');
  await expect(page.getByTestId('undo-message')).toContainText('已把 1 条排期移到 10月22日');
  await page.getByTestId('undo').click();
  await expect(day20).toContainText('拖动测试稿');
  await expect(day22).not.toContainText('拖动测试稿');

  const pool = page.getByTestId('calendar-pool');
  // The last row of the month may reach below the window: scrolled to first, not in the middle of the drag.
  await page.getByTestId('calendar-day-2026-10-27').scrollIntoViewIfNeeded();
  await pool.getByTestId('calendar-item').filter({ hasText: '选题库里的点子' }).dragTo(page.getByTestId('calendar-day-2026-10-27'));
  await expect(page.getByTestId('calendar-day-2026-10-27')).toContainText('选题库里的点子');
  await expect(pool).not.toContainText('选题库里的点子');

  // Ctrl-click selects; the selection goes back to the pool in one step.
  await chip(page, '拖动测试稿').click({ modifiers: ['Control'] });
  await page
    .getByTestId('calendar-day-2026-10-27')
    .getByTestId('calendar-item')
    .filter({ hasText: '选题库里的点子' })
    .click({ modifiers: ['Control'] });
  await expect(page.getByTestId('calendar-selection')).toContainText('已选 2 条');
  await page.getByTestId('selection-pool').click();
  await expect(pool).toContainText('拖动测试稿');
  await expect(pool).toContainText('选题库里的点子');
  await expect(page.getByTestId('calendar-selection')).toHaveCount(0);

  // The filter and the view are in the URL and survive a reload.
  await page.reload();
  await expect(page.getByTestId('calendar-title')).toHaveText('2026年10月');
  await expect(page.getByTestId('calendar-account-filter')).toContainText(service.name);
});

test('the week view moves an item to another account, the board changes its status, and the push order is set in the drawer', async ({ app, page }) => {
  const { service, subscription } = await demo(app);
  await createItem(app, { accountId: subscription.id, date: '2027-01-13', slot: 1, title: '一月头条' });
  await createItem(app, { accountId: subscription.id, date: '2027-01-13', slot: 2, title: '一月次条' });
  await app.open(`#/calendar?view=week&date=2027-01-13&account=${subscription.id}&account=${service.id}`);
  await expect(page.getByTestId('calendar-title')).toHaveText('2027年1月11日 – 1月17日');

  // The drawer reorders the push: the second article becomes the lead.
  await chip(page, '一月次条').click();
  const order = page.getByTestId('calendar-push-order');
  await expect(order.getByTestId('push-row')).toHaveText([/头条一月头条/, /次条一月次条/]);
  await order.getByTestId('push-up').nth(1).click();
  await expect(order.getByTestId('push-row')).toHaveText([/头条一月次条/, /次条一月头条/]);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('calendar-form')).toHaveCount(0);

  const serviceCell = page.getByTestId(`calendar-cell-${service.id}-2027-01-14`);
  await chip(page, '一月头条').dragTo(serviceCell);
  await expect(serviceCell).toContainText('一月头条');
  await expect(page.getByTestId(`calendar-cell-${subscription.id}-2027-01-13`)).not.toContainText('一月头条');

  await page.getByTestId('calendar-view-board').click();
  await expect(page).toHaveURL(/view=board/);
  await chip(page, '一月次条').dragTo(page.getByTestId('calendar-board-approved'));
  await expect(page.getByTestId('calendar-board-approved')).toContainText('一月次条');
  await expect(page.getByTestId('calendar-board-topic')).not.toContainText('一月次条');
});

test('column cadences fill a month with placeholders once, the gaps they close disappear, and a key date shows on its day', async ({ app, page }) => {
  const { service } = await demo(app);
  await app.open(`#/calendar?view=month&date=2027-02-01&account=${service.id}`);
  // The layers wait behind 显示 (one line of filters in both languages).
  await page.getByTestId('calendar-display').click();
  await page.getByTestId('calendar-layer-gaps').click();
  await page.getByTestId('calendar-display').click();
  const gaps = page.getByTestId('calendar-month').getByTestId('calendar-gap');
  await expect(gaps.first()).toBeVisible();

  await page.getByTestId('calendar-cadence').click();
  await expect(page.getByTestId('cadence-preview')).toHaveText(/将生成 [1-9]\d* 条占位排期/);
  await page.locator('#cadence-ok').click();
  await expect(page.getByTestId('undo-message')).toContainText(/已生成 \d+ 条占位排期/);
  await expect(page.getByTestId('calendar-item').filter({ hasText: '待定' }).first()).toBeVisible();
  // The month itself is filled; the next month's first days in the grid keep their gaps.
  await expect(page.locator('[data-testid^="calendar-day-2027-02-"] [data-testid="calendar-gap"]')).toHaveCount(0);
  await expect(page.locator('[data-testid^="calendar-day-2027-03-"] [data-testid="calendar-gap"]').first()).toBeVisible();

  await page.getByTestId('calendar-cadence').click();
  await expect(page.getByTestId('cadence-preview')).toHaveText('将生成 0 条占位排期');
  await page.keyboard.press('Escape');

  await page.getByTestId('calendar-key-dates').click();
  await page.getByTestId('key-date-name').fill('品牌开放日');
  await page.getByTestId('key-date-date').click();
  await page.getByTestId('key-date-date').fill('2027-02-20');
  // Enter takes the typed date and submits the form, as in any antd form.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('key-date-row')).toContainText(['2027-02-20产品发布品牌开放日']);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('calendar-day-2027-02-20').locator('[data-kind="keyDate"]')).toHaveText('品牌开放日');
});

test('the keyboard plans: N creates, [ ] T move the period, 1–4 switch views, Ctrl-drop copies, Delete removes a selection with undo', async ({ app, page }) => {
  const { subscription, service } = await demo(app);
  await createItem(app, { accountId: subscription.id, date: '2027-03-10', title: '键盘测试稿' });
  await app.open(`#/calendar?view=month&date=2027-03-01&account=${subscription.id}&account=${service.id}`);
  await expect(page.getByTestId('calendar-title')).toHaveText('2027年3月');

  await page.keyboard.press(']');
  await expect(page.getByTestId('calendar-title')).toHaveText('2027年4月');
  await page.keyboard.press('[');
  await expect(page.getByTestId('calendar-title')).toHaveText('2027年3月');
  await expect(page.getByTestId('calendar-title')).toHaveText('2027年3月');
  await page.keyboard.press('2');
  await expect(page).toHaveURL(/view=week/);
  // A click on a view toggle leaves the shortcuts working.
  await page.getByTestId('calendar-view-month').click();
  await expect(page).toHaveURL(/view=month/);
  await page.keyboard.press(']');
  await expect(page.getByTestId('calendar-title')).toHaveText('2027年4月');
  await page.keyboard.press('[');
  await expect(page.getByTestId('calendar-title')).toHaveText('2027年3月');

  // N opens the drawer on the first day of a month that is not this one; typing there moves nothing.
  await page.keyboard.press('n');
  await expect(page.getByTestId('calendar-form')).toBeVisible();
  // The title field has the cursor: typing goes there, and its keys are no shortcuts.
  await page.keyboard.type('快捷键新建 ] [ 2');
  await expect(page.getByTestId('calendar-form-title')).toHaveValue('快捷键新建 ] [ 2');
  await expect(page.getByTestId('calendar-title')).toHaveText('2027年3月');
  await page.getByTestId('calendar-save').click();
  await expect(page.getByTestId('calendar-day-2027-03-01')).toContainText('快捷键新建');

  // Holding Ctrl while dropping copies the item onto the day.
  await page.keyboard.down('Control');
  await chip(page, '键盘测试稿').dragTo(page.getByTestId('calendar-day-2027-03-12'));
  await page.keyboard.up('Control');
  await expect(page.getByTestId('calendar-day-2027-03-12')).toContainText('键盘测试稿');
  await expect(page.getByTestId('calendar-day-2027-03-10')).toContainText('键盘测试稿');

  // Select both copies, Delete removes them, undo brings them back.
  await page
    .getByTestId('calendar-day-2027-03-10')
    .getByTestId('calendar-item')
    .click({ modifiers: ['Control'] });
  await page
    .getByTestId('calendar-day-2027-03-12')
    .getByTestId('calendar-item')
    .click({ modifiers: ['Control'] });
  await expect(page.getByTestId('calendar-selection')).toContainText('已选 2 条');
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('calendar-month')).not.toContainText('键盘测试稿');
  const deleted = page.getByTestId('undo-message').filter({ hasText: '已删除 2 条排期' });
  await expect(deleted).toBeVisible();
  await deleted.getByTestId('undo').click();
  await expect(page.getByTestId('calendar-day-2027-03-12')).toContainText('键盘测试稿');

  await page.keyboard.press('t');
  await expect(page).not.toHaveURL(/date=2027-03/);
});
