import type { Page } from '@playwright/test';
import { callApi } from '../../helpers/web-server';
import { expect, test, type OpsBenchApp } from '../fixtures';

// 审核 in the article page: submit, send back with a comment, approve; and a comment on selected
// text, highlighted in the body and still on its words after typing before them.

const BODY = '双十一当天全城最低价，先到先得。';

async function aDraft(app: OpsBenchApp) {
  const call = <T>(channel: string, input: unknown = {}) => callApi(app.server, channel, input) as Promise<T>;
  await call('workspace.startEmpty', { name: '华东分公司', shortName: '华东', brand: '悦汇', industry: '商业零售', namingTemplate: '{品牌}·{城市}{业态}' });
  const account = await call<{ id: string }>('accounts.create', {
    platform: 'wechat_subscription',
    name: '悦汇·苏州购物中心',
    handle: 'yuehui_sz',
    purpose: 'brand',
    businessLine: '购物中心',
    city: '苏州',
    followers: 12000,
    verified: true,
    updateFrequency: 'weekly',
    ownerId: null,
    qrPlacement: '',
    notes: '',
  });
  const writer = await call<{ id: string }>('team.create', { name: '周婷', roles: ['copywriter'], dailyDuties: '', contact: '', kpis: [] });
  const approver = await call<{ id: string }>('team.create', { name: '陈总', roles: ['approver'], dailyDuties: '', contact: '', kpis: [] });
  const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: BODY }] }] };
  const article = await call<{ id: string }>('articles.create', { accountId: account.id, title: '双十一会员日攻略', body });
  return { article, writer, approver, atKeyboard: (member: { id: string }) => call('team.setKeyboard', { memberId: member.id }) };
}

/** Opens the article afresh (so the review is read for the member now at the keyboard) at its 批注 tab. */
async function openReview(app: OpsBenchApp, page: Page, articleId: string) {
  await app.open(`#/articles/${articleId}`);
  await page.reload();
  await expect(page.getByTestId('article-body').locator('.tiptap')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('article-tab-comments').click();
  await expect(page.getByTestId('review-panel')).toBeVisible();
}

/** The text the comment highlights cover (other decorations, the live checks', may split one range into several spans). */
const highlighted = (page: Page, kind = '.comment-anchor') =>
  page
    .getByTestId('article-body')
    .locator(kind)
    .allTextContents()
    .then((parts) => parts.join(''));

/** Selects `words` of the first paragraph with the keyboard, as a person would (Home, arrows, Shift+arrows). */
async function selectInBody(page: Page, words: string) {
  const paragraph = page.getByTestId('article-body').locator('.ProseMirror p').first();
  const text = (await paragraph.textContent()) ?? '';
  const at = text.indexOf(words);
  if (at < 0) throw new Error(`${words} is not in the first paragraph`);
  await paragraph.click();
  await page.keyboard.press('Home');
  for (let i = 0; i < at; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < [...words].length; i++) await page.keyboard.press('Shift+ArrowRight');
}

test.describe.configure({ timeout: 120_000 });

test('an article is submitted, sent back with a comment, submitted again and approved', async ({ app, page }) => {
  const { article, writer, approver, atKeyboard } = await aDraft(app);
  await atKeyboard(writer);
  await openReview(app, page, article.id);
  await page.getByTestId('review-submit').click();
  await expect(page.getByTestId('review-status')).toHaveText('待审核');
  await expect(page.getByTestId('review-waiting')).toHaveText('等待任一定稿人（定稿）审核');
  // Only the reviewer decides: the writer has no 通过.
  await expect(page.getByTestId('review-approve')).toHaveCount(0);

  await atKeyboard(approver);
  await openReview(app, page, article.id);
  await page.getByTestId('review-request_changes').click();
  const send = page.locator('#review-request-changes-send');
  await expect(send).toBeDisabled();
  await page.getByTestId('review-request-changes-comment').fill('“最低价”是极限词，请换个说法');
  await send.click();
  await expect(page.getByTestId('review-status')).toHaveText('撰写中');
  await expect(page.getByTestId('review-history')).toContainText('陈总 定稿退回修改');
  await expect(page.getByTestId('review-history')).toContainText('“最低价”是极限词，请换个说法');

  await atKeyboard(writer);
  await openReview(app, page, article.id);
  await page.getByTestId('review-submit').click();
  await expect(page.getByTestId('review-status')).toHaveText('待审核');
  await atKeyboard(approver);
  await openReview(app, page, article.id);
  await page.getByTestId('review-approve').click();
  await expect(page.getByTestId('review-status')).toHaveText('已定稿');
  await expect(page.getByTestId('review-reopen')).toBeVisible();
  await expect(page.getByTestId('review-history')).toContainText('陈总 定稿通过');
});

test('a comment on selected text is highlighted and stays on its words while text is typed before them', async ({ app, page }) => {
  const { article, approver, atKeyboard } = await aDraft(app);
  await atKeyboard(approver);
  await openReview(app, page, article.id);
  const body = page.getByTestId('article-body');
  await expect(body).toContainText(BODY);

  await selectInBody(page, '全城最低价');
  await page.getByTestId('comment-add').click();
  await page.getByTestId('comment-new').fill('换成“超值价”');
  await page.getByTestId('comment-new-send').click();
  await expect(page.getByTestId('comment-thread')).toContainText('换成“超值价”');
  await expect.poll(() => highlighted(page)).toBe('全城最低价');

  // Typing at the start of the paragraph moves the words; the highlight moves with them.
  await body
    .locator('.ProseMirror p')
    .first()
    .click({ position: { x: 1, y: 5 } });
  await page.keyboard.press('Home');
  await page.keyboard.type('各位会员：');
  await expect(body).toContainText(`各位会员：${BODY}`);
  await expect.poll(() => highlighted(page)).toBe('全城最低价');

  // After a reload the anchor is resolved again from the stored relative positions.
  await openReview(app, page, article.id);
  await expect.poll(() => highlighted(page)).toBe('全城最低价');
  await page.getByTestId('comment-resolve').click();
  await expect.poll(() => highlighted(page, '.comment-anchor-resolved')).toBe('全城最低价');
});
