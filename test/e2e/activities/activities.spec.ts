import type { Locator, Page } from '@playwright/test';
import { anAccount } from '../../fixtures/account-input';
import { callApi } from '../../helpers/web-server';
import { expect, test, type OpsBenchApp } from '../fixtures';

// 活动: an activity with its phases and budget lines gives its ROI; a phase ending before it
// starts is said on the field and nothing typed is lost; a deleted activity comes back with its
// budget lines through 撤销.

async function startWithAccount(app: OpsBenchApp) {
  await callApi(app.server, 'workspace.startEmpty', { name: '华东分公司', shortName: '华东', brand: '悦汇', industry: '零售', namingTemplate: '' });
  return (await callApi(app.server, 'accounts.create', anAccount({ name: '悦汇·上海生活' }))) as { id: string };
}

/** Types a day into an antd date picker's input and confirms it, as a keyboard user would. */
async function typeDate(input: Locator, day: string) {
  await input.click();
  await input.fill(day);
  await input.press('Enter');
}

const phase = (page: Page, name: 'warmup' | 'main' | 'wrapup', end: 'start' | 'end') => page.getByTestId(`activity-phase-${name}-${end}`);

async function addLine(page: Page, name: string, amount: string, quantity: string, importance: '重要' | '一般') {
  await page.getByTestId('budget-line-add').click();
  await page.getByTestId('budget-line-name-input').fill(name);
  await page.getByTestId('budget-line-amount-input').fill(amount);
  await page.getByTestId('budget-line-quantity').fill(quantity);
  await page.getByTestId('budget-line-importance').getByText(importance, { exact: true }).click();
  await page.getByTestId('budget-line-save').click();
  await expect(page.getByTestId('budget-lines').getByRole('row').filter({ hasText: name })).toBeVisible();
}

