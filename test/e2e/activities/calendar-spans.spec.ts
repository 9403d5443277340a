import type { Activity, ActivityInput } from '../../../src-shared/contract/activities';
import type { Account } from '../../../src-shared/contract/accounts';
import { callApi } from '../../helpers/web-server';
import { DEMO_TODAY, expect, test } from '../fixtures';

test.use({ demo: DEMO_TODAY });
// Three views, a filter and four writes on the demo workspace: longer than one look.
test.slow();

test('an activity’s phases show as bars in the calendar’s week and as a mark in the month, follow the account filter and open the activity', async ({ app, page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.clock.setFixedTime(new Date(`${DEMO_TODAY}T10:00:00+08:00`));
  const create = (input: ActivityInput) => callApi(app.server, 'activities.create', input) as Promise<Activity>;
  const [own, other] = (await callApi(app.server, 'accounts.list', {})) as Account[];
  const sale = await create({
    name: '双12秒杀',
    purpose: 'conversion',
    mechanic: 'flash_sale',
    accountIds: [own!.id],
    phases: [
      { phase: 'warmup', startDate: '2027-03-13', endDate: '2027-03-16' },
      { phase: 'main', startDate: '2027-03-17', endDate: '2027-03-18' },
      { phase: 'wrapup', startDate: '2027-03-19', endDate: '2027-03-20' },
    ],
  });

  // The week view shows the phases as bars under the days' heads.
  await app.open('#/calendar?view=week&date=2027-03-17');
  const bars = (date: string) => page.getByTestId(`calendar-weekday-${date}`).getByTestId('calendar-span');
  // The warm-up began on Saturday: its bar runs on into this week.
  await expect(bars('2027-03-15')).toHaveAttribute('data-phase', 'warmup');
  await expect(bars('2027-03-16')).toHaveAttribute('title', '预热 · 双12秒杀（2027-03-13 至 2027-03-16）');
  await expect(bars('2027-03-17')).toHaveText('正式 · 双12秒杀');
  await expect(bars('2027-03-19')).toHaveText('收尾 · 双12秒杀');

  // Written elsewhere while the calendar is open: it shows without a reload. Four on one day make "+N".
  for (const name of ['会员日', '新品试用', '社群打卡']) {
    await create({ name, purpose: 'engagement', phases: [{ phase: 'main', startDate: '2027-03-17', endDate: '2027-03-17' }] });
  }
  const busy = page.getByTestId('calendar-weekday-2027-03-17');
  await expect(busy.getByTestId('calendar-span-more')).toHaveText('+2');
  await expect(busy.getByTestId('calendar-span')).toHaveCount(2);
  await busy.getByTestId('calendar-span-more').click();
  await expect(page.getByTestId('calendar-span-list').getByRole('link')).toHaveText(['正式 · 双12秒杀', '正式 · 会员日', '正式 · 新品试用', '正式 · 社群打卡']);
  await page.keyboard.press('Escape');

  // The month marks the day in its head, leaving the items their room; a click lists the phases as links.
  await page.evaluate("window.location.hash = '#/calendar?view=month&date=2027-03-17'");
  const mark = page.getByTestId('calendar-day-2027-03-17').getByTestId('calendar-span-mark');
  await expect(mark).toHaveAttribute('aria-label', '这天有 4 个活动阶段');
  await expect(page.getByTestId('calendar-day-2027-03-16').getByTestId('calendar-span-mark')).toHaveAttribute('aria-label', '这天有 1 个活动阶段');
  await mark.click();
  await expect(page.locator('.ant-popover:visible').getByTestId('calendar-span-list').getByRole('link')).toHaveCount(4);
  await page.keyboard.press('Escape');

  // Another account's filter hides the sale (it runs on one account); those on no account stay.
  await page.evaluate(`window.location.hash = '#/calendar?view=week&date=2027-03-17&account=${other!.id}'`);
  await expect(bars('2027-03-15')).toHaveCount(0);
  await expect(busy.getByTestId('calendar-span')).toHaveCount(2);
  await expect(busy.getByTestId('calendar-span-more')).toHaveText('+1');

  // A click opens the activity.
  await page.evaluate("window.location.hash = '#/calendar?view=week&date=2027-03-17'");
  const bar = bars('2027-03-16');
  await expect(bar).toHaveAttribute('title', '预热 · 双12秒杀（2027-03-13 至 2027-03-16）');
  // The activities screen is its own feature's; here it is enough that the click goes there.
  await Promise.all([page.waitForURL(new RegExp(`#/activities/${sale.id}$`)), bar.click()]);
});
