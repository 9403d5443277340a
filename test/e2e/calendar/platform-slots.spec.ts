import type { Page } from '@playwright/test';
import { callApi } from '../../helpers/web-server';
import { expect, test, type OpsBenchApp } from '../fixtures';

// Push rules and 头条/次条 are WeChat's: a Weibo item has no slot, 按栏目生成 previews the rule
// problems it would create and skips the days already past, and a 服务号 cannot be set to update
// more often than its 4 pushes a month.

interface Row {
  id: string;
}

const api = (app: OpsBenchApp, channel: string, input: Record<string, unknown> = {}) => callApi(app.server, channel, input) as Promise<Row>;
const account = (app: OpsBenchApp, name: string, platform: string) => api(app, 'accounts.create', { platform, name, handle: '', purpose: 'brand', followers: 0, verified: true, updateFrequency: 'weekly', ownerId: null });

async function emptyWorkspace(app: OpsBenchApp): Promise<void> {
  await api(app, 'workspace.startEmpty', { name: '华东分公司', shortName: '华东', brand: '悦汇', industry: '商业零售', namingTemplate: '{品牌}·{城市}{业态}' });
}

/** An item's chip in the calendar itself (the side panels may list it too). */
const chip = (page: Page, title: string) => page.locator('[data-testid=calendar-month], [data-testid=calendar-week]').getByTestId('calendar-item').filter({ hasText: title });

/** The 会员福利 placeholder on a day (its chip shows 待定 with the column as a tag; the full title is its name). */
const placeholderOn = (page: Page, date: string) => page.getByTestId(`calendar-day-${date}`).getByRole('button', { name: '会员福利｜待定' });

test('a Weibo item shows no 头条 in the month and week views, a 订阅号 item beside it does', async ({ app, page }) => {
  await emptyWorkspace(app);
  const sub = await account(app, '悦汇·上海生活', 'wechat_subscription');
  const weibo = await account(app, '悦汇华东', 'weibo');
  await api(app, 'calendar.createItem', { accountId: weibo.id, date: '2026-10-06', slot: 1, title: '秋日市集微博预告' });
  await api(app, 'calendar.createItem', { accountId: sub.id, date: '2026-10-06', slot: 1, title: '周末去哪儿｜秋日市集' });

  for (const view of ['month', 'week']) {
    await app.open(`#/calendar?view=${view}&date=2026-10-06`);
    await expect(chip(page, '周末去哪儿｜秋日市集')).toHaveAttribute('aria-label', /头条/);
    await expect(chip(page, '秋日市集微博预告')).toBeVisible();
    await expect(chip(page, '秋日市集微博预告')).not.toContainText('头');
    await expect(chip(page, '秋日市集微博预告')).not.toHaveAttribute('aria-label', /头条/);
  }
});

