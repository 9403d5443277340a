import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DEMO_TODAY, expect, test } from '../fixtures';

// 导出: the plan exported as .docx downloads a Word file (a zip: it starts with PK), and the export
// is recorded: 导出记录 lists it, opens what the boss received, and compares two versions.

test.use({ demo: DEMO_TODAY, viewport: { width: 1366, height: 768 } });

async function exportDocx(page: Page): Promise<Buffer> {
  const download = page.waitForEvent('download');
  await page.getByTestId('plan-export-docx').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.docx$/);
  return readFileSync(await file.path());
}

test('an exported .docx downloads, is recorded in 导出记录, opens as sent, and two versions compare', async ({ app, page }) => {
  test.slow();
  await app.open('#/plans');
  await page.getByTestId('plan-create').first().click();
  await page.getByTestId('plan-create-title').fill('华东运营方案（第一版）');
  await page.getByTestId('plan-create-save').click();
  await expect(page.getByTestId('plan-preview').locator('.doc-heading--1')).toHaveCount(7);

  const bytes = await exportDocx(page);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  await expect(page.getByTestId('plan-tab-exports')).toContainText('导出记录（1）');

  // A second version with another title, then both compared: the old title removed, the new added.
  await page.getByTestId('plan-title').fill('华东运营方案（第二版）');
  await page.getByTestId('plan-title').press('Enter');
  await expect(page.getByTestId('plan-composer-title')).toHaveText('华东运营方案（第二版）');
  await exportDocx(page);
  await page.getByTestId('plan-tab-exports').click();
  await expect(page).toHaveURL(/\/exports$/);
  const rows = page.getByTestId('plan-versions-table').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Word');
  await expect(rows.first()).toContainText('第二版');

  await rows.last().getByTestId('plan-version-open').click();
  await expect(page.getByTestId('plan-version-preview')).toContainText('华东运营方案（第一版）');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('plan-version-preview')).toBeHidden();

  await rows.nth(0).getByTestId('plan-version-select').check();
  await rows.nth(1).getByTestId('plan-version-select').check();
  await page.getByTestId('plan-versions-compare').click();
  await expect(page.getByTestId('plan-versions-diff').getByTestId('diff-added').first()).toContainText('二');
  await expect(page.getByTestId('plan-versions-diff').getByTestId('diff-removed').first()).toContainText('一');
  // The long unchanged rest is folded, so the one change stays in view.
  await expect(page.getByTestId('plan-versions-diff').getByTestId('diff-folded').last()).toContainText('行没有改动');

  // The list counts the exports.
  await page.keyboard.press('Escape');
  await page.getByTestId('plan-back').click();
  const row = page.getByTestId('plans-table').locator('tbody tr').filter({ hasText: '华东运营方案（第二版）' });
  await expect(row.getByTestId('plan-exports-count')).toHaveText('2');
});

test('PDF export is offered only where LibreOffice is installed, and says why otherwise', async ({ app, page }) => {
  await app.open('#/plans');
  await page.getByTestId('plan-create').first().click();
  await page.getByTestId('plan-create-save').click();
  await expect(page.getByTestId('plan-preview')).toBeVisible();
  const pdf = page.getByTestId('plan-export-pdf');
  await expect(pdf).toBeVisible();
  if (await pdf.isDisabled()) {
    await page.getByTestId('plan-export-pdf-unavailable').hover();
    await expect(page.getByRole('tooltip')).toContainText('LibreOffice');
  } else {
    const download = page.waitForEvent('download');
    await pdf.click();
    const bytes = readFileSync(await (await download).path());
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
  }
});
