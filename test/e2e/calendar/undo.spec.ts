import type { Page } from '@playwright/test';
import { callApi } from '../../helpers/web-server';
import { expect, test, type OpsBenchApp } from '../fixtures';

// Undo and redo of the calendar (issue 8): Ctrl/⌘+Z and Shift+Ctrl/⌘+Z for every step of the
// session, a history that names them, an undo that keeps what changed since elsewhere, drags of
// a selection that keep their spacing, and the selection's status, owner and tag.
// December 2026: Monday the 7th, Tuesday the 8th and 15th.

interface Setup {
  sub: { id: string };
  service: { id: string };
  column: { id: string };
  member: { id: string };
  create(input: Record<string, unknown>): Promise<{ id: string }>;
}

const account = (name: string, platform: string, handle: string) => ({
  platform,
  name,
  handle,
  purpose: 'brand',
  businessLine: '购物中心',
  city: '上海',
  followers: 1000,
  verified: true,
  updateFrequency: 'weekly',
  ownerId: null,
  qrPlacement: '',
  notes: '',
});

/** An empty workspace with a 订阅号 (and its column 新品速递), a 服务号 and a team member. */
async function setUp(app: OpsBenchApp): Promise<Setup> {
  const call = <T>(method: string, input: unknown) => callApi(app.server, method, input) as Promise<T>;
  await call('workspace.startEmpty', { name: '华东分公司', shortName: '华东' });
  const sub = await call<{ id: string }>('accounts.create', account('悦汇·上海生活', 'wechat_subscription', 'yuehui_sh'));
  const service = await call<{ id: string }>('accounts.create', account('悦汇·上海购物中心', 'wechat_service', 'yuehui_mall'));
  const member = await call<{ id: string }>('team.create', { name: '王敏', roles: ['copywriter'], dailyDuties: '', contact: '', kpis: [] });
  const column = await call<{ id: string }>('columns.create', { accountId: sub.id, name: '新品速递', cadence: { kind: 'irregular' }, ownerId: null });
  return { sub, service, column, member, create: (input) => call('calendar.createItem', { accountId: sub.id, ...input }) };
}

const chip = (page: Page, title: string) => page.locator('[data-testid=calendar-month], [data-testid=calendar-week]').getByTestId('calendar-item').filter({ hasText: title });
const day = (page: Page, date: string) => page.getByTestId(`calendar-day-${date}`);
const toast = (page: Page) => page.getByTestId('undo-message');

async function editTitle(page: Page, from: string, to: string, status?: string): Promise<void> {
  await chip(page, from).click();
  await page.getByTestId('calendar-form-title').fill(to);
  if (status) {
    await page.getByTestId('calendar-form-status').click();
    await page.locator('.ant-select-item-option').filter({ hasText: status }).click();
  }
  await page.getByTestId('calendar-save').click();
  await expect(page.getByTestId('calendar-form')).toHaveCount(0);
  await expect(chip(page, to)).toBeVisible();
}

test('Ctrl+Z undoes a form edit and Shift+Ctrl+Z redoes it', async ({ app, page }) => {
  const { create } = await setUp(app);
  await create({ date: '2026-12-08', title: '双12预热' });
  await app.open('#/calendar?view=month&date=2026-12-01');
  await editTitle(page, '双12预热', '双12会员日预热');

  await page.keyboard.press('Control+z');
  await expect(day(page, '2026-12-08')).toContainText('双12预热');
  await expect(day(page, '2026-12-08')).not.toContainText('双12会员日预热');
  await expect(toast(page)).toContainText('已撤销：编辑“双12会员日预热”');

  await page.keyboard.press('Control+Shift+Z');
  await expect(day(page, '2026-12-08')).toContainText('双12会员日预热');
  await expect(toast(page)).toContainText('已重做：编辑“双12会员日预热”');
  // Ctrl+Y redoes too: undo, then redo with it.
  await page.keyboard.press('Control+z');
  await expect(day(page, '2026-12-08')).toContainText('双12预热');
  await page.keyboard.press('Control+y');
  await expect(day(page, '2026-12-08')).toContainText('双12会员日预热');
});

