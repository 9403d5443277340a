import { chromium, type Page, type Route } from '@playwright/test';
import { largeDenseMonth } from '../../../../src-main/demo/demo-calendar';
import { addMonths } from '../../../../src-shared/domain/dates';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../e2e/chromium';
import { callApi, startServer, type RunningServer } from '../../../helpers/web-server';
import { summarize, type ScenarioResult } from '../../stats';
import { BENCH_TODAY, copyOfLargeWorkspace } from '../../workspace';
import { followRequests, timeDrop, timeHashChange, type ApiCall, type PageRequests } from './page-timing';

// The calendar in Debian's Chromium on the large demo (5 years × 50 accounts; the dense month has
// about 1,000 items). Times are taken inside the page, from the change to the frame that shows it.

export const RUNS = 22;
export const WARM_UP = 2;
export const DENSE = `${largeDenseMonth(BENCH_TODAY)}-01`;
/** The months the stepping scenarios walk through: from two before the dense month, twelve in all. */
const STEPS_FROM = addMonths(DENSE, -2);
const STEPS = `${STEPS_FROM.slice(0, 7)} → ${addMonths(STEPS_FROM, 11).slice(0, 7)}`;
const ACCOUNTS_TABLE = '[data-testid="accounts-table"] tbody tr[data-row-key]';

export const monthHash = (date: string, extra = '') => `#/calendar?view=month&date=${date}${extra}`;
/** A chip inside the 15th of the month: there when the month's items have arrived and rendered. */
const itemsOf = (date: string) => `[data-testid="calendar-day-${date.slice(0, 8)}15"] [data-testid="calendar-item"]`;
/** The items of the month of `date` were asked for (the range of a month grid holds its 15th). */
const asksItemsOf = (date: string) => (call: ApiCall) => call.channel === 'calendar.listItems' && String(call.input.from) <= `${date.slice(0, 8)}15` && String(call.input.to) >= `${date.slice(0, 8)}15`;

export type Work<T> = (page: Page, requests: PageRequests, server: RunningServer) => Promise<T>;

/** A new browser context showing the first screen, all of it loaded. */
async function openApp<T>(browser: Awaited<ReturnType<typeof chromium.launch>>, server: RunningServer, work: Work<T>): Promise<T> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const requests = followRequests(page);
    await page.goto(`${server.url}#/accounts`);
    await page.locator(ACCOUNTS_TABLE).first().waitFor();
    await requests.settled();
    return await work(page, requests, server);
  } finally {
    await context.close();
  }
}

async function withBrowser<T>(work: (browser: Awaited<ReturnType<typeof chromium.launch>>, server: RunningServer) => Promise<T>): Promise<T> {
  const server = await startServer(copyOfLargeWorkspace('calendar-ui'));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    return await work(browser, server);
  } finally {
    await browser.close();
    await server.stop();
  }
}

export const withCalendar = <T>(work: Work<T>) => withBrowser((browser, server) => openApp(browser, server, work));

/**
 * The calendar opened for the first time after the first screen (its code not loaded yet, as in
 * a new window), through the menu's link: today's month painted with its items.
 */
export async function calendarFirstOpen(): Promise<ScenarioResult> {
  const samples = await withBrowser(async (browser, server) => {
    const out: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const ms = await openApp(browser, server, async (page) => {
        const link = (await page.getByTestId('nav-calendar').getAttribute('href'))!;
        return timeHashChange(page, link, '[data-testid="calendar-month"] [data-testid="calendar-item"]');
      });
      if (run >= WARM_UP) out.push(ms);
    }
    return out;
  });
  return { name: 'calendar opened the first time (today’s month)', unit: 'ms', summary: summarize(samples), budget: 600, kind: 'max' };
}

/** From the route change (accounts → calendar) to the dense month painted with its items. */
export async function calendarMonthPaint(): Promise<ScenarioResult> {
  const samples = await withCalendar(async (page) => {
    const out: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      // Another month first, so the dense month is not still in the store.
      await timeHashChange(page, monthHash(addMonths(DENSE, -19)), itemsOf(addMonths(DENSE, -19)));
      await timeHashChange(page, '#/accounts', '[data-testid="accounts-table"]');
      const ms = await timeHashChange(page, monthHash(DENSE), itemsOf(DENSE));
      if (run >= WARM_UP) out.push(ms);
    }
    return out;
  });
  return { name: 'calendar month with ~1,000 items, after the route changes', unit: 'ms', summary: summarize(samples), budget: 150, kind: 'max' };
}

