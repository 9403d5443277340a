import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import type { Account } from '../../../src-shared/contract/accounts';
import type { Member } from '../../../src-shared/contract/team';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/chromium';
import { callApi, startServer } from '../../helpers/web-server';
import { publishStaticTable, staticTablePage } from '../static-table';
import { summarize, type ScenarioResult } from '../stats';
import { largeWorkspace } from '../workspace';

const RUNS = 20;
const WARM_UP = 2;
const ROW = '[data-testid="accounts-table"] tbody tr[data-row-key]';

/**
 * From navigation to the accounts table painted with its rows, in a new browser context each
 * time (as a new window: nothing cached). The next animation frame is when the browser has
 * painted what the DOM holds.
 */
async function timePaint(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const start = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator(ROW).first().waitFor({ state: 'visible' });
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => resolve(null)))');
    return performance.now() - start;
  } finally {
    await context.close();
  }
}

/**
 * The first screen (accounts, large demo) against its floor: a static HTML page holding the same
 * rows, from the same server in the same Chromium. Runs alternate between the two, so a busy
 * moment of the machine weighs on both alike.
 */
export async function firstPaint(): Promise<ScenarioResult> {
  const server = await startServer(largeWorkspace());
  const accounts = (await callApi(server, 'accounts.list')) as Account[];
  const members = (await callApi(server, 'team.list')) as Member[];
  const floorPage = publishStaticTable(join(process.cwd(), 'out', 'renderer'), staticTablePage(accounts, members));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const app: number[] = [];
  const floor: number[] = [];
  try {
    const token = new URL(server.url).search;
    for (let run = 0; run < RUNS + WARM_UP; run++) {
      const appMs = await timePaint(browser, `${server.url}#/accounts`);
      const floorMs = await timePaint(browser, `${server.origin}${floorPage.path}${token}`);
      if (run < WARM_UP) continue;
      app.push(appMs);
      floor.push(floorMs);
    }
  } finally {
    await browser.close();
    await server.stop();
    floorPage.remove();
  }
  return {
    name: 'first screen (accounts) painted after navigation',
    unit: 'ms',
    summary: summarize(app),
    budget: 800,
    kind: 'max',
    floor: { name: 'static HTML page with the same rows', summary: summarize(floor), maxRatio: 4 },
  };
}
