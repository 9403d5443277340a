import { expect, test } from '../fixtures';

// Every test here starts from the demo workspace around 2026-12-01 (a copy of the run's template: test/e2e/workspace-templates.ts).
test.use({ demo: '2026-12-01' });

// 2027's schedule is not in the bundled data: the calendar estimates its 休 until the operator
// pastes the State Council's notice in 设置 → 节假日安排; the calendar then shows exactly it.

const NOTICE_2027 = [
  '国务院办公厅关于2027年部分节假日安排的通知',
  '一、元旦：1月1日（周五）至3日（周日）放假，共3天。',
  '二、春节：2月5日（农历除夕、周五）至11日（农历正月初七、周四）放假调休，共7天。2月13日（周六）上班。',
  '三、清明节：另行通知。',
].join('\n');

test('a pasted notice becomes the year’s schedule on the calendar, and 删除录入 brings back the estimate', async ({ app, page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  // The card lists last year, this year and next year: the operator plans 2027 in December 2026.
  await page.clock.setFixedTime(new Date('2026-12-01T10:00:00+08:00'));
  await app.open('#/calendar?view=month&date=2027-02-01');
  await expect(page.getByTestId('calendar-estimated-banner')).toContainText('设置 → 节假日安排');
  await expect(page.getByTestId('calendar-day-2027-02-05').getByTestId('calendar-mark-estimated')).toBeVisible();

  await page.getByTestId('nav-settings').click();
  const table = page.getByTestId('holidays-table');
  const year2027 = table.locator('tr', { hasText: '2027' });
  await expect(table.locator('tr', { hasText: '2026' }).getByTestId('holiday-source')).toHaveText('已收录（内置）');
  await expect(year2027.getByTestId('holiday-source')).toHaveText('预计（尚未公布）');
  await expect(year2027.getByTestId('holiday-remove')).toHaveCount(0);

  await year2027.getByTestId('holiday-paste').click();
  const text = page.getByTestId('holiday-notice-text');
  const preview = page.getByTestId('holiday-notice-preview');
  const save = page.locator('#holiday-notice-save');
  // A 班 on a Friday is refused before anything is sent.
  await text.fill(NOTICE_2027.replace('2月13日（周六）上班', '2月12日（周五）上班'));
  await expect(preview).toContainText('2027-02-12 不是周六或周日');
  await expect(save).toBeDisabled();
  await text.fill(NOTICE_2027);
  await expect(preview.locator('tbody tr')).toHaveText([/2027-01-01\s*2027-01-03\s*休\s*元旦/, /2027-02-05\s*2027-02-11\s*休\s*春节/, /2027-02-13\s*2027-02-13\s*班\s*春节/]);
  await expect(page.getByTestId('holiday-notice-unread')).toContainText('三、清明节：另行通知。');
  await expect(save).toBeEnabled();
  await page.screenshot({ path: 'test-results/holidays-modal.png' });
  await save.click();
  await expect(page.getByText('已保存 2027 年的放假安排')).toBeVisible();
  await expect(year2027.getByTestId('holiday-source')).toHaveText('已录入');
  await page.getByTestId('holidays-table').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/holidays-card.png' });

  await page.goBack();
  await expect(page.getByTestId('calendar-day-2027-02-11').getByTestId('calendar-mark-holiday')).toHaveText('休');
  await expect(page.getByTestId('calendar-day-2027-02-11').getByTestId('calendar-mark-estimated')).toHaveCount(0);
  await expect(page.getByTestId('calendar-day-2027-02-13').getByTestId('calendar-mark-workday')).toHaveText('班');
  await expect(page.getByTestId('calendar-estimated-banner')).toHaveCount(0);

  await page.goForward();
  await year2027.getByTestId('holiday-remove').click();
  await page.getByRole('button', { name: '删除录入' }).last().click();
  await expect(year2027.getByTestId('holiday-source')).toHaveText('预计（尚未公布）');
  await page.goBack();
  await expect(page.getByTestId('calendar-day-2027-02-05').getByTestId('calendar-mark-estimated')).toBeVisible();
  await expect(page.getByTestId('calendar-day-2027-02-13').getByTestId('calendar-mark-workday')).toHaveCount(0);
});
