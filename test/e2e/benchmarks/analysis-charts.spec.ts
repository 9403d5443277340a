import type { Diagnosis } from '../../../src-shared/contract/benchmarks';
import { callApi } from '../../helpers/web-server';
import { expect, test } from '../fixtures';
import { benchmarkWorkspace, LOADED_MS, LAST_WEEK, OWN } from './analysis-setup';

// 趋势, 爆文 and 周报 (issue 11, points 4 and 5) on figures made through the API: the trend's
// charts are drawn with the accounts in their legends, the top articles and what reads best are
// listed, and the weekly report copies as plain text.

// The tab's code and the first figures come once per test, on a machine shared with other runs.
test.slow();

test('趋势 draws followers, reads and WCI for the accounts picked, weekly and monthly', async ({ app, page }) => {
  const { ownId, peerIds } = await benchmarkWorkspace(app.server);
  await app.open(`#/benchmarks/trends?range=5y&accounts=${ownId},${peerIds['魔都吃喝玩乐']}`);
  for (const metric of ['followers', 'reads', 'wci']) {
    const chart = page.getByTestId(`trend-chart-${metric}`);
    await expect(chart.locator('svg')).toHaveCount(1, { timeout: LOADED_MS });
    await expect(chart.locator('svg text', { hasText: OWN })).toHaveCount(1);
    await expect(chart.locator('svg text', { hasText: '魔都吃喝玩乐' })).toHaveCount(1);
    // The two lines: paths of a stroke only.
    await expect(chart.locator('svg path[fill="none"]').first()).toBeAttached();
  }
  await page.getByTestId('trend-kind').getByText('月').click();
  await expect(page).toHaveURL(/kind=month/);
  await expect(page.getByTestId('trend-chart-wci').locator('svg text', { hasText: '2026-11' })).toHaveCount(1);
});

test('爆文 lists the best-read peer articles with 10万+ first, and 什么内容读得好 groups them by type', async ({ app, page }) => {
  await benchmarkWorkspace(app.server);
  await app.open('#/benchmarks/top?range=1y');
  const first = page.getByTestId('top-posts').locator('tbody tr.ant-table-row').first();
  await expect(first).toContainText('全城寻找！上海最美的 10 条梧桐大道', { timeout: LOADED_MS });
  await expect(first).toContainText('10万+');
  await expect(first.getByRole('link')).toHaveAttribute('href', 'https://mp.weixin.qq.com/s/wutong');
  await expect(page.getByTestId('type-group')).toHaveCount(5);
  await expect(page.getByTestId('reads-by-type-chart').locator('svg text', { hasText: '攻略' })).toHaveCount(1);
});

test('周报 shows what moved and the observations, and 复制为文字 puts a plain-text report on the clipboard', async ({ app, page, context }) => {
  await benchmarkWorkspace(app.server);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
  const diagnosis = (await callApi(app.server, 'benchmarks.diagnosis', { weekStart: LAST_WEEK })) as Diagnosis;
  expect(diagnosis.observations.length).toBeGreaterThan(0);

  await app.open(`#/benchmarks/weekly?start=${LAST_WEEK}`);
  await expect(page.getByTestId('diagnosis-moves').locator('tbody tr.ant-table-row')).toHaveCount(6, { timeout: LOADED_MS });
  const observations = page.getByTestId('diagnosis-observations').locator('li');
  await expect(observations).toHaveCount(diagnosis.observations.length);
  await expect(observations.first()).not.toContainText('benchmarks.diagnosis');
  const firstObservation = (await observations.first().textContent())!;
  await expect(page.getByTestId('diagnosis-best')).toContainText(diagnosis.best[0]!.title);

  await page.getByTestId('diagnosis-copy').click();
  await expect(page.getByText('已复制周报，可直接粘贴到报告里')).toBeVisible();
  const text = (await page.evaluate('navigator.clipboard.readText()')) as string;
  expect(text.split('\n')[0]).toBe('对标周报｜2026-11-22 至 11-28（周日—周六，清博口径）');
  for (const heading of ['一、本周变化（按 WCI 变化排序）', '二、阅读最高的文章', '三、阅读最低的文章', '四、观察']) expect(text).toContain(heading);
  expect(text).toContain(`· ${OWN}（自有）：WCI `);
  expect(text).toContain(`1. 《${diagnosis.best[0]!.title}》 ${diagnosis.best[0]!.account.name}`);
  expect(text).toContain(`· ${firstObservation}`);
});
