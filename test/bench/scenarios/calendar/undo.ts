import { callApi } from '../../../helpers/web-server';
import { summarize, type ScenarioResult } from '../../stats';
import { timeCtrlKey, timeDrop, timeHashChange } from './page-timing';
import { monthHash, DENSE, RUNS, WARM_UP, withCalendar } from './ui';

// Undo of a 50-item drag (issue 8), UI → SQLite → UI: a selection of 50 items dragged one day on
// through the page's own drop handler, then Ctrl+Z timed from the key to the frame that shows
// the items back on their days (calendar.revertItems in one transaction, the answer shown).

const COUNT = 50;
const dayOf = (n: number) => `${DENSE.slice(0, 7)}-${String(n).padStart(2, '0')}`;

export async function calendarUndoDrag(): Promise<ScenarioResult> {
  const samples = await withCalendar(async (page, requests, server) => {
    // An account of its own, so the month (filtered to it) shows every one of the 50 chips: two a day.
    const account = (await callApi(server, 'accounts.create', {
      platform: 'wechat_service',
      name: '撤销基准',
      handle: 'undo_bench',
      purpose: 'brand',
      businessLine: '购物中心',
      city: '上海',
      followers: 0,
      verified: false,
      updateFrequency: 'weekly',
      ownerId: null,
      qrPlacement: '',
      notes: '',
    })) as { id: string };
    const items: Array<{ id: string; date: string }> = [];
    for (let i = 0; i < COUNT; i++)
      items.push((await callApi(server, 'calendar.createItem', { accountId: account.id, date: dayOf(2 + Math.floor(i / 2)), slot: 1 + (i % 2), title: `撤销基准 ${i}` })) as { id: string; date: string });
    const last = items[items.length - 1]!;
    const ids = items.map((item) => item.id);
    await timeHashChange(page, monthHash(DENSE, `&account=${account.id}`), `[data-id="${last.id}"]`);
    const out: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await requests.settled();
      // Dragged by the first item onto the next day: every item one day on.
      await timeDrop(page, ids, dayOf(3));
      await page.locator(`[data-testid="calendar-day-${dayOf(Number(last.date.slice(8)) + 1)}"] [data-id="${last.id}"]`).waitFor();
      await requests.settled();
      const ms = await timeCtrlKey(page, 'z', `[data-testid="calendar-day-${last.date}"] [data-id="${last.id}"]`);
      if (run >= WARM_UP) out.push(ms);
    }
    await requests.settled();
    return out;
  });
  return { name: 'calendar: undo of a 50-item drag (Ctrl+Z → SQLite → UI)', unit: 'ms', summary: summarize(samples), budget: 100, kind: 'max' };
}
