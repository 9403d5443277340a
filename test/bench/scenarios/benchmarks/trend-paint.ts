import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import type { Trend } from '../../../../src-shared/contract/benchmarks';
import { addDays, localDate } from '../../../../src-shared/domain/dates';
import { weekStartOf } from '../../../../src-shared/domain/benchmarks/periods';
import { trendOption, type TrendMetric } from '../../../../src-renderer/features/benchmarks/analysis/trend-options';
import { rangeOf } from '../../../../src-renderer/features/benchmarks/analysis/periods';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../e2e/chromium';
import { callApi, startServer, type RunningServer } from '../../../helpers/web-server';
import { summarize, type ScenarioResult } from '../../stats';
import { BENCH_DIR } from '../../workspace';
import { untilPainted } from '../calendar/page-timing';

// Issue 11's budget: a 5-year trend chart painted ≤ 200 ms. Ten accounts with five years of
// weekly figures; from the route change (排名 → 趋势, 5 年, 周) to the frame that shows the three
// charts (followers, reads, WCI), its code already loaded. The floor is a static page drawing the
// same three echarts charts from inline data (same server, same Chromium): its time from
// `setOption` to the painted frame. Runs alternate between the two.

const RUNS = 20;
const WARM_UP = 2;
const ACCOUNTS = 10;
const WEEKS = 261;
const METRICS: TrendMetric[] = ['followers', 'reads', 'wci'];
const FLOOR_HTML = 'bench-trend-floor.html';
const FLOOR_FILES = [FLOOR_HTML, 'bench-trend-floor.js', 'bench-echarts.min.js'];

/** Ten peers, each with five years of weekly figures entered per week. */
async function fiveYears(server: RunningServer): Promise<string[]> {
  await callApi(server, 'workspace.startEmpty', { name: '华东分公司', shortName: '华东', brand: '悦汇', industry: '商业零售', namingTemplate: '' });
  const ids: string[] = [];
  const rows: Record<string, unknown>[] = [];
  const last = addDays(weekStartOf(localDate(new Date())), -7);
  for (let a = 0; a < ACCOUNTS; a++) {
    const { id } = (await callApi(server, 'benchmarks.createPeer', { platform: 'wechat_subscription', name: `同城对标账号 ${a + 1}` })) as { id: string };
    ids.push(id);
    const scale = 2_000 * (a + 1);
    for (let w = 0; w < WEEKS; w++) {
      const reads = Math.round(scale * 7 * (1 + 0.3 * Math.sin((w + a) / 6)));
      rows.push({
        accountId: id,
        period: { kind: 'week', start: addDays(last, -7 * w) },
        followers: 40_000 * (a + 1) + 150 * (WEEKS - w),
        articles: 7,
        reads,
        readsHeadline: Math.round(reads * 0.6),
        readsMax: Math.round(reads * 0.3),
        zaikan: Math.round(reads * 0.01),
        zaikanHeadline: Math.round(reads * 0.006),
        zaikanMax: Math.round(reads * 0.003),
        likes: Math.round(reads * 0.02),
        likesHeadline: Math.round(reads * 0.012),
        likesMax: Math.round(reads * 0.006),
        shares: Math.round(reads * 0.015),
        sharesHeadline: Math.round(reads * 0.009),
        sharesMax: Math.round(reads * 0.004),
      });
    }
  }
  await callApi(server, 'benchmarks.saveSnapshots', { rows });
  return ids;
}

/** The floor: the same three charts from inline data, painted by echarts' own bundle, no React. */
function publishFloor(trend: Trend): () => void {
  const dir = join(process.cwd(), 'out', 'renderer');
  const options = METRICS.map((metric) => trendOption(trend, metric, 'zh-CN'));
  copyFileSync(join(process.cwd(), 'node_modules', 'echarts', 'dist', 'echarts.min.js'), join(dir, 'bench-echarts.min.js'));
  writeFileSync(
    join(dir, 'bench-trend-floor.js'),
    `window.__paint = new Promise((resolve) => {
  const options = ${JSON.stringify(options)};
  const start = performance.now();
  options.forEach((option, i) => echarts.init(document.getElementById('chart' + i), undefined, { renderer: 'svg' }).setOption(option));
  requestAnimationFrame(() => resolve(performance.now() - start));
});`,
  );
  writeFileSync(
    join(dir, FLOOR_HTML),
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>trend floor</title>
<style>body{margin:0;font:14px system-ui,sans-serif}main{margin-left:200px;padding:24px;display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:12px}div{height:260px}</style>
</head><body><main><div id="chart0"></div><div id="chart1"></div><div id="chart2"></div></main>
<script src="bench-echarts.min.js"></script><script src="bench-trend-floor.js"></script></body></html>`,
  );
  return () => FLOOR_FILES.forEach((file) => rmSync(join(dir, file), { force: true }));
}

/** From the hash change to the frame that shows the three charts drawn. */
function timeTrend(page: Page, hash: string): Promise<number> {
  return page.evaluate(`(() => {
    const start = performance.now();
    window.location.hash = ${JSON.stringify(hash)};
    return ${untilPainted('document', `[data-testid="trend-chart-wci"][data-drawn="5y:week:${ACCOUNTS}"] svg path`, '{ childList: true, subtree: true, attributes: true }')};
  })()`);
}

export async function benchmarksTrendPaint(): Promise<ScenarioResult> {
  const dir = join(BENCH_DIR, 'trend-paint');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const server = await startServer(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const app: number[] = [];
  const floor: number[] = [];
  let removeFloor = () => undefined as void;
  try {
    const ids = await fiveYears(server);
    const trend = (await callApi(server, 'benchmarks.trend', { ...rangeOf('5y'), kind: 'week', accountIds: ids })) as Trend;
    removeFloor = publishFloor(trend);
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const floorPage = await context.newPage();
    const hash = `#/benchmarks/trends?range=5y&kind=week&accounts=${ids.join(',')}`;
    await page.goto(`${server.url}#/benchmarks/ranking`);
    await page.getByTestId('bench-ranking').waitFor();
    const token = new URL(server.url).search;
    for (let run = 0; run < RUNS + WARM_UP; run++) {
      await page.evaluate(`window.location.hash = '#/benchmarks/ranking'`);
      await page.getByTestId('bench-ranking').waitFor();
      const appMs = await timeTrend(page, hash);
      await floorPage.goto(`${server.origin}/${FLOOR_HTML}${token}`);
      const floorMs = (await floorPage.evaluate('window.__paint')) as number;
      if (run < WARM_UP) continue;
      app.push(appMs);
      floor.push(floorMs);
    }
  } finally {
    removeFloor();
    await browser.close();
    await server.stop();
  }
  const result: ScenarioResult = {
    name: 'benchmarks: 5-year weekly trend of 10 accounts painted (route → three charts drawn)',
    unit: 'ms',
    summary: summarize(app),
    budget: 200,
    kind: 'max',
    floor: { name: 'static page drawing the same three echarts charts from inline data', summary: summarize(floor), maxRatio: 4 },
  };
  console.error(
    `benchmarks-trend-paint: app median ${result.summary.median.toFixed(1)} ms, floor median ${result.floor!.summary.median.toFixed(1)} ms, ratio ${(result.summary.median / result.floor!.summary.median).toFixed(2)}`,
  );
  return result;
}
