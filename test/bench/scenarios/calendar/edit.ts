import type { Page } from '@playwright/test';
import { callApi } from '../../../helpers/web-server';
import { summarize, type ScenarioResult } from '../../stats';
import { untilPainted } from './page-timing';
import { DENSE, monthHash, RUNS, WARM_UP, withCalendar } from './ui';

// One calendar edit in the drawer, UI → SQLite → UI, on the dense month of the large demo
// (about 1,000 items on screen): from the click on 保存 to the frame that shows the new title,
// and how many API calls the edit makes in all (the write and the refresh its event causes).

interface Item {
  id: string;
  accountId: string;
  date: string;
}

/** An item of the first account (listed first in a day) on a day of the dense month where that account has nothing else. */
async function itemOnAFreeDay(server: Parameters<typeof callApi>[0]): Promise<Item> {
  const [account] = (await callApi(server, 'accounts.list')) as Array<{ id: string }>;
  const month = DENSE.slice(0, 7);
  const taken = new Set(((await callApi(server, 'calendar.listItems', { from: `${month}-01`, to: `${month}-28`, accountIds: [account!.id] })) as Item[]).map((i) => i.date));
  const date = Array.from({ length: 28 }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`).find((day) => !taken.has(day))!;
  return (await callApi(server, 'calendar.createItem', { accountId: account!.id, date, slot: 1, title: '编辑基准' })) as Item;
}

/** Clicks 保存 in the page and resolves with the ms until the chip shows `title` and the next frame is painted. */
function timeSave(page: Page, item: Item, title: string): Promise<number> {
  const chip = `[data-testid="calendar-day-${item.date}"] [data-id="${item.id}"]`;
  return page.evaluate(`(() => {
    const start = performance.now();
    document.querySelector('[data-testid="calendar-save"]').click();
    return ${untilPainted('document', `${chip}[aria-label*=${JSON.stringify(title)}]`, "{ subtree: true, childList: true, attributeFilter: ['aria-label'] }")};
  })()`);
}

export async function calendarEdit(): Promise<ScenarioResult> {
  let mostCalls = 0;
  const samples = await withCalendar(async (page, requests, server) => {
    const item = await itemOnAFreeDay(server);
    const chip = page.locator(`[data-testid="calendar-day-${item.date}"] [data-id="${item.id}"]`);
    await page.evaluate(`window.location.hash = ${JSON.stringify(monthHash(DENSE))}`);
    await chip.waitFor();
    const out: number[] = [];
    for (let run = 1; run <= RUNS; run++) {
      await chip.click();
      const title = `编辑基准第 ${run} 次`;
      await page.getByTestId('calendar-form-title').fill(title);
      await requests.settled(); // what the drawer reads when it opens
      requests.take();
      const ms = await timeSave(page, item, title);
      // The edit is done when its change event's refresh has its answers.
      await requests.called((call) => call.channel === 'calendar.problems');
      await requests.called((call) => call.channel === 'calendar.attention');
      await requests.settled();
      mostCalls = Math.max(mostCalls, requests.take().length);
      await page.getByTestId('calendar-form').waitFor({ state: 'detached' });
      if (run > WARM_UP) out.push(ms);
    }
    return out;
  });
  return { name: 'calendar: one edit in the drawer (UI → SQLite → UI)', unit: 'ms', summary: summarize(samples), budget: 30, kind: 'max', calls: { most: mostCalls, budget: 3 } };
}
