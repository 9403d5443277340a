import type { Ranking } from '../../../src-shared/contract/benchmarks';
import { callApi } from '../../helpers/web-server';
import { expect, test } from '../fixtures';
import { benchmarkWorkspace, LOADED_MS, ENTERED_PEER, OWN, TEN_WAN_WEEK } from './analysis-setup';

// 排名 and 对比 (issue 11, point 4) on figures made through the API: own and peer accounts of one
// gsdata week in WCI order with 10万+ and the four terms, and 2–5 accounts side by side with the
// best of each row highlighted.

const WEEK = { kind: 'week', start: TEN_WAN_WEEK } as const;

// The tab's code and the first figures come once per test, on a machine shared with other runs.
test.slow();

test('排名 lists own and peer accounts in WCI order, shows 10万+, marks 自有 and where figures came from, and opens the four WCI terms', async ({ app, page }) => {
  await benchmarkWorkspace(app.server);
  const ranking = (await callApi(app.server, 'benchmarks.ranking', { period: WEEK })) as Ranking;
  const expected = [...ranking.rows].sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99)).map((r) => r.account.name);

  await app.open(`#/benchmarks/ranking?kind=week&start=${TEN_WAN_WEEK}`);
  await expect(page.getByTestId('bench-period-select')).toContainText('2026-11-01 至 11-07（周日—周六，清博口径）', { timeout: LOADED_MS });
  const rows = page.getByTestId('ranking-table').locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(6);
  await expect(rows.locator('.bench-account__name')).toHaveText(expected);
  // The order is the WCI's: each shown index is at most the one above it.
  const shown = (await rows.getByTestId('rank-wci').allTextContents()).map(Number);
  expect(shown).toEqual([...shown].sort((a, b) => b - a));
  expect(expected[0]).toBe('上海本地宝');

  const top = rows.filter({ hasText: '上海本地宝' });
  await expect(top).toContainText('10万+');
  await expect(top.getByTestId('rank-wci-change')).toHaveText(/^[↑↓] \d+\.\d\d$/);
  await expect(rows.filter({ hasText: OWN }).locator('.bench-account__own')).toHaveText('自有');
  await expect(rows.filter({ hasText: ENTERED_PEER }).getByTestId('bench-source')).toHaveText('录入');
  await expect(top.getByTestId('bench-source')).toHaveText('按文章');

  await top.locator('.ant-table-row-expand-icon').click();
  const terms = page.getByTestId('wci-terms');
  await expect(terms).toContainText('清博 WCI V14.2');
  for (const letter of ['O', 'A', 'H', 'P']) await expect(terms.getByTestId(`wci-term-${letter}`)).toBeVisible();
  await expect(terms).toContainText('WCI = (0.6·O + 0.2·A + 0.1·H + 0.1·P)² × 12');
  const articles = ranking.rows.find((r) => r.account.name === '上海本地宝')!.figures.articles;
  await expect(terms.getByTestId('wci-dn')).toHaveText(`本期 d = 7 天，n = ${articles} 篇`);
  const o = ranking.rows.find((r) => r.account.name === '上海本地宝')!.wci!.overall;
  await expect(terms.getByTestId('wci-term-O')).toContainText(o.toFixed(3));

  // A month: d is the month's days.
  await page.getByTestId('bench-period-kind').getByText('月').click();
  await expect(page).toHaveURL(/kind=month/);
  await expect(rows.first()).toBeVisible();
});

test('对比 shows the accounts picked side by side and highlights the best of each row', async ({ app, page }) => {
  const { ownId, peerIds } = await benchmarkWorkspace(app.server);
  const ids = [ownId, peerIds['上海本地宝']!, peerIds['城市微旅行']!];
  const compare = (await callApi(app.server, 'benchmarks.compare', { period: WEEK, accountIds: ids })) as Ranking;
  const best = compare.rows.find((r) => r.account.name === '上海本地宝')!;

  await app.open(`#/benchmarks/compare?kind=week&start=${TEN_WAN_WEEK}&accounts=${ids.join(',')}`);
  const table = page.getByTestId('compare-table');
  await expect(table.locator('thead .bench-account__name')).toHaveText([OWN, '上海本地宝', '城市微旅行'], { timeout: LOADED_MS });
  const wciRow = table.locator('tr[data-line="wci"]');
  await expect(wciRow.locator('td[data-best]')).toHaveCount(1);
  await expect(wciRow.locator('td').nth(2)).toHaveAttribute('data-best', 'true');
  await expect(wciRow.locator('td').nth(2)).toHaveText(best.wci!.wci.toFixed(2));
  await expect(table.locator('tr[data-line="readsMax"] td[data-best]')).toHaveText('10万+');
  // The fewest reads is never highlighted.
  await expect(table.locator('tr[data-line="reads"] td').nth(3)).not.toHaveAttribute('data-best', 'true');
});
