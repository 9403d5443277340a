import { callApi } from '../../helpers/web-server';
import { DEMO_TODAY, expect, test } from '../fixtures';

// Every test here starts from the demo workspace around DEMO_TODAY (a copy of the run's template: test/e2e/workspace-templates.ts).
test.use({ demo: DEMO_TODAY });

// 写稿 from the calendar: the item's drawer creates its article (the body starts from the
// 选题说明) and opens it; afterwards the same drawer offers 打开稿件.

// A first open builds the page and the editor, which takes a while on a loaded machine.
test.describe.configure({ timeout: 120_000 });

test('写稿 in an item drawer creates the article from the 选题说明, and the drawer then opens it', async ({ app, page }) => {
  const [account] = (await callApi(app.server, 'accounts.list')) as Array<{ id: string }>;
  const members = (await callApi(app.server, 'team.list')) as Array<{ id: string }>;
  await callApi(app.server, 'team.setKeyboard', { memberId: members[0]!.id });
  const item = (await callApi(app.server, 'calendar.createItem', { accountId: account!.id, date: '2026-10-20', slot: 8, title: '十月会员日预告', notes: '会员日当天积分翻倍，重点讲新会员礼。' })) as { id: string };

  await app.open('#/calendar?view=month&date=2026-10-01');
  await page.locator(`[data-testid=calendar-month] [data-id="${item.id}"]`).click({ timeout: 30_000 });
  await page.getByTestId('item-article-write').click();

  await expect(page.getByTestId('article-title')).toHaveText('十月会员日预告', { timeout: 30_000 });
  await expect(page.getByTestId('article-body')).toContainText('会员日当天积分翻倍，重点讲新会员礼。');
  // A topic being written is 撰写中.
  await expect(page.getByTestId('article-status')).toHaveText('撰写中');

  await page.goBack();
  await page.locator(`[data-testid=calendar-month] [data-id="${item.id}"]`).click();
  await expect(page.getByTestId('item-article-open')).toContainText('打开稿件');
  await page.getByTestId('item-article-open').click();
  await expect(page.getByTestId('article-title')).toHaveText('十月会员日预告');
});
