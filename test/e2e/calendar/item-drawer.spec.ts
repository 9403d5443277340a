import type { Page } from '@playwright/test';
import { callApi } from '../../helpers/web-server';
import { expect, test, type OpsBenchApp } from '../fixtures';

// The item drawer holds every field of an item and sets it up without back and forth (issue 8):
// push time (from the account's 常用推送时间), 截稿日期, 选题说明, warnings before a slot is taken,
// the push as stored, owners added on the spot, and a column's owner.

interface Item {
  id: string;
  title: string;
  time: string;
  slot: number;
  dueDate: string;
  notes: string;
  ownerId: string | null;
}

/** An empty workspace with one subscription account, through the API. */
async function workspaceWithAccount(app: OpsBenchApp, account: Record<string, unknown> = {}): Promise<string> {
  await callApi(app.server, 'workspace.startEmpty', { name: '华东分公司', shortName: '华东', brand: '悦汇', industry: '商业零售', namingTemplate: '' });
  const created = (await callApi(app.server, 'accounts.create', {
    platform: 'wechat_subscription',
    name: '悦汇·上海生活',
    purpose: 'brand',
    followers: 0,
    verified: true,
    updateFrequency: 'daily',
    ownerId: null,
    ...account,
  })) as { id: string };
  return created.id;
}

const createItem = (app: OpsBenchApp, input: Record<string, unknown>) => callApi(app.server, 'calendar.createItem', input) as Promise<Item>;
const itemsOn = (app: OpsBenchApp, date: string) => callApi(app.server, 'calendar.listItems', { from: date, to: date }) as Promise<Item[]>;
/** Opens the drawer for a new item on an empty part of a day of the month view. */
async function newItemOn(page: Page, date: string) {
  await page.getByTestId(`calendar-day-${date}`).click({ position: { x: 60, y: 8 } });
  await expect(page.getByTestId('calendar-form')).toBeVisible();
  return page.getByTestId('calendar-form');
}

test('the drawer shows and saves push time, 截稿日期 and 选题说明; a new item starts at the account’s usual push time', async ({ app, page }) => {
  await workspaceWithAccount(app);
  // 常用推送时间 is set on the account form; Enter in its time picker does not close the drawer.
  await app.open('#/accounts');
  await page.getByTestId('account-edit').first().click();
  const accountForm = page.getByTestId('account-form');
  await accountForm.getByLabel('常用推送时间').fill('20:30');
  await page.keyboard.press('Enter');
  await expect(accountForm).toBeVisible();
  await page.getByTestId('account-save').click();
  await expect(accountForm).toBeHidden();

  await app.open('#/calendar?view=month&date=2027-03-01');
  const form = await newItemOn(page, '2027-03-10');
  await expect(form.getByLabel('推送时间')).toHaveValue('20:30');
  await form.getByLabel('标题').fill('春季会员日预告');
  await form.getByLabel('截稿日期').fill('2027-03-08');
  await page.keyboard.press('Enter');
  await form.getByLabel('选题说明').fill('主推会员积分翻倍\n附到店路线');
  // Enter confirmed the due date: the drawer is still open, and no field shows an error.
  await expect(form).toBeVisible();
  await expect(form.locator('.ant-form-item-explain-error')).toHaveCount(0);
  await form.getByLabel('推送时间').fill('08:15');
  await page.keyboard.press('Enter');
  await expect(form).toBeVisible();
  await page.getByTestId('calendar-save').click();
  await expect(form).toBeHidden();

  const [saved] = await itemsOn(app, '2027-03-10');
  expect(saved).toMatchObject({ title: '春季会员日预告', time: '08:15', dueDate: '2027-03-08', notes: '主推会员积分翻倍\n附到店路线' });
  await page.getByTestId('calendar-day-2027-03-10').getByTestId('calendar-item').click();
  await expect(form.getByLabel('推送时间')).toHaveValue('08:15');
  await expect(form.getByLabel('截稿日期')).toHaveValue('2027-03-08');
  await expect(form.getByLabel('选题说明')).toHaveValue('主推会员积分翻倍\n附到店路线');
});

