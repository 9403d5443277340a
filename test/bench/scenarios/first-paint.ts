import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/chromium';
import { summarize, type ScenarioResult } from '../stats';
import { startServer } from '../../helpers/web-server';
import { largeWorkspace } from '../workspace';

/** From navigation to the accounts table painted with its rows, in Debian's Chromium. */
export async function firstPaint(): Promise<ScenarioResult> {
  const server = await startServer(largeWorkspace());
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const samples: number[] = [];
  try {
    for (let run = 0; run < 22; run++) {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const start = performance.now();
      await page.goto(`${server.url}#/accounts`, { waitUntil: 'commit' });
      await page.locator('[data-testid="accounts-table"] tbody tr[data-row-key]').first().waitFor({ state: 'visible' });
      // The next animation frame is when the browser has painted what the DOM holds.
      await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => resolve(null)))');
      if (run >= 2) samples.push(performance.now() - start);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return { name: 'first screen painted in Chromium after navigation', unit: 'ms', summary: summarize(samples), budget: 800, kind: 'max' };
}
