import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use as registerEcharts, type EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { ChartOption } from './chart-option';

export type { ChartOption };

// The app's one echarts wrapper. Only what the screens draw is imported (line, bar and pie
// charts, grid, legend, tooltip, the SVG renderer), so the bundle stays small. SVG keeps the
// legend's names in the DOM (tests and screen readers find them) and prints sharply.

registerEcharts([LineChart, BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

interface Props {
  option: ChartOption;
  height: number;
  testId?: string;
  /** Said once the option is drawn (the bench's paint mark). */
  drawnKey?: string;
}

/** An echarts chart that follows its container's size and is disposed when unmounted. */
export function EChart({ option, height, testId, drawnKey }: Props) {
  const holder = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const element = holder.current!;
    const instance = init(element, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    instance.setOption(option, { notMerge: true });
    if (drawnKey !== undefined) holder.current?.setAttribute('data-drawn', drawnKey);
  }, [option, drawnKey]);

  return <div ref={holder} className="bench-chart" data-testid={testId} style={{ height, width: '100%' }} />;
}