test('picking 头条 on a day that has one warns before saving and 用空位 takes 次条; the push list names articles by their stored slots', async ({ app, page }) => {
  const accountId = await workspaceWithAccount(app);
  await createItem(app, { accountId, date: '2027-03-10', slot: 1, title: '周末去哪儿' });
  await createItem(app, { accountId, date: '2027-03-12', slot: 1, title: '第一篇头条' });
  await createItem(app, { accountId, date: '2027-03-12', slot: 1, title: '第二篇头条' });
  await app.open('#/calendar?view=month&date=2027-03-01');
  // The day's 头条 is on screen before the operator clicks the day, as it would be for a user.
  await expect(page.getByTestId('calendar-day-2027-03-10').getByTestId('calendar-item')).toHaveText(/周末去哪儿/);

  const form = await newItemOn(page, '2027-03-10');
  const warning = page.getByTestId('calendar-push-warning');
  await expect(form.getByTestId('calendar-form-slot')).toContainText('次条');
  await expect(warning).toHaveCount(0);
  await form.getByLabel('推送位置').click();
  await page.locator('.ant-select-dropdown:visible').getByText('头条', { exact: true }).click();
  await expect(warning).toContainText('这天的头条已是「周末去哪儿」');
  await expect(warning).toContainText('订阅号每天只能群发 1 次，这天安排了 2 次');
  await warning.getByTestId('calendar-use-free-slot').click();
  await expect(form.getByTestId('calendar-form-slot')).toContainText('次条');
  await expect(warning).toHaveCount(0);
  await form.getByLabel('标题').fill('周末去哪儿·次条');
  await page.getByTestId('calendar-save').click();
  await expect(form).toBeHidden();
  expect((await itemsOn(app, '2027-03-10')).map((i) => [i.title, i.slot])).toEqual([
    ['周末去哪儿', 1],
    ['周末去哪儿·次条', 2],
  ]);

  // Two 头条 stored on one day read as two 头条, not 头条 and 次条.
  await page.getByTestId('calendar-day-2027-03-12').getByTestId('calendar-item').filter({ hasText: '第二篇头条' }).click();
  const order = page.getByTestId('calendar-push-order');
  await expect(order.getByTestId('push-row')).toHaveText([/头条第一篇头条/, /头条第二篇头条/]);
  await expect(warning).toContainText('这天的头条已是「第一篇头条」');
});

test('the owner picker adds a member on the spot, and a column brings its owner', async ({ app, page }) => {
  const accountId = await workspaceWithAccount(app);
  await app.open('#/calendar?view=month&date=2027-03-01');
  let form = await newItemOn(page, '2027-03-15');
  await form.getByLabel('标题').fill('探店：新开的咖啡馆');
  await form.getByLabel('负责人').click();
  await expect(page.getByTestId('owner-empty')).toHaveText('还没有团队成员。输入姓名即可添加');
  await form.getByLabel('负责人').fill('王晓雯');
  await page.locator('.ant-select-dropdown:visible').getByText('添加成员「王晓雯」').click();
  await expect(form.getByTestId('calendar-form-owner')).toContainText('王晓雯');
  await page.getByTestId('calendar-save').click();
  await expect(form).toBeHidden();
  const members = (await callApi(app.server, 'team.list')) as Array<{ id: string; name: string }>;
  expect(members.map((m) => m.name)).toEqual(['王晓雯']);
  expect((await itemsOn(app, '2027-03-15'))[0]?.ownerId).toBe(members[0]!.id);

  // A column with an owner fills the owner of an item that has none.
  await callApi(app.server, 'columns.create', { accountId, name: '周末去哪儿', cadence: { kind: 'weekly', weekdays: [5] }, ownerId: members[0]!.id });
  form = await newItemOn(page, '2027-03-19');
  await expect(form.getByTestId('calendar-form-owner')).not.toContainText('王晓雯');
  await form.getByLabel('栏目').click();
  await page.locator('.ant-select-dropdown:visible').getByText('周末去哪儿', { exact: true }).click();
  await expect(form.getByTestId('calendar-form-owner')).toContainText('王晓雯');
});

