import { DEMO_TODAY, expect, test } from '../fixtures';

// Loading the demo through the UI generates it, which takes a while on a loaded machine.
test.describe.configure({ timeout: 120_000 });

test('the month view shows China’s calendar, WeChat’s push rules and creates an item through the drawer', async ({ app, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // The demo is loaded around the browser's today: October 2026 here.
  await page.clock.setFixedTime(new Date(`${DEMO_TODAY}T10:00:00+08:00`));
  await app.open();
  await page.getByTestId('first-launch-demo').click();
  // 工作台 is home; the menu's 内容日历 opens this month.
  await expect(page.getByTestId('overview-cards')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('nav-calendar').click();
  await expect(page.getByTestId('calendar-month')).toBeVisible();
  await expect(page).toHaveURL(/#\/calendar\?view=month/);

  await page.evaluate("window.location.hash = '#/calendar?date=2026-10-01'");
  const month = page.getByTestId('calendar-month');
  await expect(month).toBeVisible();
  await expect(page.getByTestId('calendar-title')).toHaveText('2026年10月');
  await expect(page.getByTestId('calendar-day-2026-10-01')).toContainText('国庆节');
  await expect(page.getByTestId('calendar-day-2026-10-01').getByTestId('calendar-mark-holiday')).toHaveText('休');
  await expect(page.getByTestId('calendar-day-2026-10-10').getByTestId('calendar-mark-workday')).toHaveText('班');

  const problems = page.getByTestId('calendar-problems');
  await expect(problems.locator('[data-code="subscriptionTwiceADay"]').first()).toContainText(/订阅号每天只能群发 1 次，这天安排了 \d+ 次/);

  // Create on an empty part of 2026-10-20.
  await page.getByTestId('calendar-day-2026-10-20').click({ position: { x: 60, y: 8 } });
  await expect(page.getByTestId('calendar-form')).toBeVisible();
  await page.getByTestId('calendar-form-title').fill('秋季会员日预告');
  await page.getByTestId('calendar-save').click();
  await expect(page.getByTestId('calendar-form')).toHaveCount(0);
  await expect(page.getByTestId('calendar-day-2026-10-20')).toContainText('秋季会员日预告');

  // Months move with the buttons and the keyboard, and the URL keeps the month over a reload.
  await page.getByTestId('calendar-next').click();
  await expect(page.getByTestId('calendar-title')).toHaveText('2026年11月');
  await page.keyboard.press('[');
  await expect(page.getByTestId('calendar-title')).toHaveText('2026年10月');
  await expect(page).toHaveURL(/#\/calendar\?view=month&date=2026-10-01/);
  await page.reload();
  await expect(page.getByTestId('calendar-title')).toHaveText('2026年10月');
  await expect(page.getByTestId('calendar-day-2026-10-20')).toContainText('秋季会员日预告');
  await expect(page.getByTestId('calendar-day-2026-10-01')).toContainText('国庆节');

  // A look at the month for whoever reads the run; docs/screenshots/ is made by npm run screenshots.
  await page.screenshot({ path: test.info().outputPath('calendar-month.png') });
});

test('editing an item deletes it with undo', async ({ app, page }) => {
  // Room for every item of the demo's busy days, so the new one is never folded into 「还有 N 条」.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.clock.setFixedTime(new Date(`${DEMO_TODAY}T10:00:00+08:00`));
  await app.open();
  await page.getByTestId('first-launch-demo').click();
  await expect(page.getByTestId('overview-cards')).toBeVisible({ timeout: 60_000 });
  await page.evaluate("window.location.hash = '#/calendar?date=2026-10-01'");
  const day = page.getByTestId('calendar-day-2026-10-21');
  await day.click({ position: { x: 60, y: 8 } });
  await page.getByTestId('calendar-form-title').fill('待删除的排期');
  await page.getByTestId('calendar-save').click();
  await day.getByTestId('calendar-item').filter({ hasText: '待删除的排期' }).click();
  await expect(page.getByTestId('calendar-form-title')).toHaveValue('待删除的排期');
  await page.getByTestId('calendar-delete').click();
  await page.getByRole('button', { name: /OK|确\s*定/ }).click();
  await expect(day).not.toContainText('待删除的排期');
  await page.getByTestId('undo').click();
  await expect(day).toContainText('待删除的排期');
});
