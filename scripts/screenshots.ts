// `npm run screenshots`: the demo workspace's screens at 1366×768 in zh-CN (and the accounts,
// menu and calendar screens in English), written to docs/screenshots/ for the README and for looking at changes.
// The demo lives around today, and so does the browser's clock: SCREENSHOTS_TODAY=2026-12-01 makes
// the same pictures on any day.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { localDate } from '../src-shared/domain/dates';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/chromium';
import { callApi, startServer } from '../test/helpers/web-server';

const OUT = join(process.cwd(), 'docs', 'screenshots');
const TODAY = process.env.SCREENSHOTS_TODAY ?? localDate(new Date());

/** Waits until antd's entrance animations (drawers, tabs, fades) have finished, instead of guessing how long they take. */
async function settled(page: Page): Promise<void> {
  // A function, not a string: the app's CSP forbids evaluating strings. Typed by hand, as this
  // file is compiled without the DOM's types.
  type InPage = { document: { getAnimations(): Array<{ playState: string }> } };
  await page.waitForFunction(() => (globalThis as unknown as InPage).document.getAnimations().every((animation) => animation.playState !== 'running'));
}

/** 设置 → 提醒, scrolled into view. */
async function remindersShot(page: Page, url: string, file: string): Promise<void> {
  await page.goto(`${url}#/settings`);
  await page.getByTestId('reminders-card').scrollIntoViewIfNeeded();
  await settled(page);
  await page.screenshot({ path: join(OUT, file) });
}

/** 运营方案: the list, the create drawer, the demo's plan in its composer (one note open) beside its preview at 1366×768 and 1920×1080, and its exports. */
async function planShots(page: Page, url: string, server: Parameters<typeof callApi>[0]): Promise<void> {
  const [plan] = (await callApi(server, 'plans.list')) as Array<{ id: string }>;
  if (!plan) throw new Error('the demo has no plan to show');
  await page.goto(`${url}#/plans`);
  await page.getByTestId('plans-table').waitFor();
  await settled(page);
  await page.screenshot({ path: join(OUT, 'plans.png') });
  await page.getByTestId('plan-create').click();
  await page.getByTestId('plan-create-form').waitFor();
  await settled(page);
  await page.screenshot({ path: join(OUT, 'plan-create.png') });
  await page.goto(`${url}#/plans/${plan.id}`);
  await page.getByTestId('plan-preview').waitFor();
  await page.getByTestId('plan-section-toggle-competitors').click();
  await page.getByTestId('plan-note-competitors').waitFor();
  await settled(page);
  await page.screenshot({ path: join(OUT, 'plan-composer.png') });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await settled(page);
  await page.screenshot({ path: join(OUT, 'plan-composer-1920.png') });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${url}#/plans/${plan.id}/exports`);
  await page.getByTestId('plan-versions-table').waitFor();
  await settled(page);
  await page.screenshot({ path: join(OUT, 'plan-exports.png') });
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'opsbench-shots-'));
  const server = await startServer(dataDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1366, height: 768 } });
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00+08:00`));
    await page.goto(server.url);
    await page.getByText('欢迎使用运营台').waitFor();
    await page.screenshot({ path: join(OUT, 'first-launch.png') });
    await callApi(server, 'workspace.loadDemo', { today: TODAY });
    const accounts = (await callApi(server, 'accounts.list')) as Array<{ id: string; platform: string }>;
    const service = accounts.find((a) => a.platform === 'wechat_service')!;
    const shots: Array<[string, string, string]> = [
      ['calendar-month', '#/calendar?view=month', 'calendar-month'],
      ['calendar-week', '#/calendar?view=week', 'calendar-week'],
      ['calendar-list', '#/calendar?view=list&color=account', 'calendar-list'],
      ['calendar-board', '#/calendar?view=board', 'calendar-board'],
      ['calendar-2027-spring-festival', '#/calendar?view=month&date=2027-02-01', 'calendar-month'],
      ['accounts', '#/accounts', 'accounts-table'],
      ['account-profile', `#/accounts/${service.id}`, 'account-profile'],
      ['account-columns', `#/accounts/${service.id}/columns`, 'columns-table'],
      ['account-menu', `#/accounts/${service.id}/menu`, 'menu-planner'],
      ['team', '#/team', 'team-table'],
      ['settings', '#/settings', 'backups-table'],
    ];
    for (const [name, route, testId] of shots) {
      await page.goto(`${server.url}${route}`);
      await page.getByTestId(testId).waitFor();
      await settled(page);
      await page.screenshot({ path: join(OUT, `${name}.png`) });
    }
    await remindersShot(page, server.url, 'settings-reminders.png');
    await planShots(page, server.url, server);
    await callApi(server, 'settings.update', { language: 'en' });
    await page.goto(`${server.url}#/accounts`);
    await page.reload(); // the language is read at start-up
    await page.getByTestId('accounts-table').waitFor();
    await settled(page);
    await page.screenshot({ path: join(OUT, 'accounts-en.png') });
    await page.goto(`${server.url}#/accounts/${service.id}/menu`);
    await page.getByTestId('menu-planner').waitFor();
    await settled(page);
    await page.screenshot({ path: join(OUT, 'account-menu-en.png') });
    await page.goto(`${server.url}#/calendar?view=month`);
    await page.getByTestId('calendar-month').waitFor();
    await settled(page);
    await page.screenshot({ path: join(OUT, 'calendar-month-en.png') });
    await remindersShot(page, server.url, 'settings-reminders-en.png');
    console.log(`screenshots written to ${OUT}`);
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