test('labels name their inputs, Enter in the date picker keeps the drawer open, errors wait for a touch or a save, and a pool topic asks for no slot or time', async ({ app, page }) => {
  await workspaceWithAccount(app, { usualPushTime: '21:00' });
  await callApi(app.server, 'accounts.create', { platform: 'weibo', name: '悦汇华东', purpose: 'brand', followers: 0, verified: true, updateFrequency: 'daily', ownerId: null, usualPushTime: '12:00' });
  await app.open('#/calendar?view=month&date=2027-03-01');
  const form = await newItemOn(page, '2027-03-16');

  // A click on a label focuses its input.
  await form.locator('label[for="calendar-item-due-date"]').click();
  await expect(form.getByLabel('截稿日期')).toBeFocused();
  await form.getByLabel('日期', { exact: true }).fill('2027-03-17');
  await page.keyboard.press('Enter');
  await expect(form).toBeVisible();
  await expect(form.locator('.ant-form-item-explain-error')).toHaveCount(0);
  await page.getByTestId('calendar-save').click();
  await expect(form.locator('.ant-form-item-explain-error')).toHaveText(['必填']);
  await expect(form).toBeVisible();

  // Weibo plans by time: no slot; its own usual push time.
  await expect(form.getByLabel('推送位置')).toBeVisible();
  await form.getByLabel('账号').click();
  await page.locator('.ant-select-dropdown:visible').getByText('悦汇华东', { exact: true }).click();
  await expect(form.getByLabel('推送位置')).toHaveCount(0);
  await expect(form.getByLabel('推送时间')).toHaveValue('12:00');
  await form.getByLabel('账号').click();
  await page.locator('.ant-select-dropdown:visible').getByText('悦汇·上海生活', { exact: true }).click();
  await expect(form.getByLabel('推送位置')).toBeVisible();

  // Without a date it is a pool topic: no slot, no time.
  await expect(form.getByLabel('推送时间')).toHaveValue('21:00');
  const datePicker = form.locator('.ant-picker').filter({ has: page.locator('#calendar-item-date') });
  await datePicker.hover();
  await datePicker.locator('.ant-picker-clear').click();
  await expect(form.getByLabel('日期', { exact: true })).toHaveValue('');
  await expect(form.getByLabel('推送位置')).toHaveCount(0);
  await expect(form.getByLabel('推送时间')).toHaveCount(0);
  await form.getByLabel('标题').fill('秋冬穿搭选题');
  await page.getByTestId('calendar-save').click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('calendar-pool')).toContainText('秋冬穿搭选题');
  const pool = (await callApi(app.server, 'calendar.listPool', {})) as Item[];
  expect(pool.map((i) => [i.title, i.time])).toEqual([['秋冬穿搭选题', '']]);
});

test('a new item starts with its account’s 负责人, and a 截稿日期 after the push date is said', async ({ app, page }) => {
  const member = (await (async () => {
    await callApi(app.server, 'workspace.startEmpty', { name: '华东分公司', shortName: '华东', brand: '悦汇', industry: '商业零售', namingTemplate: '' });
    return callApi(app.server, 'team.create', { name: '王敏', roles: ['copywriter'], dailyDuties: '', contact: '', kpis: [] });
  })()) as { id: string };
  await callApi(app.server, 'accounts.create', { platform: 'wechat_subscription', name: '悦汇·上海生活', purpose: 'brand', followers: 0, verified: true, updateFrequency: 'daily', ownerId: member.id });
  await app.open('#/calendar?view=month&date=2027-03-01');
  const form = await newItemOn(page, '2027-03-15');
  await expect(form.getByTestId('calendar-form-owner')).toContainText('王敏');
  await expect(form.getByTestId('calendar-form-due-late')).toHaveCount(0);
  await form.getByLabel('截稿日期').fill('2027-03-20');
  await form.getByLabel('截稿日期').press('Enter');
  await expect(form.getByTestId('calendar-form-due-late')).toHaveText('截稿日期晚于推送日期');
});
