import { AlignmentType, LineRuleType, Paragraph } from 'docx';
import { ChartRun } from 'docx/charts';
import type { DocBlock } from '../../src-shared/contract/doc-model';
import type { Words } from '../words';
import { docText } from '../text';
import { BODY_FONT_NAME, COLOR, TEXT_WIDTH } from './page';
import { textRuns } from './runs';
import { STYLE } from './styles';

// A chart as Word's own (docx/charts: word/charts/chartN.xml with the values cached in it and an
// embedded workbook behind "Edit Data"), so the boss can restyle it and LibreOffice and WPS draw it.

type ChartBlock = Extract<DocBlock, { kind: 'chart' }>;

/** The text width in pixels at 96 dpi (a twip is 1/1440 inch). */
const WIDTH_PX = Math.floor((TEXT_WIDTH / 1440) * 96);

export function chartBlocks(block: ChartBlock, words: Words): Paragraph[] {
  const title = docText(block.title);
  const categories = block.categories.map((category) => docText(category) || ' ');
  // One value per category; a missing or non-finite value is a gap, not a zero.
  const series = block.series.map((one, i) => ({
    name: docText(one.name) || `${i + 1}`,
    values: categories.map((_, c) => {
      const value = one.values[c];
      return typeof value === 'number' && Number.isFinite(value) ? value : null;
    }),
  }));
  if (!categories.length || !series.length) {
    // Word has no chart without data: the title and 暂无数据 say what is missing.
    return [new Paragraph({ style: STYLE.caption, children: textRuns(title) }), new Paragraph({ style: STYLE.empty, children: textRuns(words('docWriter.emptyTable')) })];
  }
  const font = { name: BODY_FONT_NAME, color: COLOR.text };
  const unit = block.unit ? docText(block.unit) : '';
  const chart = new ChartRun({
    type: block.chart === 'bar' ? 'column' : 'line',
    ...(block.chart === 'line' ? { markers: true } : {}),
    ...(title ? { title: { text: title, font: { ...font, size: 12, bold: true } } } : {}),
    categories,
    series,
    emptyValues: 'gap',
    font,
    legend: { position: 'bottom' },
    ...(unit ? { valueAxis: { title: { text: unit, font: { ...font, size: 9 } } } } : {}),
    transformation: { width: WIDTH_PX, height: Math.round(WIDTH_PX * 0.55) },
    altText: { name: title || 'chart' },
  });
  // Single spacing: a multiple of the line would not grow with the drawing in every reader.
  return [new Paragraph({ alignment: AlignmentType.CENTER, keepLines: true, spacing: { before: 120, after: 120, line: 240, lineRule: LineRuleType.AUTO }, children: [chart] })];
}
