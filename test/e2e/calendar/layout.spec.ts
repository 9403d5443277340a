import type { Page } from '@playwright/test';
import type { CalendarItem } from '../../../src-shared/contract/calendar';
import { addDays, isoDate } from '../../../src-shared/domain/dates';
import { callApi } from '../../helpers/web-server';
import { DEMO_TODAY, expect, test, type OpsBenchApp } from '../fixtures';

// Every test here starts from the demo workspace around DEMO_TODAY (a copy of the run's template: test/e2e/workspace-templates.ts).
test.use({ demo: DEMO_TODAY });

const VIEWS = ['month', 'week', 'list', 'board'] as const;

/** The few DOM members the functions run in the page use (the tests compile without the DOM's types). */
interface Rect {
  top: number;
  bottom: number;
}
interface Node {
  parentElement: Node | null;
  scrollHeight: number;
  clientHeight: number;
  scrollTop: number;
  scrollTo(x: number, y: number): void;
  getBoundingClientRect(): Rect;
  querySelectorAll(selector: string): ArrayLike<Node>;
  querySelector(selector: string): (Node & { textContent: string | null }) | null;
  getAttribute(name: string): string | null;
}

/** The demo's month with the most items (the demo lives around the day it is made), and its items. */
async function busiestMonth(app: OpsBenchApp): Promise<{ month: string; items: CalendarItem[] }> {
  const now = new Date();
  const today = isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
  const items = (await callApi(app.server, 'calendar.listItems', { from: addDays(today, -190), to: addDays(today, 190) })) as CalendarItem[];
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.date.slice(0, 7), (counts.get(item.date.slice(0, 7)) ?? 0) + 1);
  const [month] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return { month, items: items.filter((item) => item.date.startsWith(month)).sort((a, b) => a.date.localeCompare(b.date)) };
}

/** How far the calendar page or anything around it can scroll: 0 when the page needs no scrolling. */
function pageScroll(page: Page): Promise<number> {
  return page.getByTestId('calendar-page').evaluate((element) => {
    let most = 0;
    for (let node: Node | null = element as unknown as Node; node; node = node.parentElement) most = Math.max(most, node.scrollHeight - node.clientHeight);
    return most;
  });
}

/** Per day of the month on screen: the chips shown whole inside the cell and the N of "还有 N 条". */
function monthCells(page: Page, month: string) {
  return page.locator(`[data-testid^="calendar-day-${month}-"]`).evaluateAll((elements) =>
    elements.map((element) => {
      const cell = element as unknown as Node;
      const box = cell.getBoundingClientRect();
      // The chips' own box clips them (overflow hidden): a chip past its bottom is cut.
      const items = cell.querySelector('.cal-cell__items')?.getBoundingClientRect() ?? box;
      const chips = Array.from(cell.querySelectorAll('[data-testid="calendar-item"]'), (chip) => chip.getBoundingClientRect());
      const more = cell.querySelector('[data-testid="calendar-more"]')?.textContent ?? '';
      return {
        date: cell.getAttribute('data-testid')!.slice('calendar-day-'.length),
        inWindow: box.top >= 0 && box.bottom <= (globalThis as unknown as { innerHeight: number }).innerHeight,
        whole: chips.filter((chip) => chip.top >= items.top && chip.bottom <= items.bottom + 0.5).length,
        chips: chips.length,
        more: Number(/\d+/.exec(more)?.[0] ?? 0),
      };
    }),
  );
}

