import { anAccount } from '../../fixtures/account-input';
import { callApi } from '../../helpers/web-server';
import { expect, test } from '../fixtures';

// Desktop reminders: with notifications on (the browser's permission granted from the switch in
// 设置 → 提醒), a push time and a draft's due date show a notification when they come, once.
// Time is Playwright's clock; the page's Notification is wrapped to record what it is asked to show.

const RECORD_NOTIFICATIONS = `(() => {
  const Real = window.Notification;
  const shown = [];
  window.__shown = shown;
  window.__asked = 0;
  class Recorded extends Real {
    constructor(title, options) {
      shown.push({ title, body: options && options.body });
      super(title, options);
    }
  }
  Object.defineProperty(Recorded, 'permission', { get: () => Real.permission });
  Recorded.requestPermission = (...args) => {
    window.__asked++;
    return Real.requestPermission(...args);
  };
  window.Notification = Recorded;
})();`;

type Shown = Array<{ title: string; body?: string }>;

test('a push a minute ahead and a draft due today show desktop notifications when they come, once, also after a reload', async ({ app, page }) => {
  await page.context().grantPermissions(['notifications']);
  await page.addInitScript(RECORD_NOTIFICATIONS);
  await page.clock.install({ time: new Date('2026-12-15T10:00:00+08:00') });
  await callApi(app.server, 'workspace.startEmpty', { name: '华东分公司', shortName: '华东' });
  const account = (await callApi(app.server, 'accounts.create', anAccount())) as { id: string; name: string };
  await callApi(app.server, 'calendar.createItem', { accountId: account.id, date: '2026-12-15', time: '10:01', title: '一分钟后推送的头条', status: 'scheduled' });
  await callApi(app.server, 'calendar.createItem', { accountId: account.id, date: '2026-12-17', dueDate: '2026-12-15', title: '今天截稿的稿件', status: 'writing' });
  const shown = () => page.evaluate('window.__shown') as Promise<Shown>;

  await app.open('#/settings');
  const toggle = page.getByTestId('reminders-notifications');
  await expect(toggle).not.toBeChecked();
  // Nothing is asked or shown on load.
  expect(await page.evaluate('window.__asked')).toBe(0);
  expect(await shown()).toEqual([]);

  await toggle.click();
  await expect(toggle).toBeChecked();
  // The due date came at 9:00: its reminder shows at once; the push waits for 10:01.
  await expect.poll(shown).toEqual([{ title: '今天截稿：今天截稿的稿件', body: `${account.name} · 撰写中 · 计划 2026-12-17 推送` }]);

  await page.clock.fastForward('01:30');
  await expect.poll(shown).toEqual([
    { title: '今天截稿：今天截稿的稿件', body: `${account.name} · 撰写中 · 计划 2026-12-17 推送` },
    { title: '推送时间到：一分钟后推送的头条', body: `${account.name} · 10:01 头条` },
  ]);

  // A reload asks again whether they were shown, and shows nothing twice.
  const asked = page.waitForResponse('**/api/reminders/markNotified');
  await page.reload();
  expect(((await (await asked).json()) as { data: { fresh: string[] } }).data.fresh).toEqual([]);
  expect(await shown()).toEqual([]);
  expect(await page.evaluate('window.__asked')).toBe(0);
});
