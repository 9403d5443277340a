import { expect, test } from '../fixtures';

// The first-launch screen's third way in (issue 14): an operator's second laptop joins HQ, which
// creates an empty workspace and opens 设置 → 同步's enrolment form.

test('连接总部 on the first-launch screen opens the enrolment form of 设置 → 同步', async ({ app, page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open();
  await expect(page.getByText('已有总部注册码：从总部接收本单位的数据')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('first-launch.png') });
  await page.getByTestId('first-launch-join').click();
  await expect(page).toHaveURL(/#\/settings\/sync$/);
  await expect(page.getByTestId('sync-enroll')).toBeVisible();
});