/**
 * Steps month by month (]) through the twelve months of STEPS, the dense month among them, twice; `beforeStep`
 * readies the page for each step and `counts` says whether a step is kept.
 */
async function stepMonths(page: Page, requests: PageRequests, beforeStep: (next: string) => Promise<void>, counts: (next: string, calls: ApiCall[]) => boolean): Promise<number[]> {
  const out: number[] = [];
  for (let pass = 0; pass < 2; pass++) {
    // Leaving the calendar drops what it had fetched: each pass starts cold.
    await timeHashChange(page, '#/accounts', '[data-testid="accounts-table"]');
    let month = STEPS_FROM;
    await timeHashChange(page, monthHash(month), itemsOf(month));
    for (let step = 0; step < 11; step++) {
      const next = addMonths(month, 1);
      await beforeStep(next);
      requests.take();
      const ms = await timeHashChange(page, monthHash(next), itemsOf(next));
      month = next;
      if ((pass > 0 || step > 0) && counts(next, requests.take())) out.push(ms);
    }
  }
  return out;
}

/**
 * Stepping to the next month once the page has prefetched it: after a month is shown the page
 * asks for the months around it, and a person looks at a month longer than that takes.
 */
export async function calendarNextMonth(): Promise<ScenarioResult> {
  const samples = await withCalendar(async (page, requests) =>
    stepMonths(
      page,
      requests,
      async (next) => {
        await requests.called(asksItemsOf(next));
        await requests.settled();
      },
      () => true,
    ),
  );
  return { name: `calendar: next month, prefetched (${STEPS})`, unit: 'ms', summary: summarize(samples), budget: 80, kind: 'max' };
}

/**
 * Stepping to a month the page has not fetched: its prefetch is refused, so the step asks the
 * server and renders what comes back. A step served without asking (none should be) is not counted.
 */
export async function calendarNextMonthUnfetched(): Promise<ScenarioResult> {
  const samples = await withCalendar(async (page, requests) =>
    stepMonths(
      page,
      requests,
      async (next) => {
        // Interception slows every request down, so it is on only while the page settles.
        const refuse = asksItemsOf(next);
        const handler = (route: Route) => (refuse({ channel: 'calendar.listItems', input: route.request().postDataJSON() as Record<string, unknown> }) ? route.abort() : route.continue());
        await page.route('**/api/calendar/listItems', handler);
        await requests.called(refuse);
        await requests.settled();
        await page.unroute('**/api/calendar/listItems', handler);
      },
      (next, calls) => calls.some(asksItemsOf(next)),
    ),
  );
  return { name: `calendar: next month, not prefetched (${STEPS})`, unit: 'ms', summary: summarize(samples), budget: 80, kind: 'max' };
}

/** A drop on another day, through the UI's own drop handler, to SQLite and back on screen. */
export async function calendarDragMove(): Promise<ScenarioResult> {
  const samples = await withCalendar(async (page, requests, server) => {
    const accounts = (await callApi(server, 'accounts.list')) as Array<{ id: string }>;
    const account = accounts[0]!.id;
    const item = (await callApi(server, 'calendar.createItem', { accountId: account, date: `${DENSE.slice(0, 7)}-05`, slot: 8, title: '拖动基准' })) as { id: string };
    await timeHashChange(page, monthHash(DENSE, `&account=${account}`), `[data-id="${item.id}"]`);
    const out: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const day = `${DENSE.slice(0, 7)}-${run % 2 === 0 ? '06' : '05'}`;
      // The refresh that follows a drop is answered before the next drag starts.
      await requests.settled();
      const ms = await timeDrop(page, item.id, day);
      if (run >= WARM_UP) out.push(ms);
    }
    return out;
  });
  return { name: 'calendar: drag-and-drop move committed (UI → SQLite → UI)', unit: 'ms', summary: summarize(samples), budget: 50, kind: 'max' };
}