test('an undo keeps a field changed since in another window, and says so', async ({ app, page }) => {
  const { create } = await setUp(app);
  const item = await create({ date: '2026-12-08', title: '冬至汤圆', status: 'writing' });
  await app.open('#/calendar?view=month&date=2026-12-01');
  await editTitle(page, '冬至汤圆', '冬至：一碗汤圆的温暖', '待审核');
  await expect(chip(page, '冬至：一碗汤圆的温暖')).toHaveAttribute('data-status', 'review');

  // Another window approves the draft.
  await callApi(app.server, 'calendar.updateItem', { id: item.id, patch: { status: 'approved' } });
  await expect(chip(page, '冬至：一碗汤圆的温暖')).toHaveAttribute('data-status', 'approved');

  await page.keyboard.press('Control+z');
  await expect(chip(page, '冬至汤圆')).toHaveAttribute('data-status', 'approved');
  await expect(toast(page)).toContainText('1 个字段已被他处修改，保留了新值');
});

test('undo after the toast is gone still works', async ({ app, page }) => {
  const { create } = await setUp(app);
  await create({ date: '2026-12-08', title: '圣诞市集' });
  await app.open('#/calendar?view=month&date=2026-12-01');
  await chip(page, '圣诞市集').dragTo(day(page, '2026-12-10'));
  await expect(day(page, '2026-12-10')).toContainText('圣诞市集');
  await expect(toast(page)).toContainText('已把 1 条排期移到 12月10日');
  // The toast leaves after 8 seconds; the history stays.
  await expect(toast(page)).toHaveCount(0, { timeout: 15_000 });

  await page.keyboard.press('Control+z');
  await expect(day(page, '2026-12-08')).toContainText('圣诞市集');
  await expect(day(page, '2026-12-10')).not.toContainText('圣诞市集');
});

test('the history lists the steps by name, the last first, and the undone ones apart', async ({ app, page }) => {
  const { create } = await setUp(app);
  await create({ date: '2026-12-08', title: '年终好物清单' });
  await app.open('#/calendar?view=month&date=2026-12-01');

  await day(page, '2026-12-16').click({ position: { x: 60, y: 8 } });
  await page.getByTestId('calendar-form-title').fill('跨年活动预告');
  await page.getByTestId('calendar-save').click();
  await expect(day(page, '2026-12-16')).toContainText('跨年活动预告');
  await chip(page, '年终好物清单').dragTo(day(page, '2026-12-10'));
  await expect(day(page, '2026-12-10')).toContainText('年终好物清单');
  await chip(page, '年终好物清单').click({ modifiers: ['Control'] });
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('calendar-month')).not.toContainText('年终好物清单');

  await page.getByTestId('calendar-history').click();
  const list = page.getByTestId('calendar-history-list');
  await expect(list.getByTestId('history-step')).toHaveText(['删除“年终好物清单”', '移动 1 条到 12月10日', '新建“跨年活动预告”']);
  await page.keyboard.press('Control+z');
  await expect(day(page, '2026-12-10')).toContainText('年终好物清单');
  await expect(list.getByTestId('history-step')).toHaveText(['移动 1 条到 12月10日', '新建“跨年活动预告”']);
  await expect(list.getByTestId('history-undone')).toHaveText(['删除“年终好物清单”']);
  // The popover's own buttons undo and redo as well.
  await list.getByTestId('history-undo').click();
  await expect(day(page, '2026-12-08')).toContainText('年终好物清单');
  await list.getByTestId('history-undo').click();
  await expect(page.getByTestId('calendar-month')).not.toContainText('跨年活动预告');
  await expect(list.getByTestId('history-undone')).toHaveText(['新建“跨年活动预告”', '移动 1 条到 12月10日', '删除“年终好物清单”']);
});

