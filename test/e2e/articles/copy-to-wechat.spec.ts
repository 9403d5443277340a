import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSqlite } from '../../../src-main/db/connection';
import { anAccount } from '../../fixtures/account-input';
import { everyNodeDoc, PNG_BYTES } from '../../helpers/article-docs';
import { callApi } from '../../helpers/web-server';
import { expect, test, type OpsBenchApp } from '../fixtures';

// 复制到公众号 in Chromium: the phone preview shows the article in its theme, the button puts
// text/html and text/plain on the clipboard, and the toast counts the footnotes.

const PNG_SHA = createHash('sha256').update(PNG_BYTES).digest('hex');

const call = <T>(app: OpsBenchApp, method: string, input: unknown) => callApi(app.server, method, input) as Promise<T>;

/** An article whose body has every node, two external links and an image from the asset folder. */
async function anArticle(app: OpsBenchApp): Promise<string> {
  mkdirSync(join(app.dataDir, 'assets', PNG_SHA.slice(0, 2)), { recursive: true });
  writeFileSync(join(app.dataDir, 'assets', PNG_SHA.slice(0, 2), PNG_SHA), PNG_BYTES);
  const sqlite = openSqlite(join(app.dataDir, 'workspace.sqlite'));
  sqlite.prepare("INSERT INTO assets (id, name, mime, bytes, width, height) VALUES (?, 'a.png', 'image/png', ?, 1, 1)").run(PNG_SHA, PNG_BYTES.length);
  sqlite.close();
  await call(app, 'workspace.startEmpty', { name: '华东分公司', shortName: '华东' });
  const account = await call<{ id: string }>(app, 'accounts.create', anAccount({ name: '悦汇·上海生活' }));
  const article = await call<{ id: string }>(app, 'articles.create', { accountId: account.id, title: '双11会员日攻略', date: '2026-11-11', author: '周婷', theme: 'business', body: everyNodeDoc(`asset:${PNG_SHA}`) });
  return article.id;
}

test('复制到公众号 puts the styled body and its text on the clipboard and says how many links became footnotes', async ({ app, page, context }) => {
  const id = await anArticle(app);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
  await app.open(`#/articles/${id}`);
  await page.getByTestId('article-tab-preview').click();

  const phone = page.getByTestId('phone-preview');
  await expect(phone).toContainText('双11会员日攻略');
  await expect(phone).toContainText('悦汇·上海生活');
  const body = page.getByTestId('phone-preview-body');
  await expect(body.locator('h2')).toHaveCSS('border-left-color', 'rgb(31, 58, 95)'); // 商务
  await page.getByTestId('wechat-theme-fresh').click();
  await expect(body.locator('h2 span')).toHaveCSS('background-color', 'rgb(62, 175, 124)'); // 清新's pill

  await page.getByTestId('copy-to-wechat').click();
  await expect(page.getByText('2 个外部链接已转为文末参考资料')).toBeVisible();
  const clipboard = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return { types: item!.types, html: await (await item!.getType('text/html')).text(), text: await (await item!.getType('text/plain')).text() };
  });
  expect(clipboard.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
  expect(clipboard.html).toContain('data:image/png;base64,');
  expect(clipboard.html).toContain('background:#3eaf7c'); // the theme picked, kept as the article's
  expect(clipboard.html).toMatch(/官网<\/span><sup[^>]*>\[1\]<\/sup>/);
  expect(clipboard.html).not.toMatch(/class=|<script|127\.0\.0\.1|asset:/);
  expect(clipboard.text).toMatch(/^一级标题\n/);
  expect(clipboard.text).toContain('参考资料\n[1] 官网: https://example.com/a');
});
