import type { DocBlock } from '../../../src-shared/contract/doc-model';
import { formatFen } from '../../../src-shared/domain/money/money';
import type { ForecastAssumption, FollowerMonth, Forecast } from '../../../src-shared/domain/plans/forecast';
import type { Words } from '../../words';
import { noData, paragraph, row, table } from '../blocks';
import type { Language } from '../../../src-shared/contract/settings';
import { isPlanPeriod } from '../../../src-shared/domain/plans/plan-sections';
import { planPeriodLabel } from '../period-label';
import type { SectionContext } from '../section-context';

// Section 7, 发展规划: the follower forecast per three months with its assumptions shown (value and
// where it came from), a chart of the history and the forecast, and what it means for the business.

/** What the section's figures are made of, gathered by the desktop's services/plans/facts/growth.ts. */
export interface GrowthFacts {
  /** The month-end followers the forecast started from (for the chart's history). */
  history: FollowerMonth[];
  forecast: Forecast;
}

/** How many quarters of history the chart shows before the forecast. */
const CHART_HISTORY_QUARTERS = 4;

const count = (n: number) => n.toLocaleString('en-US');
const signed = (n: number) => (n > 0 ? `+${count(n)}` : count(n));

function monthLabel(month: string, words: Words): string {
  return words('planDocOps.growth.month', { year: month.slice(0, 4), month: Number(month.slice(5, 7)) });
}

/** A span's name as the cover says periods: 2027年第一季度 when it is a calendar quarter, else its dates. */
function spanLabel(start: string, end: string, words: Words, locale: Language): string {
  const quarter = isPlanPeriod({ kind: 'quarter', start, end });
  return planPeriodLabel({ kind: quarter ? 'quarter' : 'custom', start, end }, locale, words);
}

function assumptionValue(a: ForecastAssumption, words: Words): string {
  if (a.value === null) return words('planDocOps.growth.unknown');
  if (a.key === 'retentionPct') return words('planDocOps.growth.percent', { value: a.value });
  if (a.key === 'valuePerFollowerFen') return formatFen(a.value);
  return words('planDocOps.growth.people', { count: count(a.value) });
}

/** Where an assumption came from, in a sentence: 按近6个月每月净增的中位数 320 人 / 运营者设定. */
function assumptionSource(a: ForecastAssumption, words: Words): string {
  if (a.source === 'operator') return words('planDocOps.growth.source.operator');
  if (a.source === 'none') return words(`planDocOps.growth.missing.${a.key}`);
  return words(`planDocOps.growth.source.${a.key}`, { basis: a.basis, value: count(a.value ?? 0) });
}

/** The chart: the last quarters' month-end followers, then each span's forecast end; the forecast line starts at the last known point. */
function growthChart(facts: GrowthFacts, words: Words, locale: Language): Extract<DocBlock, { kind: 'chart' }> {
  const byQuarter = new Map<string, FollowerMonth>();
  for (const point of facts.history) byQuarter.set(`${point.month.slice(0, 4)}Q${Math.floor((Number(point.month.slice(5, 7)) - 1) / 3) + 1}`, point);
  const history = [...byQuarter.values()].slice(-CHART_HISTORY_QUARTERS);
  const quarters = facts.forecast.quarters;
  const categories = [...history.map((p) => monthLabel(p.month, words)), ...quarters.map((q) => spanLabel(q.start, q.end, words, locale))];
  const lastKnown = history.length ? history[history.length - 1]!.followers : facts.forecast.now;
  return {
    kind: 'chart',
    chart: 'line',
    title: words('planDocOps.growth.chartTitle'),
    categories: history.length ? categories : [words('planDocOps.growth.forecastColumns.start'), ...categories],
    series: [
      // Without history the forecast line alone starts from today's figure: a 历史 entry would have no line.
      ...(history.length ? [{ name: words('planDocOps.growth.series.history'), values: [...history.map((p) => p.followers), ...quarters.map(() => null)] }] : []),
      { name: words('planDocOps.growth.series.forecast'), values: [...(history.length ? history.map((_, i) => (i === history.length - 1 ? lastKnown : null)) : [lastKnown]), ...quarters.map((q) => q.endFollowers)] },
    ],
    unit: words('planDocOps.growth.unit'),
  };
}

function impact(forecast: Forecast, words: Words): DocBlock {
  const worth = forecast.assumptions.find((a) => a.key === 'valuePerFollowerFen')!.value;
  if (forecast.extraFollowers < 0) return paragraph(words('planDocOps.growth.impactShrink', { count: count(-forecast.extraFollowers) }));
  if (worth === null || forecast.impactFen === null) return paragraph(words('planDocOps.growth.impactNoValue', { count: count(forecast.extraFollowers) }));
  return paragraph(words('planDocOps.growth.impact', { count: count(forecast.extraFollowers), value: formatFen(worth), total: formatFen(forecast.impactFen) }));
}

export function growthBlocks(facts: GrowthFacts, words: Words, { locale }: Pick<SectionContext, 'locale'> = { locale: 'zh-CN' }): DocBlock[] {
  const { forecast } = facts;
  if (forecast.now === null) return [noData(words), paragraph(words('planDocOps.growth.noDataHint'), 'note')];
  const h2 = (key: 'assumptionsTitle' | 'forecastTitle' | 'impactTitle'): DocBlock => ({ kind: 'heading', level: 2, text: words(`planDocOps.growth.${key}`) });
  const blocks: DocBlock[] = [paragraph(words('planDocOps.growth.intro'))];
  blocks.push(
    paragraph(
      forecast.nowSource === 'history'
        ? words('planDocOps.growth.now.history', { count: count(forecast.now), month: monthLabel(forecast.lastKnownMonth!, words) })
        : words('planDocOps.growth.now.register', { count: count(forecast.now) }),
    ),
  );
  if (forecast.gapMonths > 0 && forecast.quarters.length)
    blocks.push(paragraph(words('planDocOps.growth.gap', { month: monthLabel(forecast.lastKnownMonth!, words), months: forecast.gapMonths, count: count(forecast.quarters[0]!.startFollowers) })));
  const a = (key: 'name' | 'value' | 'source', width: number) => ({ title: words(`planDocOps.growth.assumptionColumns.${key}`), width });
  blocks.push(
    h2('assumptionsTitle'),
    table(
      [a('name', 2.5), a('value', 2), a('source', 5.5)],
      forecast.assumptions.map((item) => row([words(`planDocOps.growth.assumption.${item.key}`), assumptionValue(item, words), assumptionSource(item, words)])),
    ),
  );
  const f = (key: 'span' | 'start' | 'organic' | 'activities' | 'end', width: number) => ({ title: words(`planDocOps.growth.forecastColumns.${key}`), width, ...(key === 'span' ? {} : { align: 'right' as const }) });
  blocks.push(
    h2('forecastTitle'),
    table(
      [f('span', 2.6), f('start', 1.6), f('organic', 1.6), f('activities', 2.9), f('end', 1.6)],
      forecast.quarters.map((q) =>
        row([
          spanLabel(q.start, q.end, words, locale),
          count(q.startFollowers),
          signed(q.organic),
          q.activities === 0 ? words('planDocOps.growth.noActivities') : words('planDocOps.growth.fromActivities', { count: signed(q.fromActivities), activities: q.activities }),
          count(q.endFollowers),
        ]),
      ),
    ),
    growthChart(facts, words, locale),
    h2('impactTitle'),
    impact(forecast, words),
  );
  return blocks;
}
