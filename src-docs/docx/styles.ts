import { AlignmentType, BorderStyle, LevelFormat, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';
import { BODY_FONT, COLOR, HEADING_FONT, SIZE } from './page';

// Real styles, so the boss can restyle the document in Word or WPS: Heading 1–3 (黑体), the body
// text (宋体 小四, 1.5 lines, the first line indented two characters as Chinese business
// documents are), notes and "no data" lines smaller and grey, table text 五号 on single lines.

/** Paragraph style ids the blocks name. */
export const STYLE = {
  body: 'BodyText',
  note: 'Note',
  empty: 'Empty',
  tableText: 'TableText',
  caption: 'Caption',
  tocTitle: 'TOCHeading',
  coverTitle: 'CoverTitle',
  coverSubtitle: 'CoverSubtitle',
  coverLine: 'CoverLine',
  header: 'Header',
  footer: 'Footer',
} as const;

const ONE_AND_HALF = { line: 360, lineRule: LineRuleType.AUTO };
const SINGLE = { line: 240, lineRule: LineRuleType.AUTO };

const heading = (size: number, before: number) => ({
  run: { font: HEADING_FONT, size, bold: false, color: COLOR.text },
  paragraph: { spacing: { before, after: 120, ...ONE_AND_HALF }, keepNext: true, keepLines: true },
});

/** Latin text is checked as English, Chinese as Chinese, whatever the document's locale. */
const LANGUAGE = { value: 'en-US', eastAsia: 'zh-CN' };

export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: { run: { font: BODY_FONT, size: SIZE.body, language: LANGUAGE }, paragraph: { spacing: { after: 0, ...ONE_AND_HALF } } },
      heading1: heading(32, 360),
      heading2: heading(28, 240),
      heading3: heading(SIZE.body, 120),
      caption: { run: { font: HEADING_FONT, size: SIZE.small, italics: false, color: COLOR.text }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 120, after: 60, ...SINGLE }, keepNext: true } },
    },
    paragraphStyles: [
      // Left, not justified: a line that breaks before a long figure (¥125,433.00) would spread its characters across the line.
      { id: STYLE.body, name: 'Body Text', basedOn: 'Normal', next: STYLE.body, quickFormat: true, paragraph: { indent: { firstLineChars: 200, firstLine: 480 }, alignment: AlignmentType.LEFT } },
      { id: STYLE.note, name: 'Note', basedOn: 'Normal', quickFormat: true, run: { size: SIZE.small, color: COLOR.grey }, paragraph: { spacing: { before: 60, after: 60, ...SINGLE } } },
      { id: STYLE.empty, name: 'No Data', basedOn: 'Normal', quickFormat: true, run: { color: COLOR.grey }, paragraph: { indent: { firstLineChars: 200, firstLine: 480 } } },
      { id: STYLE.tableText, name: 'Table Text', basedOn: 'Normal', quickFormat: true, run: { size: SIZE.small }, paragraph: { spacing: SINGLE } },
      { id: STYLE.tocTitle, name: 'TOC Heading', basedOn: 'Normal', next: 'Normal', run: { font: HEADING_FONT, size: 32 }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 } } },
      {
        id: STYLE.coverTitle,
        name: 'Cover Title',
        basedOn: 'Normal',
        run: { font: HEADING_FONT, size: 52, color: COLOR.text },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 3600, after: 360, ...SINGLE } },
      },
      { id: STYLE.coverSubtitle, name: 'Cover Subtitle', basedOn: 'Normal', run: { font: HEADING_FONT, size: 32, color: COLOR.grey }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 2400 } } },
      { id: STYLE.coverLine, name: 'Cover Line', basedOn: 'Normal', run: { size: 28 }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } } },
      {
        id: STYLE.header,
        name: 'header',
        basedOn: 'Normal',
        run: { size: SIZE.tiny, color: COLOR.grey },
        paragraph: { alignment: AlignmentType.CENTER, spacing: SINGLE, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule, space: 1 } } },
      },
      { id: STYLE.footer, name: 'footer', basedOn: 'Normal', run: { size: SIZE.tiny }, paragraph: { alignment: AlignmentType.CENTER, spacing: SINGLE } },
      { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal', paragraph: { spacing: { before: 60, after: 60 } } },
    ],
    // The contents' entries name it (docx writes them so): plain text, not blue and underlined.
    characterStyles: [{ id: 'IndexLink', name: 'Index Link' }],
  };
}

/** Numbering references: one for bullets, one for numbered lists (each list its own instance, so each starts at 1). */
export const LIST = { bullets: 'bullets', ordered: 'ordered' } as const;

export function listNumbering(): INumberingOptions {
  // The model's lists are flat: one level, indented two characters, the number or bullet hanging in it.
  const level = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => [{ level: 0, format, text, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 900, hanging: 420 } } } }];
  return {
    config: [
      { reference: LIST.bullets, levels: level(LevelFormat.BULLET, '●') },
      { reference: LIST.ordered, levels: level(LevelFormat.DECIMAL, '%1.') },
    ],
  };
}
