import type { Locator, Page } from '@playwright/test';
import { callApi } from '../../helpers/web-server';
import { DEMO_TODAY, expect, test, type OpsBenchApp } from '../fixtures';

// Every test here starts from the demo workspace around DEMO_TODAY (a copy of the run's template: test/e2e/workspace-templates.ts).
test.use({ demo: DEMO_TODAY });

// What the grid shows (issue 8): accounts with their platform, readable titles, rule problems on
// the chips, filters that say what they hold. Dates are in 2028, far from the demo's own plan.

interface Account {
  id: string;
  name: string;
  platform: string;
}

/** The demo workspace (eight accounts; 悦汇·上海购物中心 is both a 服务号 and a 视频号). */
async function demo(app: OpsBenchApp) {
  const accounts = (await callApi(app.server, 'accounts.list')) as Account[];
  const members = (await callApi(app.server, 'team.list')) as Array<{ id: string; name: string }>;
  const on = (platform: string) => accounts.find((a) => a.platform === platform)!;
  return { accounts, members, service: on('wechat_service'), subscription: on('wechat_subscription'), channels: on('channels') };
}

const createItem = (app: OpsBenchApp, input: Record<string, unknown>) => callApi(app.server, 'calendar.createItem', input) as Promise<{ id: string }>;
const monthChip = (page: Page, title: string) => page.getByTestId('calendar-month').getByTestId('calendar-item').filter({ hasText: title });

/** The few DOM types the measuring function uses (the tests compile without the DOM's types). */
type Box = { right: number; bottom: number; width: number };
type TitleNode = { closest(selector: string): { getBoundingClientRect(): Box } | null; getBoundingClientRect(): Box; firstChild: { length: number } | null };
type InPage = { document: { createRange(): { setStart(node: unknown, offset: number): void; setEnd(node: unknown, offset: number): void; getBoundingClientRect(): Box } } };

/** How many characters of a chip's title can be read: inside the chip (not clipped by its lines), not cut by the title's own box, not under the ellipsis. */
function visibleCharacters(chip: Locator): Promise<number> {
  // By class rather than test id, so the same measure also runs on the chips before issue 8.
  return chip.locator('.cal-chip__title').evaluate((node) => {
    const title = node as unknown as TitleNode;
    const { document } = globalThis as unknown as InPage;
    const chipBox = title.closest('[data-testid="calendar-item"]')!.getBoundingClientRect();
    const titleBox = title.getBoundingClientRect();
    const text = title.firstChild!;
    let visible = 0;
    for (let i = 0; i < text.length; i++) {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      const box = range.getBoundingClientRect();
      const inside = box.width > 0 && box.right <= Math.min(chipBox.right, titleBox.right) + 0.5 && box.bottom <= chipBox.bottom + 0.5;
      if (inside) visible++;
    }
    // A cut title ends in an ellipsis drawn over its last character.
    return visible < text.length ? visible - 1 : visible;
  });
}

