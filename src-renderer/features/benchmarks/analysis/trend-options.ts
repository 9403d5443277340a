import type { Trend } from '../../../../src-shared/contract/benchmarks';
import { formatCount } from '../../../../src-shared/domain/benchmarks/numbers';
import type { ChartOption } from '../../../components/chart-option';
import { periodTick } from './periods';

// A trend chart's echarts option, from the API's series: one line per account on a shared axis
// of periods (a missing period is a gap). Pure, so the bench's floor page draws the same option.

export type TrendMetric = 'followers' | 'reads' | 'wci';

const known = (p: Trend['series'][number]['points'][number]) => p.followers !== null || p.reads !== null || p.wci !== null;

/** The categories of the x axis: every period any series has, oldest first, from the first with a figure (a year of axis before the first figure says nothing). */
export function trendAxis(trend: Trend): string[] {
  const all = [...new Set(trend.series.flatMap((s) => s.points.map((p) => p.start)))].sort();
  const first = trend.series.flatMap((s) => s.points.filter(known).map((p) => p.start)).sort()[0];
  return first ? all.filter((start) => start >= first) : all;
}

export function trendOption(trend: Trend, metric: TrendMetric, locale: string): ChartOption {
  const axis = trendAxis(trend);
  const at = new Map(axis.map((start, i) => [start, i]));
  const many = axis.length * trend.series.length > 600;
  const value = (v: number) => (metric === 'wci' ? v.toFixed(1) : formatCount(v, { short: true, locale }));
  return {
    animation: !many,
    // Every name in view (a paged legend hid the one account with data on its second page): the legend wraps, the plot starts below it.
    grid: { left: 8, right: 16, top: 12 + 24 * Math.ceil(trend.series.length / 3), bottom: 8, containLabel: true },
    legend: { type: 'plain', top: 0, itemGap: 16, data: trend.series.map((s) => s.account.name) },
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? value(v) : '—') },
    xAxis: { type: 'category', boundaryGap: false, data: axis.map((start) => periodTick(trend.kind, start)) },
    yAxis: { type: 'value', scale: metric !== 'reads', axisLabel: { formatter: (v: number) => value(v) } },
    series: trend.series.map((s) => {
      const data: (number | null)[] = new Array<number | null>(axis.length).fill(null);
      for (const p of s.points) if (at.has(p.start)) data[at.get(p.start)!] = p[metric];
      return { type: 'line', name: s.account.name, data, showSymbol: false, connectNulls: false, lineStyle: { width: s.account.kind === 'own' ? 3 : 1.5 } };
    }),
  } as ChartOption;
}
