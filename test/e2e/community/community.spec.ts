import { anAccount } from '../../fixtures/account-input';
import { callApi } from '../../helpers/web-server';
import { expect, test, type OpsBenchApp } from '../fixtures';

// 社群: without a WeChat Work group the page leads to 账号; with one, the operator writes its
// positioning, owner and admins, adds a welcome message and a keyword reply, copies a script,
// uses a template in the group, deletes with undo, and reads the group's plan for the month and week.

test.use({ viewport: { width: 1366, height: 768 } });

const call = <T>(app: OpsBenchApp, method: string, input: unknown) => callApi(app.server, method, input) as Promise<T>;

test('without a group the page leads to 账号', async ({ app, page }) => {
  await call(app, 'workspace.startEmpty', { name: '华东分公司', shortName: '华东' });
  await call(app, 'accounts.create', anAccount());
  await app.open('#/community');
  await expect(page.getByTestId('community-empty')).toContainText('还没有企业微信社群');
  await page.screenshot({ path: test.info().outputPath('community-empty.png') });
  await page.getByTestId('community-go-accounts').click();
  await expect(page).toHaveURL(/#\/accounts$/);
  await expect(page.getByTestId('accounts-table')).toBeVisible();
});

test('a group’s SOP is written, scripts added and copied, a template used in the group, and its plan read', async ({ app, page, context }) => {
  // A long flow on a machine that may be busy: three times the usual time.
  test.slow();
  await call(app, 'workspace.startEmpty', { name: '华东分公司', shortName: '华东' });
  const group = await call<{ id: string }>(app, 'accounts.create', anAccount({ platform: 'wecom_group', name: '悦汇·苏州会员群', handle: '', verified: false, updateFrequency: 'daily' }));
  await call(app, 'team.create', { name: '周婷', roles: ['support'] });
  await call(app, 'team.create', { name: '李娜', roles: ['promotion'] });
  await call(app, 'community.createScript', { groupId: null, kind: 'announcement', title: '月度活动公告', text: '本月会员日：每周三全场 9 折' });
  await call(app, 'calendar.createItem', { accountId: group.id, date: '2026-12-10', time: '10:00', title: '双12 秒杀预告' });
  await call(app, 'activities.create', { name: '双12 会员秒杀', purpose: 'conversion', accountIds: [group.id], phases: [{ phase: 'warmup', startDate: '2026-12-10', endDate: '2026-12-11' }] });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
  await app.open('#/community');
  await expect(page.getByTestId('community-group-title')).toHaveText('悦汇·苏州会员群');

  // The profile.
  await page.getByTestId('group-profile-edit').click();
  const profile = page.getByTestId('group-form');
  await profile.getByTestId('group-form-positioning').fill('苏州会员的福利与活动通知');
  await profile.getByTestId('group-form-owner').click();
  await page.locator('.ant-select-item-option', { hasText: '周婷' }).click();
  await profile.getByTestId('group-form-admins').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '李娜' }).click();
  await page.getByTestId('group-save').click();
  await expect(page.getByTestId('group-positioning')).toHaveText('苏州会员的福利与活动通知');
  await expect(page.getByTestId('group-owner')).toHaveText('周婷');
  await expect(page.getByTestId('group-admins')).toContainText('李娜');

  // A welcome message and a keyword reply.
  await page.getByTestId('script-add-welcome').click();
  await page.getByTestId('script-form-title').fill('新人欢迎');
  await page.getByTestId('script-form-text').fill('欢迎加入悦汇会员群🎉\n每周三是会员日');
  await page.getByTestId('script-save').click();
  const welcome = page.getByTestId('scripts-welcome');
  await expect(welcome.getByTestId('script-title')).toHaveText('新人欢迎');
  await page.getByTestId('script-add-keyword').click();
  await page.getByTestId('script-form-text').fill('会员停车前 2 小时免费');
  await page.getByTestId('script-save').click();
  await expect(page.getByTestId('script-form')).toContainText('必填');
  await page.getByTestId('script-form-keyword').fill('停车');
  await page.getByTestId('script-save').click();
  const keyword = page.getByTestId('scripts-keyword');
  await expect(keyword.getByTestId('script-keyword')).toHaveText('停车');
  await expect(keyword.getByTestId('script-text')).toContainText('→ 会员停车前 2 小时免费');

  // One click copies a script's text.
  await welcome.getByTestId('script-copy').click();
  await expect(page.getByText('已复制，可粘贴到企业微信')).toBeVisible();
  expect(await page.evaluate('navigator.clipboard.readText()')).toBe('欢迎加入悦汇会员群🎉\n每周三是会员日');

  // A template used in the group.
  await page.getByRole('tab', { name: '话术模板' }).click();
  await page.getByTestId('scripts-announcement').getByTestId('template-use').click();
  await expect(page.getByText('已把「月度活动公告」加到 悦汇·苏州会员群')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('community-templates.png') });
  await page.getByRole('tab', { name: 'SOP' }).click();
  await expect(page.getByTestId('scripts-announcement').getByTestId('script-title')).toHaveText('月度活动公告');
  await expect(page.getByTestId('community-group')).toContainText('3 条话术');
  await page.screenshot({ path: test.info().outputPath('community-sop.png') });

  // Deleted, and back with undo.
  await welcome.getByTestId('script-delete').click();
  await page
    .getByRole('button', { name: /删\s*除/ })
    .last()
    .click();
  await expect(welcome.getByTestId('script')).toHaveCount(0);
  await page.getByTestId('undo').click();
  await expect(welcome.getByTestId('script-title')).toHaveText('新人欢迎');

  // The plan: the month lists the days with something, the week every day; the calendar opens on the group.
  await app.open(`#/community?group=${group.id}&tab=plan&date=2026-12-10`);
  await expect(page.getByTestId('plan-period')).toHaveText('2026-12');
  await expect(page.getByTestId('plan-day')).toHaveCount(2);
  const tenth = page.locator('[data-testid="plan-day"][data-date="2026-12-10"]');
  await expect(tenth.getByTestId('plan-item')).toContainText('双12 秒杀预告');
  await expect(tenth.getByTestId('plan-activity')).toContainText('双12 会员秒杀 · 预热');
  await expect(page.locator('[data-testid="plan-day"][data-date="2026-12-11"]').getByTestId('plan-activity')).toContainText('双12 会员秒杀');
  await page.screenshot({ path: test.info().outputPath('community-plan-month.png') });
  await page.getByTestId('plan-view').getByText('周').click();
  await expect(page.getByTestId('plan-period')).toHaveText('2026-12-07 — 2026-12-13');
  await expect(page.getByTestId('plan-day')).toHaveCount(7);
  await page.screenshot({ path: test.info().outputPath('community-plan-week.png') });
  await page.getByTestId('plan-open-calendar').click();
  await expect(page).toHaveURL(new RegExp(`#/calendar\\?view=week&date=2026-12-07&account=${group.id}`));
});
