import { expect, test } from '../fixtures';
import { anArticle, bodyOf, openArticle, paste, saveStatus } from './editor-setup';

// The article body in the editor: what is typed and formatted is saved within a second and is
// there after a reload; pastes from Word and web pages come in clean; a paste too large to take
// says so and leaves the editor working.

test('typed and formatted text is saved and is there after a reload', async ({ app, page }) => {
  // Some eighty keystrokes, a save and a reload.
  test.slow();
  const id = await anArticle(app);
  await openArticle(app, page, id);
  const body = bodyOf(page);
  await body.click();
  await page.keyboard.type('## 十月新品');
  await page.keyboard.press('Enter');
  await page.keyboard.type('这是一段**重点**文字。');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- 第一项');
  await page.keyboard.press('Enter');
  await page.keyboard.type('第二项');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('> 一句引用');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('斜体的话');
  await page.keyboard.press('Shift+Home');
  await page.getByRole('toolbar').getByRole('button', { name: '斜体', exact: true }).click();

  await expect(saveStatus(page)).toHaveText(/已保存 \d\d:\d\d:\d\d/);
  await expect(page.getByTestId('editor-chars')).toContainText('27 字');

  await page.reload();
  await expect(body.locator('h2')).toHaveText('十月新品');
  await expect(body.locator('strong')).toHaveText('重点');
  await expect(body.locator('ul li')).toHaveText(['第一项', '第二项']);
  await expect(body.locator('blockquote')).toHaveText('一句引用');
  await expect(body.locator('em')).toHaveText('斜体的话');
});

test('a paste from Word keeps the text and its emphasis, and drops Office markup', async ({ app, page }) => {
  const id = await anArticle(app);
  await openArticle(app, page, id);
  await bodyOf(page).click();
  const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{font-family:宋体}</style></head><body>
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml><![endif]-->
<p class="MsoNormal" style="mso-margin-top-alt:auto;font-family:'微软雅黑';font-size:12pt"><span lang="EN-US" style="mso-bidi-font-family:Calibri;color:windowtext">周末</span><b><span style="font-family:宋体">限时</span></b><span style="color:#d0021b;mso-ansi-language:EN-US">特惠</span>\u0007<o:p></o:p></p>
<p class="MsoListParagraph" style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">·<span style="font:7.0pt 'Times New Roman'">&nbsp;&nbsp;</span></span>到店有礼 😀<o:p></o:p></p>
<img src="file:///C:/Users/op/AppData/Local/Temp/msohtmlclip1/image001.png"></body></html>`;
  await paste(page, { html: word, text: '周末限时特惠\n到店有礼 😀' });

  const body = bodyOf(page);
  await expect(body.locator('p').first()).toHaveText('周末限时特惠');
  await expect(body.locator('strong')).toHaveText('限时');
  await expect(body.locator('span[style*="color"]')).toHaveText('特惠');
  await expect(body.locator('p').nth(1)).toHaveText('到店有礼 😀');
  const html = await body.innerHTML();
  expect(html).not.toMatch(/mso-|MsoNormal|o:p|font-family|windowtext|file:/);
  expect(html).not.toContain(String.fromCharCode(7));
  await expect(body.locator('img')).toHaveCount(0);
  await expect(saveStatus(page)).toHaveText(/已保存 \d/);
});

test('a paste too large to take says so, and the editor keeps working', async ({ app, page }) => {
  // Megabytes of clipboard travel into the page.
  test.slow();
  const id = await anArticle(app);
  await openArticle(app, page, id);
  await bodyOf(page).click();

  const hugeHtml = `<div>${'<p><span style="font-family:Arial">很长的网页</span></p>'.repeat(110_000)}</div>`;
  await paste(page, { html: hugeHtml, text: '很长的网页全文' });
  await expect(page.getByText(/已只粘贴其中的文字/)).toBeVisible();
  await expect(bodyOf(page)).toContainText('很长的网页全文');

  await paste(page, { text: '字'.repeat(120_000) });
  await expect(page.getByText(/粘贴的文字太长（120000 字），没有粘贴/)).toBeVisible();

  await page.keyboard.type('还能继续写');
  await expect(bodyOf(page)).toContainText('很长的网页全文还能继续写');
  await expect(saveStatus(page)).toHaveText(/已保存 \d/);
});

test('a second window of the same article shows what the first one types', async ({ app, page, context }) => {
  // Two pages each build the app and the editor.
  test.slow();
  const id = await anArticle(app);
  await openArticle(app, page, id);
  // The second window comes with the session cookie the first one got (the address's token is used once).
  const other = await context.newPage();
  await other.goto(`${app.server.origin}/#/articles/${id}`);
  await expect(bodyOf(other)).toBeVisible({ timeout: 30_000 });

  await bodyOf(page).click();
  await page.keyboard.type('第一个窗口写的');
  await expect(bodyOf(other)).toHaveText('第一个窗口写的');
  await bodyOf(other).click();
  await other.keyboard.press('End');
  await other.keyboard.type('，第二个窗口接着写');
  await expect(bodyOf(page)).toHaveText('第一个窗口写的，第二个窗口接着写');
});
