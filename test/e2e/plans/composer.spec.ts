import type { Page } from '@playwright/test';
import { DEMO_TODAY, expect, test } from '../fixtures';

// 运营方案: an operator creates a plan for next quarter from the demo workspace, hides a section
// and sees it leave the preview, moves one with the keyboard, writes her own analysis and finds
// it in the preview after a reload; a deleted plan comes back with 撤销.

test.use({ demo: DEMO_TODAY, viewport: { width: 1366, height: 768 } });

/** The level-1 headings the preview shows, in order ("1. 竞品分析" …). */
const previewSections = (page: Page) => page.getByTestId('plan-preview').locator('.doc-heading--1');

async function createPlan(page: Page, title = '') {
  await page.getByTestId('plan-create').first().click();
  const form = page.getByTestId('plan-create-form');
  await form.getByTestId('plan-create-title').fill(title);
  await form.getByTestId('plan-period-nextQuarter').click();
  await expect(form.getByTestId('plan-period-label')).toContainText('季度');
  await form.getByTestId('plan-template-full').click();
  await page.getByTestId('plan-create-save').click();
  await expect(page).toHaveURL(/#\/plans\/[^/]+$/);
  await expect(previewSections(page)).toHaveCount(7);
}

test('a new plan is composed: a hidden section leaves the preview, a moved one moves, a note is saved and shown after a reload', async ({ app, page }) => {
  // A long flow on a machine that may be busy: three times the usual time.
  test.slow();
  await app.open('#/plans');
  // The demo has a plan of its own; this one is new.
  await expect(page.getByTestId('plans-table')).toBeVisible();
  await createPlan(page);
  await expect(previewSections(page).nth(3)).toContainText('客户最关心的问题');

  // Hidden: out of the preview, still listed (greyed) on the left.
  await page.getByTestId('plan-section-show-concerns').click();
  await expect(previewSections(page)).toHaveCount(6);
  await expect(page.getByTestId('plan-preview')).not.toContainText('客户最关心的问题');
  await expect(page.getByTestId('plan-section-concerns')).toHaveClass(/plan-section--hidden/);

  // 人员分工 moves up past 账号运营规划 with the keyboard; the focus stays on its button.
  await expect(previewSections(page).nth(4)).toContainText('人员分工');
  const up = page.getByTestId('plan-section-up-staff');
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(previewSections(page).nth(3)).toContainText('人员分工');
  await expect(previewSections(page).nth(4)).toContainText('账号运营规划');
  await expect(up).toBeFocused();

  // The operator's own text, with an emoji, saved while she types.
  const note = '会员日是本季度的重点🎯，先做停车券';
  await page.getByTestId('plan-section-toggle-competitors').click();
  await page.getByTestId('plan-note-competitors').click();
  await page.keyboard.type(note);
  await expect(page.getByTestId('plan-note-status-competitors')).toHaveText('已保存');

  await page.reload();
  await expect(previewSections(page).nth(3)).toContainText('人员分工');
  await expect(previewSections(page)).toHaveCount(6);
  await expect(page.getByTestId('plan-section-competitors').getByText('已写说明')).toBeVisible();
  await page.getByTestId('plan-section-toggle-competitors').click();
  await expect(page.getByTestId('plan-note-competitors')).toHaveText(note);
});

test("the operator's note shows in the preview under its section", async ({ app, page }) => {
  test.slow();
  await app.open('#/plans');
  await createPlan(page);
  await page.getByTestId('plan-section-toggle-competitors').click();
  await page.getByTestId('plan-note-competitors').click();
  await page.keyboard.type('会员日是本季度的重点🎯');
  await expect(page.getByTestId('plan-preview')).toContainText('会员日是本季度的重点🎯');
  await page.reload();
  await expect(page.getByTestId('plan-preview')).toContainText('会员日是本季度的重点🎯');
  // Under 竞品分析, before the next section.
  const text = (await page.getByTestId('plan-preview').textContent()) ?? '';
  expect(text.lastIndexOf('竞品分析')).toBeLessThan(text.indexOf('会员日是本季度的重点🎯'));
  expect(text.indexOf('会员日是本季度的重点🎯')).toBeLessThan(text.lastIndexOf('公众号能为'));
});

test('text typed and left at once is not lost: going back to the list saves it', async ({ app, page }) => {
  test.slow();
  await app.open('#/plans');
  await createPlan(page);
  const planUrl = page.url();
  await page.getByTestId('plan-section-toggle-growth').click();
  await page.getByTestId('plan-note-growth').click();
  await page.keyboard.type('明年开第二个服务号');
  // Straight away, before the pause that saves.
  await page.getByTestId('plan-back').click();
  await expect(page.getByTestId('plans-table')).toBeVisible();
  await page.goto(planUrl);
  await page.getByTestId('plan-section-toggle-growth').click();
  await expect(page.getByTestId('plan-note-growth')).toHaveText('明年开第二个服务号');
});

test('the plan list shows the plan, and a deleted plan comes back with 撤销', async ({ app, page }) => {
  await app.open('#/plans');
  await createPlan(page, '华东春节运营方案');
  await page.getByTestId('plan-back').click();
  const row = page.getByTestId('plans-table').locator('tbody tr').filter({ hasText: '华东春节运营方案' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('完整版');
  await expect(row).toContainText('未导出');
  await row.getByTestId('plan-delete').click();
  await page
    .getByRole('button', { name: /删\s*除/ })
    .last()
    .click();
  await expect(row).toHaveCount(0);
  await page.getByTestId('undo').click();
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('未导出');
});