test('按栏目生成 previews the 服务号’s 5th push of the month and skips the days already past', async ({ app, page }) => {
  // The operator's today is Thursday 2026-10-15: the Tuesdays 6th and 13th are past, the 20th and 27th ahead.
  await page.clock.setFixedTime(new Date('2026-10-15T10:00:00+08:00'));
  await page.setViewportSize({ width: 1366, height: 768 });
  await emptyWorkspace(app);
  const service = await account(app, '悦汇·上海购物中心', 'wechat_service');
  await api(app, 'columns.create', { accountId: service.id, name: '会员福利', purpose: '', cadence: { kind: 'weekly', weekdays: [2] }, ownerId: null });
  for (const [date, title] of [
    ['2026-10-02', '国庆特辑'],
    ['2026-10-09', '秋季上新'],
    ['2026-10-23', '五周年店庆预告'],
  ]) {
    await api(app, 'calendar.createItem', { accountId: service.id, date, title });
  }
  await app.open('#/calendar?view=month&date=2026-10-01');
  await page.getByTestId('calendar-cadence').click();
  const dialog = page.getByTestId('cadence-dialog');
  await expect(dialog.getByTestId('cadence-preview')).toHaveText('将生成 2 条占位排期');
  await expect(dialog.getByTestId('cadence-skipped')).toContainText('今天之前的 2 条占位排期已跳过');
  await expect(dialog.getByTestId('cadence-problem')).toHaveText(['悦汇·上海购物中心 · 2026-10：服务号每月只能群发 4 次，这个月安排了 5 次']);
  await page.screenshot({ path: test.info().outputPath('cadence-preview-zh-CN-1366.png') });

  // Asked for, the past Tuesdays come back, and the month holds 7 pushes.
  await dialog.getByTestId('cadence-include-past').click();
  await expect(dialog.getByTestId('cadence-preview')).toHaveText('将生成 4 条占位排期');
  await expect(dialog.getByTestId('cadence-skipped')).toHaveCount(0);
  await expect(dialog.getByTestId('cadence-problem')).toHaveText([/这个月安排了 7 次/]);
  await dialog.getByTestId('cadence-include-past').click();
  await expect(dialog.getByTestId('cadence-preview')).toHaveText('将生成 2 条占位排期');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // The same preview in English; what is created is what it said: the 20th and the 27th only.
  await callApi(app.server, 'settings.update', { language: 'en' });
  await page.reload();
  await page.getByTestId('calendar-cadence').click();
  await expect(dialog.getByTestId('cadence-preview')).toHaveText('2 placeholder items will be created');
  await expect(dialog.getByTestId('cadence-skipped')).toContainText('2 placeholders on days before today were skipped');
  await expect(dialog.getByTestId('cadence-problem')).toHaveText(['悦汇·上海购物中心 · 2026-10: A service account can push 4 times a month; this month has 5']);
  await page.screenshot({ path: test.info().outputPath('cadence-preview-en-1366.png') });
  await page.locator('#cadence-ok').click();
  await expect(placeholderOn(page, '2026-10-20')).toBeVisible();
  await expect(placeholderOn(page, '2026-10-27')).toBeVisible();
  await expect(placeholderOn(page, '2026-10-13')).toHaveCount(0);
  await expect(placeholderOn(page, '2026-10-06')).toHaveCount(0);
});

test('the account form refuses 每周多次 for a 服务号, and a column form warns when the columns push more than 4 times a month', async ({ app, page }) => {
  await emptyWorkspace(app);
  await app.open('#/accounts');
  await page.getByTestId('account-create').first().click();
  const form = page.getByTestId('account-form');
  await form.getByTestId('account-form-name').fill('悦汇·上海购物中心');
  await form.getByTestId('account-form-platform').click();
  await page.locator('.ant-select-item-option', { hasText: '服务号' }).click();
  await form.getByTestId('account-form-frequency').click();
  await page.locator('.ant-select-item-option', { hasText: '每周多次' }).click();
  const message = '服务号每月最多群发 4 次，更新频率最多选「每周」';
  await expect(form).toContainText(message);
  await page.getByTestId('account-save').click();
  await expect(form).toContainText(message);
  await page.screenshot({ path: test.info().outputPath('account-frequency-zh-CN.png') });

  await form.getByTestId('account-form-frequency').click();
  await page
    .locator('.ant-select-item-option')
    .filter({ hasText: /^每周$/ })
    .click();
  await expect(form).not.toContainText(message);
  await page.getByTestId('account-save').click();
  await expect(page.getByTestId('accounts-table')).toContainText('悦汇·上海购物中心');

  await page.getByTestId('accounts-table').getByTestId('account-link').first().click();
  await page.getByTestId('tab-columns').click();
  await page.getByTestId('column-create').first().click();
  const columnForm = page.getByTestId('column-form');
  await columnForm.getByTestId('column-form-name').fill('会员福利');
  await columnForm.getByRole('checkbox', { name: '周四' }).check();
  await expect(columnForm.getByTestId('column-form-over-limit')).toContainText('本账号的栏目有的月份要推送 10 次，超过服务号每月 4 次的群发上限');
  await page.screenshot({ path: test.info().outputPath('column-over-limit-zh-CN.png') });
});