test('the busiest month of the demo fits 1280×800 and 1366×768 whole; a smaller window scrolls the grid under a toolbar and weekday header that stay', async ({ app, page }) => {
  const { month, items } = await busiestMonth(app);
  const perDay = new Map<string, number>();
  for (const item of items) perDay.set(item.date, (perDay.get(item.date) ?? 0) + 1);

  for (const size of [
    { width: 1280, height: 800 },
    { width: 1366, height: 768 },
  ]) {
    await page.setViewportSize(size);
    await app.open(`#/calendar?view=month&date=${month}-01`);
    await expect(page.getByTestId('calendar-item').first()).toBeVisible();
    expect(await pageScroll(page), `${size.width}×${size.height}: nothing scrolls`).toBe(0);
    const cells = await monthCells(page, month);
    // Every day of the month is in the window, and each shows its items whole or counts the rest in "还有 N 条".
    for (const cell of cells) {
      expect(cell.inWindow, `${cell.date} in the window`).toBe(true);
      expect(cell.whole, `${cell.date}: no chip cut by its cell`).toBe(cell.chips);
      expect(cell.chips + cell.more, `${cell.date}: every item shown or counted`).toBe(perDay.get(cell.date) ?? 0);
    }
    expect(cells.filter((cell) => cell.chips >= 2).length, 'busy days show more than one chip').toBeGreaterThan(5);
  }

  // Below what six weeks need, the grid scrolls inside its box; the toolbar and the weekdays stay in sight.
  await page.setViewportSize({ width: 1280, height: 560 });
  const scroller = page.getByTestId('calendar-scroll');
  await expect.poll(() => scroller.evaluate((element) => (element as unknown as Node).scrollHeight - (element as unknown as Node).clientHeight)).toBeGreaterThan(0);
  const toolbarBefore = (await page.getByTestId('calendar-toolbar').boundingBox())!;
  const weekdaysBefore = (await page.getByTestId('calendar-weekday-head').first().boundingBox())!;
  await scroller.evaluate((element) => (element as unknown as Node).scrollTo(0, (element as unknown as Node).scrollHeight));
  await expect.poll(() => scroller.evaluate((element) => (element as unknown as Node).scrollTop)).toBeGreaterThan(0);
  expect(await pageScroll(page), 'the grid’s own box scrolls, not the page').toBe(0);
  const toolbarAfter = (await page.getByTestId('calendar-toolbar').boundingBox())!;
  const weekdaysAfter = (await page.getByTestId('calendar-weekday-head').first().boundingBox())!;
  expect(toolbarAfter.y).toBe(toolbarBefore.y);
  expect(weekdaysAfter.y).toBe(weekdaysBefore.y);
  const lastWeek = (await page.locator('[data-testid^="calendar-day-"]').last().boundingBox())!;
  expect(lastWeek.y).toBeGreaterThan(weekdaysAfter.y + weekdaysAfter.height - 1);
  expect(lastWeek.y + lastWeek.height).toBeLessThanOrEqual(560);
});

test('the grid starts at the same height in every view and both languages: the toolbar and the filters keep one line each', async ({ app, page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const { month, items } = await busiestMonth(app);
  const tops = new Map<string, number>();
  for (const language of ['zh-CN', 'en']) {
    await callApi(app.server, 'settings.update', { language });
    for (const view of VIEWS) {
      // A day with items, so that every view has something to show.
      await app.open(`#/calendar?view=${view}&date=${view === 'week' ? items[0]!.date : `${month}-01`}`);
      await expect(page.getByTestId(`calendar-${view}`).getByTestId('calendar-item').first()).toBeVisible();
      const toolbar = (await page.getByTestId('calendar-toolbar').boundingBox())!;
      expect(toolbar.height, `${language} ${view}: the toolbar is one line`).toBeLessThanOrEqual(34);
      const accountFilter = (await page.getByTestId('calendar-account-filter').boundingBox())!;
      const display = (await page.getByTestId('calendar-display').boundingBox())!;
      expect(Math.abs(display.y + display.height / 2 - (accountFilter.y + accountFilter.height / 2)), `${language} ${view}: the filters are one line`).toBeLessThan(2);
      tops.set(`${language} ${view}`, (await page.getByTestId(`calendar-${view}`).boundingBox())!.y);
    }
  }
  expect(new Set(tops.values()).size, JSON.stringify(Object.fromEntries(tops))).toBe(1);
});

test('the side panel collapses with its button or \\ and stays so after a reload, and the board’s columns take its room', async ({ app, page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const { month } = await busiestMonth(app);
  await app.open(`#/calendar?view=board&date=${month}-01`);
  // A status column that holds items in that month.
  const column = page
    .locator('[data-testid^="calendar-board-"]')
    .filter({ has: page.getByTestId('calendar-item') })
    .first();
  await expect(column.getByTestId('calendar-item').first()).toBeVisible();
  const side = page.getByTestId('calendar-side');
  const rail = page.getByTestId('calendar-rail');
  await expect(side).toBeVisible();
  const openWidth = (await column.boundingBox())!.width;

  await page.getByTestId('calendar-panel-toggle').click();
  await expect(rail).toBeVisible();
  await expect(side).toHaveCount(0);
  await expect.poll(async () => (await column.boundingBox())!.width).toBeGreaterThan(openWidth + 25);
  // The rail keeps the counts in sight.
  await expect(page.getByTestId('calendar-rail-problems')).toHaveText(/\d+/);

  await page.reload();
  await expect(column.getByTestId('calendar-item').first()).toBeVisible();
  await expect(rail).toBeVisible();
  await expect(side).toHaveCount(0);

  await page.keyboard.press('\\');
  await expect(side).toBeVisible();
  await expect(rail).toHaveCount(0);
  await page.reload();
  await expect(side).toBeVisible();

  // A count on the rail opens the panel too.
  await page.keyboard.press('\\');
  await page.getByTestId('calendar-rail-pool').click();
  await expect(side).toBeVisible();
});
