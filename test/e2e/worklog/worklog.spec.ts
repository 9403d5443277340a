import { addDays } from '../../../src-shared/domain/dates';
import { DEMO_TODAY, expect, test } from '../fixtures';

// The work log with the keyboard only: three entries typed in the quick entry row (Enter saves
// and the cursor goes back to the time), the week's total, and a delete taken back with 撤销.

test.use({ demo: DEMO_TODAY });

// Two weeks after the demo's today: the demo's own work log ends today, so this week starts empty.
const LATER = addDays(DEMO_TODAY, 14);

test('logs three entries with the keyboard alone, totals the week, and undoes a delete', async ({ page, app }) => {
  test.slow(); // many steps on a shared machine
  await page.clock.setFixedTime(new Date(`${LATER}T10:00:00+08:00`));
  await app.open('#/worklog');
  const minutes = page.getByTestId('worklog-entry-minutes');
  await expect(minutes).toBeFocused();
  const total = page.getByTestId('worklog-week-total');
  await expect(total).toHaveText('本周合计 0 分钟');

  // 1: time, Tab to the note, Enter.
  await page.keyboard.type('90');
  await expect(page.getByTestId('worklog-entry')).toContainText('= 1 小时 30 分');
  await page.keyboard.press('Tab');
  await page.keyboard.type('写国庆活动推文');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('worklog-entry-saved')).toContainText('1 小时 30 分');
  await expect(minutes).toBeFocused();
  await expect(minutes).toHaveValue('');

  // 2: a typo first (refused with the reason, nothing saved), then 1h30m written another way.
  await page.keyboard.type('半天');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('worklog-entry-error')).toContainText('看不懂「半天」');
  await minutes.fill('');
  await page.keyboard.type('1:15');
  await page.keyboard.press('Enter');
  await expect(minutes).toHaveValue('');

  // 3: back to the category (Shift+Tab), choose 会议 by typing, then the time and the note.
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByTestId('worklog-entry-category').locator('input')).toBeFocused();
  await page.keyboard.type('会议');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(minutes).toBeFocused();
  await page.keyboard.type('0.5h');
  await page.keyboard.press('Tab');
  await page.keyboard.type('周例会');
  await page.keyboard.press('Enter');

  const rows = page.getByTestId('worklog-entries').locator('tbody tr[data-testid^="worklog-row-"]');
  await expect(rows).toHaveCount(3);
  await expect(total).toHaveText('本周合计 3 小时 15 分');
  await expect(rows.filter({ hasText: '周例会' })).toContainText('会议');

  // The timesheet shows the same week per person.
  await page.getByTestId('worklog-tab-timesheet').click();
  await expect(page.getByTestId('worklog-timesheet')).toContainText('3 小时 15 分');
  await page.getByTestId('worklog-tab-entries').click();

  // Delete one, then 撤销 brings it back; the total follows.
  await rows.filter({ hasText: '写国庆活动推文' }).getByTestId('worklog-delete').click();
  await expect(rows).toHaveCount(2);
  await expect(total).toHaveText('本周合计 1 小时 45 分');
  await page.getByTestId('undo').click();
  await expect(rows).toHaveCount(3);
  await expect(total).toHaveText('本周合计 3 小时 15 分');

  // Still there after a reload.
  await page.reload();
  await expect(page.getByTestId('worklog-week-total')).toHaveText('本周合计 3 小时 15 分');
});

test('saves an entry linked to an activity with the keyboard: pick with Enter, save with Enter', async ({ page, app }) => {
  await page.clock.setFixedTime(new Date(`${LATER}T10:00:00+08:00`));
  await app.open('#/worklog');
  const minutes = page.getByTestId('worklog-entry-minutes');
  await expect(minutes).toBeFocused();
  await page.keyboard.type('45');
  await page.keyboard.press('Tab');
  await page.keyboard.type('招募文案');
  await page.keyboard.press('Tab');
  await page.keyboard.type('新品试用官');
  await expect(page.locator('.ant-select-item-option').filter({ hasText: '新品试用官招募' }).first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('worklog-entry-link')).toContainText('新品试用官招募');
  await page.keyboard.press('Enter');
  const rows = page.getByTestId('worklog-entries').locator('tbody tr[data-testid^="worklog-row-"]');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('新品试用官招募');
  await expect(minutes).toBeFocused();
});
