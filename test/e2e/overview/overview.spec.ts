import { DEMO_TODAY, expect, test } from '../fixtures';

// 工作台, the home screen (issue 12): the demo around DEMO_TODAY, seen that morning.
test.use({ demo: DEMO_TODAY });
// A first open builds the screens, which takes a while on a loaded machine.
test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.clock.setFixedTime(new Date(`${DEMO_TODAY}T08:30:00+08:00`));
});

test("opens on 工作台 with today's pushes; a push leads to its drawer on the calendar, and closing it leaves the week", async ({ app, page }) => {
  await app.open();
  await expect(page).toHaveURL(/#\/overview$/);
  await expect(page.getByTestId('nav-overview').locator('xpath=ancestor::li')).toHaveClass(/ant-menu-item-selected/);
  const pushes = page.getByTestId('overview-push');
  await expect(pushes.first()).toBeVisible();
  const count = await pushes.count();
  expect(count).toBeGreaterThan(0);
  await expect(page.getByTestId('overview-pushes')).toContainText(`今日推送${count}`);
  // The week runs Monday to Sunday and marks today.
  await expect(page.getByTestId('overview-day')).toHaveCount(7);
  await expect(page.locator('[data-testid=overview-day].overview-day--today')).toHaveAttribute('data-date', DEMO_TODAY);
  // The demo leaves overdue drafts: the card says how many.
  await expect(page.getByTestId('overview-deadlines')).toContainText('已逾期');

  const first = pushes.first();
  const id = await first.getAttribute('data-id');
  const title = await first.locator('.overview-line__title').innerText();
  await first.click();
  await expect(page).toHaveURL(new RegExp(`#/calendar\\?view=week&date=${DEMO_TODAY}&item=${id}$`));
  await expect(page.getByTestId('calendar-form-title')).toHaveValue(title);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('calendar-form')).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#/calendar\\?view=week&date=${DEMO_TODAY}$`));
});

test('a KPI computed from the data shows its month on 考核 and on 工作台', async ({ app, page }) => {
  await app.open('#/team');
  await page.getByTestId('member-edit').first().click();
  const form = page.getByTestId('member-form');
  await form.getByTestId('kpi-add').click();
  const row = form.getByTestId('kpi-row').last();
  await row.getByTestId('kpi-name').fill('本月发文');
  await row.getByTestId('kpi-target').fill('1000');
  await row.getByTestId('kpi-unit').fill('篇');
  await row.getByTestId('kpi-metric').click();
  await page.locator('.ant-select-dropdown:visible').getByText('发文篇数', { exact: true }).click();
  await form.getByTestId('member-save').click();
  await expect(form).toBeHidden({ timeout: 30_000 });

  await page.getByTestId('team-tab-appraisal').click();
  await expect(page).toHaveURL(/#\/team\/appraisal$/);
  await expect(page.getByTestId('appraisal-month')).toHaveText('2026 年 10 月');
  const bar = page.getByTestId('appraisal-table').locator('[data-testid=kpi-bar][data-kpi=本月发文]');
  // A thousand articles by the 8th of October is far behind the month's pace.
  await expect(bar).toHaveAttribute('data-behind', 'true');
  await expect(bar).toContainText('/ 1,000 篇');
  await expect(page.getByTestId('appraisal-notes')).toContainText('没有关联排期的文章不知道作者，不计入');

  await page.getByTestId('nav-overview').click();
  await expect(page.getByTestId('overview-kpis').locator('[data-testid=kpi-bar][data-kpi=本月发文]')).toHaveAttribute('data-behind', 'true');
});