test('two accounts with the same name are told apart by their platform in the drawer, the week rows, the board and the day popup', async ({ app, page }) => {
  const { service, channels } = await demo(app);
  expect(channels.name).toBe(service.name);
  for (const [i, account] of [service, service, service, channels, channels].entries())
    await createItem(app, { accountId: account.id, date: '2028-03-15', slot: account === service ? i + 1 : 1, title: `同名账号测试${i + 1}` });
  await app.open('#/calendar?view=month&date=2028-03-01');

  await page.getByTestId('calendar-day-2028-03-16').click({ position: { x: 60, y: 8 } });
  await page.getByTestId('calendar-form-account').click();
  const options = page.locator('.ant-select-item-option').filter({ hasText: service.name });
  await expect(options).toHaveText([new RegExp(`${service.name}\\s*服务号`), new RegExp(`${service.name}\\s*视频号`)]);
  await options.filter({ hasText: '视频号' }).click();
  await expect(page.getByTestId('calendar-form-account')).toContainText('视频号');
  await page.getByTestId('calendar-form-title').fill('视频号上的新排期');
  await page.getByTestId('calendar-save').click();
  await expect(page.getByTestId('calendar-form')).toHaveCount(0);
  await expect(monthChip(page, '视频号上的新排期')).toBeVisible();
  const saved = (await callApi(app.server, 'calendar.listItems', { from: '2028-03-16', to: '2028-03-16' })) as Array<{ title: string; accountId: string }>;
  expect(saved.find((item) => item.title === '视频号上的新排期')?.accountId).toBe(channels.id);

  // The day popup lists every item with its account and platform.
  await page.getByTestId('calendar-day-2028-03-15').getByTestId('calendar-more').click();
  const popup = page.getByTestId('calendar-day-items');
  await expect(popup.getByTestId('calendar-item').filter({ hasText: '同名账号测试1' })).toContainText(`${service.name}服务号`);
  await expect(popup.getByTestId('calendar-item').filter({ hasText: '同名账号测试5' })).toContainText(`${service.name}视频号`);
  await page.keyboard.press('Escape');

  // The week's rows and the board's cards name the platform too.
  await app.open(`#/calendar?view=week&date=2028-03-15&account=${service.id}&account=${channels.id}`);
  await expect(page.getByTestId(`calendar-week-account-${service.id}`)).toHaveText(`${service.name}服务号`);
  await expect(page.getByTestId(`calendar-week-account-${channels.id}`)).toHaveText(`${service.name}视频号`);
  await app.open('#/calendar?view=board&date=2028-03-01');
  await expect(page.getByTestId('calendar-board').getByTestId('calendar-item').filter({ hasText: '同名账号测试4' }).getByTestId('account-label')).toHaveText(`${service.name}视频号`);
});

test('a long title shows at least 12 characters in a month chip at 1280×800', async ({ app, page }) => {
  const { subscription } = await demo(app);
  const title = '秋季会员日全场满三百减五十还送停车券';
  await createItem(app, { accountId: subscription.id, date: '2028-03-15', title });
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.open('#/calendar?view=month&date=2028-03-01');
  const chip = monthChip(page, title);
  await expect(chip).toBeVisible();
  expect(await visibleCharacters(chip)).toBeGreaterThanOrEqual(12);
});

test('a placeholder chip shows its title, not its column name again; the column is a tag and items off WeChat have no slot', async ({ app, page }) => {
  const { subscription, channels } = await demo(app);
  const column = (await callApi(app.server, 'columns.create', { accountId: subscription.id, name: '周末特辑', purpose: '', cadence: { kind: 'monthly', days: [8] }, ownerId: null })) as { id: string };
  await callApi(app.server, 'calendar.fillCadence', { from: '2028-03-01', to: '2028-03-31', columnIds: [column.id] });
  await createItem(app, { accountId: channels.id, date: '2028-03-09', title: '视频号直播预告' });
  await app.open('#/calendar?view=month&date=2028-03-01');

  const placeholder = page.getByTestId('calendar-day-2028-03-08').getByTestId('calendar-item');
  await expect(placeholder.getByTestId('calendar-item-column')).toHaveText('周末特辑');
  await expect(placeholder.getByTestId('calendar-item-title')).toHaveText('待定');
  await expect(placeholder).toContainText('头');
  const video = monthChip(page, '视频号直播预告');
  await expect(video).toHaveText('视频号直播预告');
});

