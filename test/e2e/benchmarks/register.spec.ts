import type { Page } from '@playwright/test';
import { callApi } from '../../helpers/web-server';
import { expect, test, type OpsBenchApp } from '../fixtures';

// 对标: the register of peer accounts with their learnings, and the entry grid that takes a block
// pasted from Excel.

const startEmpty = (app: OpsBenchApp) => callApi(app.server, 'workspace.startEmpty', { name: '华东分公司', shortName: '华东', brand: '悦汇', industry: '零售', namingTemplate: '' });
const addPeer = (app: OpsBenchApp, name: string) => callApi(app.server, 'benchmarks.createPeer', { platform: 'wechat_subscription', name }) as Promise<{ id: string }>;

type InPage = {
  DataTransfer: new () => { setData(type: string, data: string): void };
  ClipboardEvent: new (type: string, init: object) => unknown;
  document: { activeElement: { dispatchEvent(event: unknown): void } };
};

/** Pastes text into the focused element as Ctrl+V of a block copied from Excel would. */
async function paste(page: Page, text: string) {
  await page.evaluate((data) => {
    const web = globalThis as unknown as InPage;
    const transfer = new web.DataTransfer();
    transfer.setData('text/plain', data);
    web.document.activeElement.dispatchEvent(new web.ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
}

test('adds a peer account and a learning with an example link, grouped by its kind', async ({ app, page }) => {
  await startEmpty(app);
  await app.open('#/calendar');
  await page.getByTestId('nav-benchmarks').click();
  await page.getByTestId('bench-tab-entry').click();
  await expect(page).toHaveURL(/#\/benchmarks\/entry$/);
  await page.getByTestId('bench-tab-peers').click();
  await expect(page).toHaveURL(/#\/benchmarks\/peers$/);
  await expect(page.getByTestId('peers-empty')).toBeVisible();

  await page.keyboard.press('n');
  await page.getByTestId('peer-form-name').fill('杭州吃货联盟');
  await page.getByTestId('peer-form-handle').fill('hzchihuo');
  await page.getByTestId('peer-form-industry').fill('餐饮');
  await page.getByTestId('peer-form-reason').fill('同城探店号，排版清爽');
  await page.getByTestId('peer-save').click();
  const row = page.getByTestId('peers-table').getByRole('row').filter({ hasText: '杭州吃货联盟' });
  await expect(row).toContainText('hzchihuo');
  await expect(row).toContainText('餐饮');

  await row.getByTestId('peer-open').click();
  await expect(page.getByTestId('peer-detail-name')).toHaveText('杭州吃货联盟');
  await expect(page.getByTestId('learnings')).toContainText('还没有学习点');
  await page.getByTestId('learning-create').click();
  await page.getByTestId('learning-form-kind').getByText('排版').click();
  await page.getByTestId('learning-form-text').fill('每篇开头一张大图加三行导语，手机上一屏看完');
  await page.getByTestId('learning-form-link').fill('ftp://example.com/a');
  await page.getByTestId('learning-save').click();
  await expect(page.getByTestId('learning-form')).toContainText('链接应以 http:// 或 https:// 开头');
  await page.getByTestId('learning-form-link').fill('https://mp.weixin.qq.com/s/abc123');
  await page.getByTestId('learning-save').click();

  const group = page.getByTestId('learning-group-layout');
  await expect(group).toContainText('排版');
  await expect(group.getByTestId('learning-text')).toHaveText('每篇开头一张大图加三行导语，手机上一屏看完');
  await expect(group.getByTestId('learning-link')).toHaveAttribute('href', 'https://mp.weixin.qq.com/s/abc123');
  await expect(group.getByTestId('learning-link')).toHaveAttribute('target', '_blank');

  // Still there after a reload, on the peer's own address.
  await page.reload();
  await expect(page.getByTestId('learning-group-layout').getByTestId('learning-text')).toHaveText('每篇开头一张大图加三行导语，手机上一屏看完');
});

test('takes a block pasted from Excel into the figures grid, saves it and shows it back after a reload; a cell that is not a number is refused with its message', async ({ app, page }) => {
  await startEmpty(app);
  const peer = await addPeer(app, '杭州吃货联盟');
  await app.open(`#/benchmarks/entry?account=${peer.id}&kind=week`);
  const grid = page.getByTestId('entry-grid-snapshots');
  const cell = (row: number, column: string) => grid.locator(`[data-row="${row}"] [data-col="${column}"]`);

  // 3 rows × 4 columns, as Excel copies them: followers, articles, reads, reads of the lead article.
  await cell(0, 'followers').click();
  await paste(page, '1.2万\t5\t10万+\t80,000\r\n12 345\t3\t3.5w\t20000\r\n12,500\t4\t2.1万\t1.5万\r\n');
  await expect(cell(2, 'readsHeadline')).toHaveText('1.5万');
  await expect(page.getByTestId('entry-save')).toHaveText(/保存（3 行）/);

  // A bad cell: marked red with its message, and its row is not saved.
  await cell(3, 'reads').click();
  await page.keyboard.type('12k+3');
  await page.keyboard.press('Enter');
  await expect(cell(3, 'reads')).toHaveClass(/data-grid__cell--problem/);
  await cell(3, 'reads').click();
  await expect(page.getByTestId('entry-cell-problem')).toHaveText('第 4 行「阅读·总」：「12k+3」不是数字（可写 12345、1.2万、3.5w、10万+）');

  await page.getByTestId('entry-save').click();
  await expect(page.getByText('已保存 3 行')).toBeVisible();
  await expect(page.getByText('1 行有问题没有保存，请修改标红的单元格')).toBeVisible();
  await expect(cell(3, 'reads')).toHaveClass(/data-grid__cell--problem/);

  await page.reload();
  await expect(cell(0, 'followers')).toHaveText('12,000');
  await expect(cell(0, 'articles')).toHaveText('5');
  await expect(cell(0, 'reads')).toHaveText('10万+');
  await expect(cell(0, 'readsHeadline')).toHaveText('80,000');
  await expect(cell(1, 'followers')).toHaveText('12,345');
  await expect(cell(1, 'reads')).toHaveText('35,000');
  await expect(cell(2, 'reads')).toHaveText('21,000');
  await expect(cell(2, 'readsHeadline')).toHaveText('15,000');
  await expect(cell(3, 'reads')).toHaveText('');
});