test('a dragged selection keeps the days between its items, in the month and the week view', async ({ app, page }) => {
  const { sub, create } = await setUp(app);
  for (const [date, title] of [
    ['2026-12-07', '周一稿'],
    ['2026-12-09', '周三稿'],
    ['2026-12-11', '周五稿'],
  ])
    await create({ date, title });
  await app.open('#/calendar?view=month&date=2026-12-01');
  const select = async (...titles: string[]) => {
    for (const title of titles) await chip(page, title).click({ modifiers: ['Control'] });
    await expect(page.getByTestId('calendar-selection')).toContainText(`已选 ${titles.length} 条`);
  };

  // Dragged by Monday's onto next Tuesday: Tuesday, Thursday and Saturday.
  await select('周一稿', '周三稿', '周五稿');
  await chip(page, '周一稿').dragTo(day(page, '2026-12-15'));
  await expect(day(page, '2026-12-15')).toContainText('周一稿');
  await expect(day(page, '2026-12-17')).toContainText('周三稿');
  await expect(day(page, '2026-12-19')).toContainText('周五稿');

  await page.getByTestId('calendar-view-week').click();
  await expect(page.getByTestId('calendar-title')).toHaveText('2026年11月30日 – 12月6日');
  await page.keyboard.press(']');
  await expect(page.getByTestId('calendar-title')).toHaveText('2026年12月7日 – 12月13日');
  await page.keyboard.press(']');
  await expect(page.getByTestId('calendar-title')).toHaveText('2026年12月14日 – 12月20日');
  // Dragged by Saturday's one day back, in its own account's row.
  await select('周一稿', '周三稿', '周五稿');
  const cell = (date: string) => page.getByTestId(`calendar-cell-${sub.id}-${date}`);
  await chip(page, '周五稿').dragTo(cell('2026-12-18'));
  await expect(cell('2026-12-14')).toContainText('周一稿');
  await expect(cell('2026-12-16')).toContainText('周三稿');
  await expect(cell('2026-12-18')).toContainText('周五稿');
});

test('移动到 a day from the selection bar keeps the days between the items, the earliest on that day', async ({ app, page }) => {
  const { create } = await setUp(app);
  for (const [date, title] of [
    ['2026-12-07', '周一稿'],
    ['2026-12-09', '周三稿'],
    ['2026-12-11', '周五稿'],
  ])
    await create({ date, title });
  await app.open('#/calendar?view=month&date=2026-12-01');
  // Picked last first: the earliest item still leads.
  for (const title of ['周五稿', '周三稿', '周一稿']) await chip(page, title).click({ modifiers: ['Control'] });
  await expect(page.getByTestId('calendar-selection')).toContainText('已选 3 条');
  await page.getByTestId('selection-move').click();
  await page.locator('.ant-picker-dropdown .ant-picker-cell[title="2026-12-21"]').click();
  await expect(day(page, '2026-12-21')).toContainText('周一稿');
  await expect(day(page, '2026-12-23')).toContainText('周三稿');
  await expect(day(page, '2026-12-25')).toContainText('周五稿');
  await expect(day(page, '2026-12-07')).not.toContainText('周一稿');
});

test('a status, an owner and a tag for a selection, each undone in one step', async ({ app, page }) => {
  const { create } = await setUp(app);
  await create({ date: '2026-12-08', title: '会员日海报', status: 'topic' });
  await create({ date: '2026-12-09', title: '店庆长图文', status: 'writing' });
  await app.open('#/calendar?view=month&date=2026-12-01');
  await chip(page, '会员日海报').click({ modifiers: ['Control'] });
  await chip(page, '店庆长图文').click({ modifiers: ['Control'] });

  await page.getByTestId('selection-status').click();
  await page.getByTestId('selection-status-review').click();
  await expect(chip(page, '会员日海报')).toHaveAttribute('data-status', 'review');
  await expect(chip(page, '店庆长图文')).toHaveAttribute('data-status', 'review');
  await expect(toast(page)).toContainText('已把 2 条排期改为「待审核」');

  await page.getByTestId('selection-owner').click();
  await page.getByTestId('selection-owner-option').filter({ hasText: '王敏' }).click();
  await expect(toast(page)).toContainText('已把 2 条排期的负责人改为 王敏');
  await page.getByTestId('selection-tag').click();
  await page.getByTestId('selection-tag-input').locator('input').fill('双12');
  await page.getByTestId('selection-tag-add').click();
  await expect(toast(page)).toContainText('已给 2 条排期加上标签“双12”');

  // Three steps, undone one by one: the tag, the owner, then each item's own status. (The
  // selection bar covers the toolbar until the selection is cleared.)
  await page.getByTestId('selection-clear').click();
  await page.getByTestId('calendar-history').click();
  await expect(page.getByTestId('history-step')).toHaveText(['2 条加标签“双12”', '2 条的负责人改为 王敏', '2 条改为「待审核」']);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(chip(page, '会员日海报')).toHaveAttribute('data-status', 'topic');
  await expect(chip(page, '店庆长图文')).toHaveAttribute('data-status', 'writing');
  await expect(page.getByTestId('history-step')).toHaveCount(0);
  const items = (await callApi(app.server, 'calendar.listItems', { from: '2026-12-01', to: '2026-12-31' })) as Array<{ ownerId: string | null; tags: string[] }>;
  expect(items.map((i) => [i.ownerId, i.tags])).toEqual([
    [null, []],
    [null, []],
  ]);
});

