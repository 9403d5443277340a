import { AlignmentType, HeadingLevel, LeaderType, LineRuleType, Paragraph, TableOfContents, type FileChild } from 'docx';
import type { DocBlock } from '../../src-shared/contract/doc-model';
import type { Words } from '../words';
import { chartBlocks } from './charts';
import { docRuns, textRuns } from './runs';
import { LIST, STYLE } from './styles';
import { tableBlocks } from './tables';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const PARAGRAPH_STYLE = { body: STYLE.body, note: STYLE.note, empty: STYLE.empty } as const;

/**
 * A new page: an empty paragraph one point high that starts the next page, so the page's first
 * block is not pushed down by a blank line (a page-break run leaves its paragraph mark there).
 */
export const pageBreak = () => new Paragraph({ pageBreakBefore: true, spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT } });

/**
 * The contents: a TOC field whose result is written in, one linked entry (style toc 1) per level-1
 * heading, filled in by docx from the headings it bookmarks. Written clean, so Word shows it as it is
 * without asking; WPS, LibreOffice and phone previews show the written entries; Word's 更新目录 adds
 * the page numbers.
 */
function contents(title: string): FileChild[] {
  return [new Paragraph({ style: STYLE.tocTitle, children: textRuns(title) }), new TableOfContents(title, { hyperlink: true, headingStyleRange: '1-1', beginDirty: false, tabLeader: LeaderType.NONE })];
}

/** The model's blocks as Word paragraphs and tables; each list numbers from 1 (a numbering instance of its own). */
export function bodyBlocks(blocks: readonly DocBlock[], words: Words): FileChild[] {
  let lists = 0;
  return blocks.flatMap((block): FileChild[] => {
    switch (block.kind) {
      case 'heading':
        return [new Paragraph({ heading: HEADINGS[block.level], children: textRuns(block.text) })];
      case 'paragraph':
        return [new Paragraph({ style: PARAGRAPH_STYLE[block.style ?? 'body'], alignment: block.align ? ALIGN[block.align] : undefined, children: docRuns(block.runs) })];
      case 'list': {
        const numbering = { reference: block.ordered ? LIST.ordered : LIST.bullets, level: 0, instance: ++lists };
        return block.items.map((item) => new Paragraph({ numbering, children: docRuns(item) }));
      }
      case 'table':
        return tableBlocks(block, words);
      case 'chart':
        return chartBlocks(block, words);
      case 'toc':
        return contents(block.title);
      case 'pageBreak':
        return [pageBreak()];
    }
  });
}
