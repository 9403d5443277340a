import { expect, test } from '../fixtures';
import { anArticle, bodyOf, openArticle, saveStatus } from './editor-setup';

// The loss bound of the body's write path (docs/ARCHITECTURE.md, "Loss bound"): the editor sends
// at most 1 s after a keystroke and an acknowledged push is committed, so killing the back end
// mid-typing loses at most the last second of typing.

/** Typing pace: 10 characters a second, so 1 s of typing is 10 characters. */
const KEY_DELAY_MS = 100;

test('killing the back end mid-typing loses at most the last second of typing', async ({ app, page }) => {
  test.setTimeout(180_000);
  const id = await anArticle(app);
  await openArticle(app, page, id);
  await bodyOf(page).click();
  await page.keyboard.type('保存过的第一段。');
  await expect(saveStatus(page)).toHaveText(/已保存 \d/);

  const more = '后来一口气打的二十五个字还在往下打一直打到结束';
  await page.keyboard.type(more, { delay: KEY_DELAY_MS });
  const server = app.server.process;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGKILL');
  await exited;

  // Leaving with unsent edits asks first; the operator leaves anyway.
  page.on('dialog', (dialog) => void dialog.accept());
  await app.restart();
  await openArticle(app, page, id);

  const text = (await bodyOf(page).innerText()).trim();
  expect(text.startsWith('保存过的第一段。')).toBe(true);
  const kept = text.slice('保存过的第一段。'.length);
  expect(more.startsWith(kept)).toBe(true);
  // At most 1 s of typing (10 characters) plus the one in flight may be lost.
  expect(more.length - kept.length).toBeLessThanOrEqual(1000 / KEY_DELAY_MS + 1);
});