test('moving an item to another account in the week view says its column was cleared, and the undo puts both back', async ({ app, page }) => {
  const { sub, service, column, create } = await setUp(app);
  const item = await create({ date: '2026-12-08', title: '新品首发', columnId: column.id });
  await app.open(`#/calendar?view=week&date=2026-12-08&account=${sub.id}&account=${service.id}`);

  await chip(page, '新品首发').dragTo(page.getByTestId(`calendar-cell-${service.id}-2026-12-09`));
  await expect(page.getByTestId(`calendar-cell-${service.id}-2026-12-09`)).toContainText('新品首发');
  await expect(toast(page)).toContainText('栏目“新品速递”属于原账号，已清除');

  await toast(page).getByTestId('undo').click();
  await expect(page.getByTestId(`calendar-cell-${sub.id}-2026-12-08`)).toContainText('新品首发');
  const [back] = (await callApi(app.server, 'calendar.listItems', { from: '2026-12-08', to: '2026-12-08' })) as Array<{ id: string; accountId: string; columnId: string }>;
  expect(back).toMatchObject({ id: item.id, accountId: sub.id, columnId: column.id });
});

test('a push reorder, a copy and a fill from the columns are steps too', async ({ app, page }) => {
  const { sub, create } = await setUp(app);
  await create({ date: '2026-12-08', slot: 1, title: '十二月头条' });
  await create({ date: '2026-12-08', slot: 2, title: '十二月次条' });
  await callApi(app.server, 'columns.create', { accountId: sub.id, name: '周末去哪儿', cadence: { kind: 'weekly', weekdays: [6] }, ownerId: null });
  await app.open('#/calendar?view=month&date=2026-12-01');

  await chip(page, '十二月次条').click();
  const order = page.getByTestId('calendar-push-order');
  await order.getByTestId('push-up').nth(1).click();
  await expect(order.getByTestId('push-row')).toHaveText([/头条十二月次条/, /次条十二月头条/]);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('calendar-form')).toHaveCount(0);

  await page.keyboard.down('Control');
  await chip(page, '十二月头条').dragTo(day(page, '2026-12-10'));
  await page.keyboard.up('Control');
  await expect(day(page, '2026-12-10')).toContainText('十二月头条');

  await page.getByTestId('calendar-cadence').click();
  await expect(page.getByTestId('cadence-preview')).toHaveText('将生成 4 条占位排期');
  await page.locator('#cadence-ok').click();
  await expect(toast(page)).toContainText('已生成 4 条占位排期');

  await page.getByTestId('calendar-history').click();
  await expect(page.getByTestId('history-step')).toHaveText(['按栏目生成 4 条', '复制 1 条到 12月10日', '调整 12月8日 的推送顺序']);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('calendar-month').getByTestId('calendar-item').filter({ hasText: '待定' })).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(day(page, '2026-12-10')).not.toContainText('十二月头条');
  await page.keyboard.press('Control+z');
  await expect(day(page, '2026-12-08').getByTestId('calendar-item')).toHaveText([/十二月头条/, /十二月次条/]);
});
