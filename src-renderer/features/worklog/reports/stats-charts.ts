import type { ChartOption } from '../../../components/EChart';
import { hoursOf } from '../../../../src-shared/domain/worklog/duration';

// The statistics' charts as plain options: time by category (a ring, each slice labelled) and by
// person (bars, in hours). No animation: the figures show at once, and tests and screenshots see them.

export function categoryPie(slices: ReadonlyArray<{ name: string; minutes: number }>, hoursLabel: (hours: number) => string): ChartOption {
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const { name, value, percent } = p as { name: string; value: number; percent: number };
        return `${name}：${hoursLabel(hoursOf(value))}（${percent}%）`;
      },
    },
    animation: false,
    series: [
      {
        type: 'pie',
        radius: ['38%', '64%'],
        center: ['50%', '52%'],
        label: { formatter: (p: unknown) => `${(p as { name: string }).name} ${Math.round((p as { percent: number }).percent)}%` },
        data: slices.map((s) => ({ name: s.name, value: s.minutes })),
      },
    ],
  };
}

export function memberBars(people: ReadonlyArray<{ name: string; minutes: number }>, hoursName: string): ChartOption {
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    grid: { left: 48, right: 16, top: 24, bottom: 32 },
    xAxis: { type: 'category', data: people.map((p) => p.name) },
    yAxis: { type: 'value', name: hoursName },
    series: [{ type: 'bar', barMaxWidth: 36, data: people.map((p) => hoursOf(p.minutes)), label: { show: true, position: 'top' } }],
  } as ChartOption;
}
