import { chromium, type Page } from '@playwright/test';
import { LARGE_DENSE_MONTH } from '../../../../src-main/demo/demo-calendar';
import { addMonths, monthEnd } from '../../../../src-shared/domain/dates';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../e2e/chromium';
import { watchApiCalls, type ApiCalls } from '../../../helpers/api-calls';
import { callApi, startServer, type RunningServer } from '../../../helpers/web-server';
import { summarize, type ScenarioResult } from '../../stats';
import { copyOfLargeWorkspace } from '../../workspace';

// The calendar in Debian's Chromium on the large demo (5 years × 50 accounts; the dense month has
// about 1,000 items). Times are taken inside the page, from the change to the frame that shows it.

export const RUNS = 22;
export const WARM_UP = 2;
export const DENSE = `${LARGE_DENSE_MONTH}-01`;

// Page scripts are strings: tsx would wrap functions passed to page.evaluate in a helper the page lacks.

/**
 * Resolves, in the page, with the ms from `start` until `selector` matches inside `root` and the
 * next frame is painted. A MutationObserver sees the change as it happens (polling once a frame
 * would add up to a frame of its own).
 */
export const untilPainted = (root: string, selector: string, watch = '{ childList: true, subtree: true }') => `new Promise((resolve) => {
  const scope = ${root};
  const painted = () => requestAnimationFrame(() => resolve(performance.now() - start));
  if (scope.querySelector(${JSON.stringify(selector)})) return painted();
  const observer = new MutationObserver(() => {
    if (!scope.querySelector(${JSON.stringify(selector)})) return;
    observer.disconnect();
    painted();
  });
  observer.observe(document.body, ${watch});
})`;

/** Sets the hash and resolves with the ms until `selector` matches and the next frame is painted. */
function timeHashChange(page: Page, hash: string, selector: string): Promise<number> {
  return page.evaluate(`(() => {
    const start = performance.now();
    window.location.hash = ${JSON.stringify(hash)};
    return ${untilPainted('document', selector)};
  })()`);
}

/** Drops item `id` on a day through the UI's own drop handler; resolves when it shows there. */
function timeDrop(page: Page, id: string, day: string): Promise<number> {
  return page.evaluate(`(() => {
    const target = document.querySelector('[data-testid="calendar-day-${day}"]');
    const dataTransfer = new DataTransfer();
    dataTransfer.setData('application/x-opsbench-items', JSON.stringify([${JSON.stringify(id)}]));
    const start = performance.now();
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, cancelable: true }));
    return ${untilPainted('target', `[data-id="${id}"]`)};
  })()`);
}

export const monthHash = (date: string, extra = '') => `#/calendar?view=month&date=${date}${extra}`;
/** A chip inside the 15th of the month: there when the month's items have arrived and rendered. */
const itemsOf = (date: string) => `[data-testid="calendar-day-${date.slice(0, 8)}15"] [data-testid="calendar-item"]`;

/** The large demo's calendar in Chromium, opened on the accounts page, with the page's API calls watched. */
export async function withCalendar<T>(work: (page: Page, server: RunningServer, calls: ApiCalls) => Promise<T>, name = 'calendar-ui'): Promise<T> {
  const server = await startServer(copyOfLargeWorkspace(name));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
    const calls = watchApiCalls(page);
    await page.goto(`${server.url}#/accounts`);
    await page.getByTestId('accounts-table').waitFor();
    return await work(page, server, calls);
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** Resolves once the page has fetched the month grid of `month` (its whole month in one range) and every call is answered. */
function prefetched(calls: ApiCalls, month: string): Promise<void> {
  const first = month.slice(0, 7) + '-01';
  const last = monthEnd(first);
  const covers = ({ call, input }: { call: string; input: Record<string, unknown> }) => call === 'calendar.listItems' && String(input.from) <= first && String(input.to) >= last;
  return calls.until(() => calls.sent.some(covers)).then(() => calls.answered());
}

/** From the route change (accounts → calendar) to the dense month painted with its items. */
export async function calendarMonthPaint(): Promise<ScenarioResult> {
  const samples = await withCalendar(async (page) => {
    const out: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      // Another month first, so the dense month is not still in the store.
      await timeHashChange(page, monthHash('2025-03-01'), itemsOf('2025-03-01'));
      await timeHashChange(page, '#/accounts', '[data-testid="accounts-table"]');
      const ms = await timeHashChange(page, monthHash(DENSE), itemsOf(DENSE));
      if (run >= WARM_UP) out.push(ms);
    }
    return out;
  });
  return { name: `calendar month view with ~1,000 items painted after the route changes`, unit: 'ms', summary: summarize(samples), budget: 150, kind: 'max' };
}

/**
 * Stepping month by month (]) from 2026-08 to 2027-07, through the dense month, twice. Before
 * each step the page has prefetched the next month, as it does while a person looks at a month.
 */
export async function calendarNextMonth(): Promise<ScenarioResult> {
  const samples = await withCalendar(async (page, _server, calls) => {
    const out: number[] = [];
    for (let pass = 0; pass < 2; pass++) {
      // Leaving the calendar drops what it had fetched: each pass starts cold.
      await timeHashChange(page, '#/accounts', '[data-testid="accounts-table"]');
      calls.forget();
      let month = '2026-08-01';
      await timeHashChange(page, monthHash(month), itemsOf(month));
      for (let step = 0; step < 11; step++) {
        const next = addMonths(month, 1);
        await prefetched(calls, next);
        month = next;
        const ms = await timeHashChange(page, monthHash(month), itemsOf(month));
        if (pass > 0 || step > 0) out.push(ms);
      }
    }
    return out;
  });
  return { name: 'calendar: switching to the next month (from 2026-08, through the dense month)', unit: 'ms', summary: summarize(samples), budget: 80, kind: 'max' };
}

/** A drop on another day, through the UI's own drop handler, to SQLite and back on screen. */
export async function calendarDragMove(): Promise<ScenarioResult> {
  const samples = await withCalendar(async (page, server, calls) => {
    const accounts = (await callApi(server, 'accounts.list')) as Array<{ id: string }>;
    const account = accounts[0]!.id;
    const item = (await callApi(server, 'calendar.createItem', { accountId: account, date: `${LARGE_DENSE_MONTH}-05`, slot: 8, title: '拖动基准' })) as { id: string };
    await timeHashChange(page, monthHash(DENSE, `&account=${account}`), `[data-id="${item.id}"]`);
    const out: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const day = `${LARGE_DENSE_MONTH}-${run % 2 === 0 ? '06' : '05'}`;
      calls.forget();
      const ms = await timeDrop(page, item.id, day);
      // A person drags at most a few times a second: the refresh that follows a drop ends first.
      await calls.until(() => calls.names().includes('calendar.problems'));
      await calls.answered();
      if (run >= WARM_UP) out.push(ms);
    }
    return out;
  });
  return { name: 'calendar: drag-and-drop move committed (UI → SQLite → UI)', unit: 'ms', summary: summarize(samples), budget: 50, kind: 'max' };
}
