import { expect, test } from '../fixtures';
import { anArticleWorkspace, call, listedTitles, openList } from './list-setup';

// 稿件: every article in a table with its account, date or 选题库, status and counts; filters and
// the pool kept in the URL; a search over titles and bodies that marks what matched; 新建稿件.

test('the list shows every article with its account, date or 选题库, owner and length, newest first', async ({ app, page }) => {
  await anArticleWorkspace(app);
  await openList(app, page);
  await expect(listedTitles(page)).toHaveText(['冬季暖饮地图', '会员日预告', '秋季新品上市']);
  const autumn = page.getByTestId('articles-table').locator('tr', { hasText: '秋季新品上市' });
  await expect(autumn).toContainText('悦汇·苏州购物中心');
  await expect(autumn).toContainText('2026-10-20');
  await expect(autumn).toContainText('周婷');
  await expect(autumn).toContainText('37');
  await expect(page.getByTestId('articles-table').locator('tr', { hasText: '冬季暖饮地图' })).toContainText('选题库');
});

test('filters by account and status narrow the list, stay in the address, and say when nothing matches', async ({ app, page }) => {
  const { accounts } = await anArticleWorkspace(app);
  await openList(app, page, `#/articles?account=${accounts.sh}`);
  await expect(listedTitles(page)).toHaveText(['冬季暖饮地图', '会员日预告']);

  await page.getByTestId('articles-filter-statuses').click();
  await page.getByRole('option', { name: '已发布' }).click();
  await expect(page.getByTestId('articles-empty')).toContainText('没有符合筛选的稿件');
  expect(page.url()).toContain('status=published');

  await page.getByTestId('articles-filter-clear').click();
  await expect(listedTitles(page)).toHaveText(['冬季暖饮地图', '会员日预告', '秋季新品上市']);
});

test('选题库 shows only the articles without a date', async ({ app, page }) => {
  await anArticleWorkspace(app);
  await openList(app, page);
  await page.getByTestId('articles-pool').getByText('选题库').click();
  await expect(listedTitles(page)).toHaveText(['冬季暖饮地图']);
  await page.reload();
  await expect(listedTitles(page)).toHaveText(['冬季暖饮地图']);
});

test('a search finds words in titles and bodies and marks them', async ({ app, page }) => {
  await anArticleWorkspace(app);
  await openList(app, page);
  await page.getByTestId('articles-search').fill('会员');
  await expect(listedTitles(page)).toHaveCount(2);
  const hit = page.getByTestId('articles-table').locator('tr', { hasText: '秋季新品上市' });
  // The body matched: its snippet marks the word.
  await expect(hit.getByTestId('article-hit-snippet').locator('mark').first()).toHaveText('会员');
  const titleHit = page.getByTestId('articles-table').locator('tr', { hasText: '会员日预告' });
  await expect(titleHit.getByTestId('article-hit-title').locator('mark')).toHaveText('会员');

  await page.getByTestId('articles-search').fill('没有这个词');
  await expect(page.getByTestId('articles-empty')).toContainText('没有找到包含「没有这个词」的稿件');
});

test('新建稿件 without a date puts it in the 选题库 and opens it', async ({ app, page }) => {
  await anArticleWorkspace(app);
  await openList(app, page);
  await page.getByTestId('article-create').click();
  await page.getByTestId('article-create-title').fill('年货节选题');
  await page.getByTestId('article-create-save').click();
  await expect(page.getByTestId('article-title')).toHaveText('年货节选题');
  await expect(page.getByTestId('article-date')).toHaveText('选题库');

  await page.getByTestId('article-back').click();
  await page.getByTestId('articles-pool').getByText('选题库').click();
  await expect(listedTitles(page)).toHaveText(['年货节选题', '冬季暖饮地图']);
});

test('an empty workspace says how to start', async ({ app, page }) => {
  await call(app, 'workspace.startEmpty', { name: '华东分公司', shortName: '华东' });
  await app.open('#/articles');
  await expect(page.getByTestId('articles-empty')).toContainText('还没有稿件', { timeout: 30_000 });
});
