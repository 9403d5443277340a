import { callApi } from '../helpers/web-server';
import { DEMO_TODAY, expect, test } from './fixtures';

test('screens', async ({ app, page }) => {
  test.setTimeout(400_000);
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  await callApi(app.server, 'workspace.loadDemo', { today: DEMO_TODAY });
  const items = (await callApi(app.server, 'calendar.listItems', { from: '2026-10-01', to: '2026-10-31' })) as Array<{ id: string; title: string }>;
  const made: string[] = [];
  for (const item of items.slice(0, 8)) made.push(((await callApi(app.server, 'articles.create', { itemId: item.id })) as { id: string }).id);
  const [account] = (await callApi(app.server, 'accounts.list')) as Array<{ id: string }>;
  await callApi(app.server, 'articles.create', { accountId: account!.id, title: '选题库里的一篇：冬季会员日怎么做' });
  await callApi(app.server, 'articles.saveRevision', { id: made[0], name: '初稿' });
  for (const [w, h] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await app.open('#/articles');
    await expect(page.getByTestId('article-link').first()).toBeVisible({ timeout: 60_000 });
    await page.screenshot({ path: `/tmp/ui-shots/list-${w}.png` });
    await page.getByTestId('articles-search').fill('国庆');
    await expect(page.getByTestId('article-hit-title').first()).toBeVisible({ timeout: 60_000 });
    await page.screenshot({ path: `/tmp/ui-shots/search-${w}.png` });
    await app.open(`#/articles/${made[0]}`);
    await expect(page.getByTestId('save-status')).toBeVisible({ timeout: 60_000 });
    await page.screenshot({ path: `/tmp/ui-shots/article-${w}.png` });
    if (w === 1366) {
      await page.getByTestId('keyboard-choice').first().click();
      await page.getByTestId('article-tab-revisions').click();
      await expect(page.getByTestId('revision').first()).toBeVisible({ timeout: 60_000 });
      await page.screenshot({ path: `/tmp/ui-shots/revisions-${w}.png` });
      await page.getByTestId('article-meta-open').click();
      await expect(page.getByTestId('article-meta-form')).toBeVisible({ timeout: 60_000 });
      await page.screenshot({ path: `/tmp/ui-shots/meta-${w}.png` });
    }
  }
});