test("a problem's chips are marked, its hover card says why, and clicking the problem selects them and brings them on screen", async ({ app, page }) => {
  const { service, subscription } = await demo(app);
  // Two 头条 on one day: a subscription account pushes twice.
  await createItem(app, { accountId: subscription.id, date: '2028-03-30', slot: 1, title: '第一次群发' });
  await createItem(app, { accountId: subscription.id, date: '2028-03-30', slot: 1, title: '第二次群发' });
  await createItem(app, { accountId: subscription.id, date: '2028-03-29', slot: 1, title: '没有问题的一天' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.open('#/calendar?view=month&date=2028-03-01');

  for (const title of ['第一次群发', '第二次群发']) await expect(monthChip(page, title)).toHaveAttribute('data-problem', 'true');
  await expect(monthChip(page, '没有问题的一天')).not.toHaveAttribute('data-problem');
  await monthChip(page, '第二次群发').hover();
  await expect(page.getByTestId('calendar-hover-problems')).toContainText('订阅号每天只能群发 1 次，这天安排了 2 次');
  await expect(page.getByTestId('calendar-hover-card')).toContainText(`${subscription.name}订阅号`);

  await page.mouse.move(0, 0);
  await page.getByTestId('calendar-problems').locator('[data-code="subscriptionTwiceADay"]').click();
  await expect(page.getByTestId('calendar-selection')).toContainText('已选 2 条');
  for (const title of ['第一次群发', '第二次群发']) await expect(monthChip(page, title)).toHaveAttribute('data-selected', 'true');
  await expect(monthChip(page, '第一次群发')).toBeInViewport();
  await expect(monthChip(page, '没有问题的一天')).not.toHaveAttribute('data-selected');

  // A month's problem (its fifth push) clicked in a week that does not show it opens the month, selected.
  for (const day of ['03', '10', '17', '24', '28']) await createItem(app, { accountId: service.id, date: `2028-04-${day}`, slot: 1, title: `服务号四月${day}日` });
  await app.open('#/calendar?view=week&date=2028-03-29');
  await page.getByTestId('calendar-problems').locator('[data-code="serviceOverMonthly"]').click();
  await expect(page).toHaveURL(/view=month&date=2028-04-01/);
  await expect(page.getByTestId('calendar-selection')).toContainText('已选 1 条');
  await expect(monthChip(page, '服务号四月28日')).toHaveAttribute('data-selected', 'true');
  await expect(monthChip(page, '服务号四月28日')).toHaveAttribute('data-problem', 'true');
  await expect(monthChip(page, '服务号四月03日')).not.toHaveAttribute('data-selected');
});

test('the filters say what they hold, count the matching items, clear at once, and name a deleted account instead of showing its id', async ({ app, page }) => {
  const { subscription } = await demo(app);
  for (const [i, status] of (['writing', 'writing', 'review', 'topic', 'approved'] as const).entries()) await createItem(app, { accountId: subscription.id, date: `2028-03-1${i}`, status, title: `筛选测试${i}` });
  await app.open('#/calendar?view=month&date=2028-03-01&status=writing&status=review&status=approved');

  await expect(page.getByTestId('calendar-status-filter')).toContainText('状态：撰写中、待审核 +1');
  await expect(page.getByTestId('calendar-filter-count')).toHaveText('共 4 条');
  await page.getByTestId('calendar-filter-clear').click();
  await expect(page.getByTestId('calendar-filter-count')).toHaveText('共 5 条');
  await expect(page).not.toHaveURL(/status=/);
  await expect(page.getByTestId('calendar-status-filter')).not.toContainText('状态：');
  await expect(page.getByTestId('calendar-filter-clear')).toBeHidden();

  // A link to an account deleted since.
  const gone = (await callApi(app.server, 'accounts.create', { platform: 'weibo', name: '悦汇·已关停的微博', purpose: 'brand', followers: 0, verified: false, updateFrequency: 'weekly', ownerId: null })) as Account;
  await callApi(app.server, 'accounts.remove', { id: gone.id });
  await app.open(`#/calendar?view=week&date=2028-03-13&account=${gone.id}&account=${subscription.id}`);
  await expect(page.getByTestId('calendar-account-filter')).toContainText('已删除的账号');
  await expect(page.getByTestId('calendar-account-filter')).not.toContainText(gone.id);
  await expect(page.getByTestId('calendar-week')).toContainText('已删除的账号');
  await expect(page.getByTestId('calendar-week')).not.toContainText(gone.id);
});

test('the list view has a header row and an owner column', async ({ app, page }) => {
  const { subscription, members } = await demo(app);
  const owner = members[0]!;
  await createItem(app, { accountId: subscription.id, date: '2028-03-15', time: '09:30', title: '陈列改造进度', ownerId: owner.id });
  await createItem(app, { accountId: subscription.id, date: '2028-03-16', title: '待认领的选题', ownerId: null });
  await app.open('#/calendar?view=list&date=2028-03-01');

  await expect(page.getByTestId('calendar-list-header').getByRole('columnheader')).toHaveText(['日期', '账号', '标题', '负责人', '时间', '状态']);
  const row = page.getByTestId('calendar-list-row').filter({ hasText: '陈列改造进度' });
  await expect(row.getByTestId('calendar-list-owner')).toHaveText(owner.name);
  await expect(row).toContainText(`${subscription.name}订阅号`);
  await expect(row).toContainText('09:30');
  await expect(page.getByTestId('calendar-list-row').filter({ hasText: '待认领的选题' }).getByTestId('calendar-list-owner')).toHaveText('—');
});
