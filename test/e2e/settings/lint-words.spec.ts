import { DEMO_TODAY, expect, test } from '../fixtures';

// Every test here starts from the demo workspace around DEMO_TODAY (a copy of the run's template: test/e2e/workspace-templates.ts).
test.use({ demo: DEMO_TODAY });

// 设置 → 广告法与诱导用语词表: the operator turns a built-in word off, adds the workspace's own word,
// and resets the built-in word; the list says what is built-in, changed and the workspace's.

test('turns a built-in word off, adds a word of its own, and resets the built-in word', async ({ app, page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open('#/settings');
  const card = page.getByTestId('lint-words-card');
  await card.scrollIntoViewIfNeeded();
  await card.getByPlaceholder('搜索词语').fill('最佳');
  const best = card.locator('tr[data-row-key="最佳"]');
  await expect(best).toContainText('内置');
  await best.getByTestId('lint-word-enabled').click();
  await expect(best.getByTestId('lint-word-enabled')).not.toBeChecked();
  await expect(best).toContainText('已修改');

  await card.getByTestId('lint-word-add').click();
  await page.getByTestId('lint-word-word').fill('内部资料');
  await page.getByTestId('lint-word-suggestion').fill('不要外传');
  await page.getByTestId('lint-word-save').click();
  await expect(page.getByText('已保存“内部资料”')).toBeVisible();
  await card.getByPlaceholder('搜索词语').fill('内部');
  await expect(card.locator('tr[data-row-key="内部资料"]')).toContainText('本工作区');

  await card.getByPlaceholder('搜索词语').fill('最佳');
  await best.getByTestId('lint-word-remove').click();
  await page.getByRole('button', { name: '删除' }).click();
  await expect(best.getByTestId('lint-word-enabled')).toBeChecked();
  await expect(best).not.toContainText('已修改');
});
