import type { Page, Request } from '@playwright/test';

// Timings taken inside the page, from a change to the frame that shows it, and a way to wait for
// the page's answers instead of sleeping. Page scripts are strings: tsx would wrap functions
// passed to page.evaluate in a helper the page lacks.

/** The next frame: when the browser has painted what the DOM holds. */
export const NEXT_FRAME = 'new Promise((resolve) => requestAnimationFrame(() => resolve(null)))';

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
export function timeHashChange(page: Page, hash: string, selector: string): Promise<number> {
  return page.evaluate(`(() => {
    const start = performance.now();
    window.location.hash = ${JSON.stringify(hash)};
    return ${untilPainted('document', selector)};
  })()`);
}

/** Drops items (`ids`, the dragged one first) on a day through the UI's own drop handler; resolves when the first shows there. */
export function timeDrop(page: Page, ids: string | string[], day: string): Promise<number> {
  const dragged = typeof ids === 'string' ? [ids] : ids;
  return page.evaluate(`(() => {
    const target = document.querySelector('[data-testid="calendar-day-${day}"]');
    const dataTransfer = new DataTransfer();
    dataTransfer.setData('application/x-opsbench-items', ${JSON.stringify(JSON.stringify(dragged))});
    const start = performance.now();
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, cancelable: true }));
    return ${untilPainted('target', `[data-id="${dragged[0]}"]`)};
  })()`);
}

/** Presses a key with Ctrl (as the page receives it) and resolves with the ms until `selector` matches and is painted. */
export function timeCtrlKey(page: Page, key: string, selector: string): Promise<number> {
  return page.evaluate(`(() => {
    const start = performance.now();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: ${JSON.stringify(key)}, ctrlKey: true, bubbles: true, cancelable: true }));
    return ${untilPainted('document', selector)};
  })()`);
}

export interface PageRequests {
  /** Resolves once every request the page has made so far (but the event stream) is answered. */
  settled(): Promise<void>;
  /** The API calls made since the last `take()`, as `domain.method` with their JSON input. */
  take(): ApiCall[];
  /** Resolves once a call matching `wanted` has been made since the last `take()`. */
  called(wanted: (call: ApiCall) => boolean): Promise<void>;
}

export interface ApiCall {
  channel: string;
  input: Record<string, unknown>;
}

/** Follows the page's requests: what is in flight, and which API calls were made. */
export function followRequests(page: Page): PageRequests {
  let inFlight = 0;
  let waiting: Array<() => void> = [];
  let calls: ApiCall[] = [];
  let watchers: Array<{ wanted: (call: ApiCall) => boolean; resolve: () => void }> = [];
  const counted = (request: Request) => !new URL(request.url()).pathname.startsWith('/api/events');
  page.on('request', (request) => {
    if (!counted(request)) return;
    inFlight++;
    const path = new URL(request.url()).pathname;
    if (!path.startsWith('/api/')) return;
    const call = { channel: path.slice('/api/'.length).replace('/', '.'), input: JSON.parse(request.postData() || '{}') as Record<string, unknown> };
    calls.push(call);
    for (const watcher of watchers.filter((w) => w.wanted(call))) watcher.resolve();
    watchers = watchers.filter((w) => !w.wanted(call));
  });
  const answered = (request: Request) => {
    if (!counted(request) || --inFlight > 0) return;
    for (const resolve of waiting) resolve();
    waiting = [];
  };
  page.on('requestfinished', answered);
  page.on('requestfailed', answered);
  return {
    async settled() {
      // A frame first, so the requests the last change started are counted.
      await page.evaluate(NEXT_FRAME);
      if (inFlight > 0) await new Promise<void>((resolve) => waiting.push(resolve));
    },
    take() {
      const taken = calls;
      calls = [];
      return taken;
    },
    called(wanted) {
      if (calls.some(wanted)) return Promise.resolve();
      return new Promise<void>((resolve) => watchers.push({ wanted, resolve }));
    },
  };
}
