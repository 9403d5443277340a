import { DEMO_TODAY, expect, test } from '../fixtures';

// 设置 → 同步 before enrolment (issue 14): the header says so quietly, the form explains what
// sync does and checks HQ's address and the code with the contract's messages.
test.use({ demo: DEMO_TODAY });

test('not enrolled: the indicator opens 设置 → 同步 from the keyboard, and the form says what is wrong with the address and the code', async ({ app, page }) => {
  await app.open('#/overview');
  const indicator = page.getByTestId('sync-indicator');
  await expect(indicator).toHaveText('未连接总部');
  await expect(indicator).toHaveAttribute('aria-label', '同步状态：未连接总部。打开同步设置');
  await indicator.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/settings\/sync$/);
  await expect(page.getByTestId('nav-settings').locator('xpath=ancestor::li')).toHaveClass(/ant-menu-item-selected/);

  const form = page.getByTestId('sync-enroll');
  await expect(form).toContainText('总部能看到各子公司的账号与方案');
  await expect(form).toContainText('数据先存在本机，联网时自动同步');
  await expect(page.getByTestId('sync-hq-url')).toHaveAttribute('placeholder', 'https://hq.example.com');

  await page.getByTestId('sync-enroll-submit').click();
  await expect(form.locator('.ant-form-item-explain-error')).toHaveText(['必填', '注册码至少 8 位，请照总部给的原样输入']);

  await page.getByTestId('sync-hq-url').fill('hq.example.com');
  await page.getByTestId('sync-code').fill('abc');
  await expect(form.locator('.ant-form-item-explain-error')).toHaveText(['总部地址应以 http:// 或 https:// 开头，例如 https://hq.example.com', '注册码至少 8 位，请照总部给的原样输入']);
  await page.getByTestId('sync-hq-url').fill('https://hq.example.com');
  await page.getByTestId('sync-code').fill('K7QM-2XPA-9D');
  await expect(form.locator('.ant-form-item-explain-error')).toHaveCount(0);

  // 设置 shows where sync stands and leads back here; the breadcrumb leads to 设置.
  await page.locator('.ant-breadcrumb').getByRole('link', { name: '设置' }).click();
  await expect(page.getByTestId('settings-sync')).toContainText('还没有连接总部');
  await page.getByTestId('settings-sync-open').click();
  await expect(page.getByTestId('sync-enroll')).toBeVisible();
});