test('an activity with phases and two budget lines shows its cost and ROI on its page and in the list', async ({ app, page }) => {
  await startWithAccount(app);
  await app.open('#/calendar');
  await page.getByTestId('nav-activities').click();
  await expect(page).toHaveURL(/#\/activities$/);
  await expect(page.getByTestId('activities-empty')).toBeVisible();

  await page.keyboard.press('n');
  await page.getByTestId('activity-form-name').fill('双十二老带新拼团');
  await page.getByTestId('activity-form-purpose').getByText('拉新裂变').click();
  await page.getByTestId('activity-form-mechanic').locator('input').fill('拼团');
  await page.getByTestId('activity-form-accounts').click();
  await page.locator('.ant-select-dropdown:visible').getByText('悦汇·上海生活', { exact: true }).click();
  await page.keyboard.press('Escape');
  await typeDate(phase(page, 'warmup', 'start'), '2026-12-01');
  await typeDate(phase(page, 'warmup', 'end'), '2026-12-05');
  await typeDate(phase(page, 'main', 'start'), '2026-12-06');
  await typeDate(phase(page, 'main', 'end'), '2026-12-12');
  await page.getByTestId('activity-form-newFollowers').fill('600');
  await page.getByTestId('activity-form-revenue').fill('1.2万');
  await page.getByTestId('activity-save').click();
  await expect(page.getByTestId('activity-form')).toBeHidden();

  const row = page.getByTestId('activities-table').getByRole('row').filter({ hasText: '双十二老带新拼团' });
  await expect(row).toContainText('2026-12-01 – 2026-12-12');
  await expect(row).toContainText('悦汇·上海生活');
  await row.getByTestId('activity-open').click();
  await expect(page.getByTestId('activity-page-name')).toHaveText('双十二老带新拼团');
  await expect(page.getByTestId('activity-figures-roi')).toHaveText('—');

  await addLine(page, '奖品 · 保温杯', '¥2,000', '1', '重要');
  await addLine(page, '海报印刷', '500', '2', '一般');
  await expect(page.getByTestId('budget-total')).toHaveText('¥3,000.00');
  // (12,000 − 3,000) ÷ 3,000
  await expect(page.getByTestId('activity-figures-cost')).toHaveText('¥3,000.00');
  await expect(page.getByTestId('activity-figures-roi')).toHaveText('300%');

  await page.getByTestId('activity-back').click();
  await expect(row.getByTestId('activity-roi')).toHaveText('300%');
  await expect(row).toContainText('¥3,000.00');
  await expect(row).toContainText('¥5.00');
});

test('a phase ending before it starts is said on its field; the form keeps everything typed, including a 2,000-character lesson, and saves it whole once fixed', async ({ app, page }) => {
  await startWithAccount(app);
  await app.open('#/activities');
  await page.getByTestId('activity-create').click();
  await page.getByTestId('activity-form-name').fill('集赞抽奖');
  await page.getByTestId('activity-form-plan').fill('转发集赞满 30 个，凭截图到店领奖');
  await expect(page.getByTestId('activity-plan-warning')).toContainText('「转发集赞」— 诱导分享');
  await expect(page.getByTestId('activity-plan-warning')).toContainText('诱导分享');
  const lesson = '奖品'.repeat(1000);
  await page.getByTestId('activity-form-lessons').fill(lesson);
  await expect(page.getByTestId('activity-form')).toContainText('2000 / 5000');

  await typeDate(phase(page, 'main', 'start'), '2026-12-10');
  await typeDate(phase(page, 'main', 'end'), '2026-12-05');
  const form = page.getByTestId('activity-form');
  await expect(form).toContainText('结束日期不能早于开始日期');
  await page.getByTestId('activity-save').click();
  await expect(form).toContainText('结束日期不能早于开始日期');
  await expect(page.getByTestId('activity-form-name')).toHaveValue('集赞抽奖');
  await expect(page.getByTestId('activity-form-lessons')).toHaveValue(lesson);

  await typeDate(phase(page, 'main', 'end'), '2026-12-15');
  await expect(form).not.toContainText('结束日期不能早于开始日期');
  await page.getByTestId('activity-save').click();
  await expect(form).toBeHidden();
  await page.getByTestId('activities-table').getByTestId('activity-open').click();
  await expect(page.getByTestId('activity-page-phases')).toContainText('2026-12-10 – 2026-12-15');
  await expect(page.getByTestId('activity-page-lessons')).toHaveText(lesson);
});

test('a deleted activity comes back with its budget lines through 撤销', async ({ app, page }) => {
  await startWithAccount(app);
  const activity = (await callApi(app.server, 'activities.create', { name: '圣诞打卡', purpose: 'retention', mechanic: 'check_in', phases: [{ phase: 'main', startDate: '2026-12-20', endDate: '2026-12-25' }] })) as {
    id: string;
  };
  for (const [name, unitFen] of [
    ['打卡奖品', 80_000],
    ['社群红包', 20_000],
  ] as const)
    await callApi(app.server, 'costs.create', { activityId: activity.id, date: '2026-12-20', category: 'prizes', name, unitFen, quantity: 1, importance: 'important' });

  await app.open('#/activities');
  const row = page.getByTestId('activities-table').getByRole('row').filter({ hasText: '圣诞打卡' });
  await expect(row).toContainText('¥1,000.00');
  await row.getByTestId('activity-delete').click();
  await page.locator('.ant-popconfirm:visible').getByRole('button', { name: '删除' }).click();
  await expect(page.getByTestId('undo-message')).toContainText('已删除活动「圣诞打卡」');
  await expect(page.getByTestId('activities-empty')).toBeVisible();
  const lines = async () => ((await callApi(app.server, 'costs.list', { activityId: activity.id })) as { total: number }).total;
  expect(await lines()).toBe(0);

  await page.getByTestId('undo').click();
  await expect(row).toContainText('¥1,000.00');
  await row.getByTestId('activity-open').click();
  const table = page.getByTestId('budget-lines');
  await expect(table.getByTestId('budget-line-name')).toHaveText(['打卡奖品', '社群红包']);
  await expect(page.getByTestId('budget-total')).toHaveText('¥1,000.00');
  expect(await lines()).toBe(2);
});
