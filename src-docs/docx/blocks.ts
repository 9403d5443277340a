import { AlignmentType, Bookmark, HeadingLevel, LeaderType, LineRuleType, Paragraph, TableOfContents, type FileChild } from 'docx';
import type { DocBlock } from '../../src-shared/contract/doc-model';
import type { Words } from '../words';
import { docText } from '../text';
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

type HeadingBlock = Extract<DocBlock, { kind: 'heading' }>;

/**
 * The bookmark each section heading (level 1) carries, for the contents' links: its anchor where
 * Word takes it as a name (letters, digits, _; at most 40), else _Toc and its number; names
 * starting with _ are hidden from Word's bookmark list, as Word's own contents' are.
 */
function sectionBookmarks(blocks: readonly DocBlock[]): Map<HeadingBlock, string> {
  const names = new Map<HeadingBlock, string>();
  const taken = new Set<string>();
  blocks.forEach((block) => {
    if (block.kind !== 'heading' || block.level !== 1) return;
    const fromAnchor = `_Toc_${(block.anchor ?? '').replace(/[^A-Za-z0-9_]/g, '_')}`.slice(0, 40);
    const name = block.anchor && !taken.has(fromAnchor) ? fromAnchor : `_Toc${names.size + 1}`;
    taken.add(name);
    names.set(block, name);
  });
  return names;
}

/**
 * The contents: a TOC field whose result is written in, one linked entry (style toc 1) per section
 * heading after it. No page numbers and no PAGEREF fields, which Word would mark for updating and ask
 * about: the field is written clean, so Word, WPS, LibreOffice and phone previews all show the
 * entries as they are, and Word's 更新目录 rebuilds it from the headings with page numbers.
 */
function contents(title: string, entries: { title: string; href: string }[], words: Words): FileChild[] {
  const heading = new Paragraph({ style: STYLE.tocTitle, children: textRuns(title) });
  if (!entries.length) return [heading, new Paragraph({ style: STYLE.empty, children: textRuns(words('docWriter.emptyTable')) })];
  const cachedEntries = entries.map((entry) => ({ ...entry, level: 1 }));
  return [heading, new TableOfContents(docText(title), { hyperlink: true, headingStyleRange: '1-1', beginDirty: false, tabLeader: LeaderType.NONE, cachedEntries })];
}

/** The model's blocks as Word paragraphs and tables; each list numbers from 1 (a numbering instance of its own). */
export function bodyBlocks(blocks: readonly DocBlock[], words: Words): FileChild[] {
  let lists = 0;
  const bookmarks = sectionBookmarks(blocks);
  // A break at the start (the cover already ends its page), at the end or after another break would leave a blank page.
  const isBreak = (i: number) => blocks[i]?.kind === 'pageBreak';
  const blank = (i: number) => isBreak(i) && (i === 0 || isBreak(i - 1) || blocks.slice(i + 1).every((next) => next.kind === 'pageBreak'));
  return blocks.flatMap((block, index): FileChild[] => {
    if (blank(index)) return [];
    switch (block.kind) {
      case 'heading': {
        const bookmark = bookmarks.get(block);
        const text = textRuns(block.text);
        return [new Paragraph({ heading: HEADINGS[block.level], children: bookmark ? [new Bookmark({ id: bookmark, children: text })] : text })];
      }
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
      case 'toc': {
        const sections = blocks.slice(index + 1).flatMap((next) => (next.kind === 'heading' && bookmarks.has(next) ? [{ title: docText(next.text).replace(/\s+/g, ' '), href: bookmarks.get(next)! }] : []));
        return contents(block.title, sections, words);
      }
      case 'pageBreak':
        return [pageBreak()];
    }
  });
}
