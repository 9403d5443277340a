import { expect, test } from '../fixtures';
import { anArticleWorkspace, call } from './list-setup';

// Who is at the keyboard is asked once per device; 版本 saves a named version, shows what changed
// since it (added green, removed struck red) and restores it as a new version.

// A first open builds the page and the editor, which takes a while on a loaded machine.
test.describe.configure({ timeout: 180_000 });

test('the first article opened asks who is typing, once; the header switches it', async ({ app, page }) => {
  const { articles } = await anArticleWorkspace(app);
  await call(app, 'team.setKeyboard', { memberId: null });
  await app.open(`#/articles/${articles.autumn}`);
  const question = page.getByTestId('keyboard-question');
  await expect(question).toBeVisible({ timeout: 30_000 });
  await question.getByTestId('keyboard-choice').filter({ hasText: '陈思' }).click();
  await expect(question).toHaveCount(0);
  await expect(page.getByTestId('keyboard-member')).toHaveText('陈思');

  await app.open(`#/articles/${articles.members}`);
  await expect(page.getByTestId('keyboard-member')).toHaveText('陈思', { timeout: 30_000 });
  await expect(page.getByTestId('keyboard-question')).toHaveCount(0);

  await page.getByTestId('keyboard-member').click();
  await page.getByTestId('keyboard-question').getByTestId('keyboard-choice').filter({ hasText: '周婷' }).click();
  await expect(page.getByTestId('keyboard-member')).toHaveText('周婷');
  expect(await call<{ memberId: string }>(app, 'team.keyboard')).toMatchObject({ memberId: expect.any(String) });
});

test('a named version is listed with its member, compared with the body now, and restored as a new version', async ({ app, page }) => {
  const { articles } = await anArticleWorkspace(app);
  await app.open(`#/articles/${articles.autumn}`);
  const body = page.getByTestId('article-body').locator('.tiptap');
  await expect(body).toContainText('桂花香里', { timeout: 30_000 });
  await page.getByTestId('article-tab-revisions').click();
  await page.getByTestId('revision-name').fill('初稿');
  await page.getByTestId('revision-save').click();
  const named = page.getByTestId('revision').filter({ hasText: /^初稿/ });
  await expect(named).toContainText('周婷');

  // Replace the first paragraph's words, wait for the save, then compare.
  await body.locator('p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type('限量发售！');
  await expect(page.getByTestId('save-status')).toHaveText(/已保存 \d\d:\d\d:\d\d/);
  await named.getByTestId('revision-compare-now').click();
  await expect(page.getByTestId('diff-added')).toContainText('限量发售！');
  await page.keyboard.press('Escape');

  await named.getByTestId('revision-restore').click();
  await page.getByRole('tooltip').filter({ hasText: '把正文恢复到「初稿」？' }).getByRole('button', { name: '恢复' }).click();
  await expect(page.getByTestId('revision').first()).toContainText('恢复自「初稿」');
  // The open editor follows the restore (its event names the article), and so does a reload.
  await expect(body).not.toContainText('限量发售！');
  await page.reload();
  await expect(body).toContainText('桂花香里', { timeout: 30_000 });
  await expect(body).not.toContainText('限量发售！');
  await page.getByTestId('article-tab-revisions').click();

  // The restore and the version it brought back hold the same body.
  await page.getByTestId('revision').nth(0).getByTestId('revision-pick').check();
  await named.getByTestId('revision-pick').check();
  await page.getByTestId('revision-compare').click();
  await expect(page.getByText('两个版本的正文相同')).toBeVisible();
});
