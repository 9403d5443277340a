import { anAccount } from '../../fixtures/account-input';
import { callApi } from '../../helpers/web-server';
import { expect, test, type OpsBenchApp } from '../fixtures';

// 关注点: an operator logs what followers ask, links the article that answers it, counts more
// messages with +1, sees the ranking and the categories, filters, opens the article, deletes with undo.

test.use({ viewport: { width: 1366, height: 768 } });

const call = <T>(app: OpsBenchApp, method: string, input: unknown) => callApi(app.server, method, input) as Promise<T>;

async function aWorkspaceWithArticles(app: OpsBenchApp): Promise<{ parking: string }> {
  await call(app, 'workspace.startEmpty', { name: '华东分公司', shortName: '华东' });
  const account = await call<{ id: string }>(app, 'accounts.create', anAccount({ name: '悦汇·苏州购物中心' }));
  const parking = await call<{ id: string }>(app, 'articles.create', { accountId: account.id, title: '停车指南：会员免费 2 小时', date: '2026-11-10' });
  await call(app, 'articles.create', { accountId: account.id, title: '双11会员日攻略', date: '2026-11-11' });
  await call(app, 'concerns.create', { topic: '会员积分怎么用', category: 'service', frequency: 5, examples: '积分能抵现吗？' });
  return { parking: parking.id };
}

test('a concern is logged with its answering article, counted with +1, ranked, filtered, opened and deleted with undo', async ({ app, page }) => {
  // A long flow on a machine that may be busy: three times the usual time.
  test.slow();
  const { parking } = await aWorkspaceWithArticles(app);
  await app.open('#/concerns');
  await expect(page.getByTestId('concerns-table')).toContainText('会员积分怎么用');

  await page.getByTestId('concern-create').click();
  const form = page.getByTestId('concern-form');
  await form.getByTestId('concern-form-topic').fill('停车怎么收费');
  await form.getByTestId('concern-form-category').click();
  await page.locator('.ant-select-item-option', { hasText: '价格' }).click();
  await form.getByTestId('concern-form-frequency').fill('3');
  await form.getByTestId('concern-form-examples').fill('停车怎么收费？🚗\n周末停车贵吗');
  await form.getByTestId('concern-form-articles').click();
  await page.keyboard.type('停车');
  await page.locator('.ant-select-item-option', { hasText: '停车指南' }).click();
  await page.keyboard.press('Escape');
  await page.getByTestId('concern-save').click();
  await expect(form).toBeHidden();

  const table = page.getByTestId('concerns-table');
  const row = table.locator('tr', { hasText: '停车怎么收费' });
  await expect(row).toContainText('价格');
  await expect(row).toContainText('停车怎么收费？🚗');
  await expect(row.getByTestId('concern-frequency')).toHaveText('3');
  const top = page.getByTestId('concerns-top-row');
  await expect(top.first()).toContainText('会员积分怎么用');

  // Three more messages about parking: it leads the ranking.
  for (const count of ['4', '5', '6']) {
    await row.getByTestId('concern-bump').click();
    await expect(row.getByTestId('concern-frequency')).toHaveText(count);
  }
  await expect(top.first()).toContainText('停车怎么收费');
  await expect(top.first()).toContainText('6 次');
  await expect(page.getByTestId('concerns-count-price')).toContainText('1 个 · 6 条消息');
  await page.screenshot({ path: test.info().outputPath('concerns.png') });

  // The category filter, from the counts.
  await page.getByTestId('concerns-count-service').click();
  await expect(table).toContainText('会员积分怎么用');
  await expect(table).not.toContainText('停车怎么收费');
  await page.getByTestId('concerns-filter-category').locator('.ant-select-clear').click();
  await expect(table).toContainText('停车怎么收费');

  // The answering article opens on its page.
  await row.getByTestId('concern-article').click();
  await expect(page).toHaveURL(new RegExp(`#/articles/${parking}$`));
  await page.goBack();

  await page.getByTestId('concerns-table').locator('tr', { hasText: '停车怎么收费' }).getByTestId('concern-delete').click();
  await page
    .getByRole('button', { name: /删\s*除/ })
    .last()
    .click();
  await expect(page.getByTestId('concerns-table')).not.toContainText('停车怎么收费');
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('concerns-table').locator('tr', { hasText: '停车怎么收费' })).toContainText('停车指南');
});

test('the empty page invites the first concern, and a missing topic is refused with nothing saved', async ({ app, page }) => {
  await call(app, 'workspace.startEmpty', { name: '华东分公司', shortName: '华东' });
  await app.open('#/concerns');
  await expect(page.getByTestId('concerns-empty')).toContainText('还没有记录用户关注点');
  await page.screenshot({ path: test.info().outputPath('concerns-empty.png') });
  await page.getByTestId('concerns-empty').getByTestId('concern-create').click();
  await page.getByTestId('concern-form-examples').fill('x');
  await page.getByTestId('concern-save').click();
  await expect(page.getByTestId('concern-form')).toContainText('必填');
});
