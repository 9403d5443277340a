import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LineRuleType,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type INumberingOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { stripInvisible } from '../../src-shared/contract/common';
import type { DocNode } from '../../src-shared/domain/articles/doc';
import { isWechatLink, safeColor, safeHref, textAlignOf } from '../../src-shared/domain/articles/links';

// An article as a Word document, for review by people who live in Word and WPS: 微软雅黑 for
// headings and 宋体 for the text, named in every font slot (ASCII, high ANSI, East Asian, complex
// script), so Word and WPS on a Chinese or an English system show the same fonts; real Word lists,
// tables and embedded images; links outside WeChat keep their text and gain a footnote with the
// address, as the WeChat copy does.

export interface DocxImage {
  data: Uint8Array;
  type: 'png' | 'jpg' | 'gif' | 'bmp';
  /** Pixels; 0 when unknown. */
  width: number;
  height: number;
}

export interface ArticleDocxInput {
  title: string;
  /** The byline under the title (author, account, date), '' for none. */
  byline: string;
  doc: DocNode;
  /** The image a stored src names, or undefined (missing, or a type Word cannot hold). */
  image: (src: string) => DocxImage | undefined;
}

const font = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });
const HEADING_FONT = font('微软雅黑');
const BODY_FONT = font('宋体');
/** Code: Consolas for Latin, 宋体 for any Chinese in it (Consolas has none). */
const CODE_FONT = { ...font('Consolas'), eastAsia: '宋体' };
/** The text width of an A4 page with Word's default margins, in pixels at 96 dpi. */
const MAX_IMAGE_WIDTH = 600;
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const;
const ALIGN = { center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;
const BULLETS = ['●', '○', '■', '●', '○', '■', '●', '○', '■'];

/** #rgb, #rrggbb or rgb(r,g,b) as Word's RRGGBB; other colours (names, hsl) are left out. */
function hexColor(value: unknown): string | undefined {
  const colour = safeColor(value);
  if (!colour) return undefined;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(colour);
  if (short) return `${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toUpperCase();
  const long = /^#([0-9a-f]{6})([0-9a-f]{2})?$/i.exec(colour);
  if (long) return long[1]!.toUpperCase();
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/i.exec(colour);
  return rgb
    ? rgb
        .slice(1, 4)
        .map((n) => Math.min(255, Number(n)).toString(16).padStart(2, '0'))
        .join('')
        .toUpperCase()
    : undefined;
}

function alignment(node: DocNode | undefined) {
  const align = textAlignOf(node?.attrs);
  return align ? ALIGN[align] : undefined;
}

class DocxBuilder {
  readonly footnotes: Record<string, { children: Paragraph[] }> = {};
  private nextFootnote = 1;
  private nextList = 1;
  /** Ordered lists by their first number, each a numbering reference of its own. */
  readonly orderedStarts = new Set<number>([1]);

  constructor(private readonly image: ArticleDocxInput['image']) {}

  blocks(nodes: readonly DocNode[] | undefined, quote = false): (Paragraph | Table)[] {
    return (nodes ?? []).flatMap((node) => this.block(node, quote));
  }

  private block(node: DocNode, quote: boolean): (Paragraph | Table)[] {
    const quoteStyle = quote ? { indent: { left: 360 }, border: { left: { style: BorderStyle.SINGLE, size: 18, color: 'CCCCCC', space: 12 } } } : {};
    switch (node.type) {
      case 'paragraph':
        return [new Paragraph({ children: this.inline(node.content, quote ? { color: '666666' } : {}), alignment: alignment(node), ...quoteStyle })];
      case 'heading': {
        const level = Math.min(Math.max(Number(node.attrs?.level) || 2, 1), 6);
        return [new Paragraph({ heading: HEADINGS[level - 1], children: this.inline(node.content), alignment: alignment(node) })];
      }
      case 'blockquote':
        return this.blocks(node.content, true);
      case 'bulletList':
      case 'orderedList':
        return this.list(node, 0);
      case 'horizontalRule':
        return [new Paragraph({ children: [], border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'BBBBBB', space: 1 } } })];
      case 'image':
        return this.picture(node);
      case 'table':
        return [this.table(node)];
      case 'codeBlock': {
        const lines = (node.content ?? [])
          .map((child) => child.text ?? '')
          .join('')
          .split(/\r?\n/);
        const runs = lines.map((line, i) => new TextRun({ text: stripInvisible(line.replace(/\t/g, '    ')), font: CODE_FONT, size: 19, break: i > 0 ? 1 : undefined }));
        return [new Paragraph({ children: runs, shading: { type: ShadingType.CLEAR, fill: 'F6F8FA', color: 'auto' }, spacing: { line: 276 } })];
      }
      default:
        return this.blocks(node.content, quote);
    }
  }

  private list(node: DocNode, level: number): Paragraph[] {
    const ordered = node.type === 'orderedList';
    const start = ordered ? Math.max(1, Math.floor(Number(node.attrs?.start) || 1)) : 1;
    if (ordered) this.orderedStarts.add(start);
    const numbering = { reference: ordered ? `ordered-${start}` : 'bullets', level: Math.min(level, 8), instance: this.nextList++ };
    return (node.content ?? []).flatMap((item) =>
      (item.content ?? []).flatMap((child, i): Paragraph[] => {
        if (child.type === 'bulletList' || child.type === 'orderedList') return this.list(child, level + 1);
        if (child.type === 'paragraph') {
          const indent = i > 0 ? { indent: { left: 720 * (level + 1) } } : {};
          return [new Paragraph({ children: this.inline(child.content), ...(i === 0 ? { numbering } : indent), alignment: alignment(child) })];
        }
        return this.block(child, false).filter((p): p is Paragraph => p instanceof Paragraph);
      }),
    );
  }

  private picture(node: DocNode): Paragraph[] {
    const src = typeof node.attrs?.src === 'string' ? node.attrs.src : '';
    const alt = typeof node.attrs?.alt === 'string' ? node.attrs.alt : '';
    const caption = typeof node.attrs?.title === 'string' ? node.attrs.title.trim() : '';
    const found = src ? this.image(src) : undefined;
    const captionParagraph = caption ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: stripInvisible(caption), size: 18, color: '888888' })] })] : [];
    if (!found) return [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `[图片${alt ? `：${stripInvisible(alt)}` : ''}]`, color: '999999', italics: true })] }), ...captionParagraph];
    const width = found.width > 0 ? Math.min(found.width, MAX_IMAGE_WIDTH) : MAX_IMAGE_WIDTH;
    const height = found.width > 0 && found.height > 0 ? Math.round((found.height * width) / found.width) : Math.round(width * 0.6);
    const run = new ImageRun({ type: found.type, data: found.data, transformation: { width, height }, altText: { name: alt || 'image', description: alt, title: caption } });
    // Single spacing: a multiple of the line would not grow with the picture in every reader.
    return [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, line: 240, lineRule: LineRuleType.AUTO }, children: [run] }), ...captionParagraph];
  }

  private table(node: DocNode): Table {
    const rows = (node.content ?? []).map((row, r) => {
      const cells = (row.content ?? []).map((cell) => {
        const header = cell.type === 'tableHeader';
        const span = (name: string) => Math.max(1, Math.floor(Number(cell.attrs?.[name]) || 1));
        const children = (cell.content ?? []).flatMap((child) =>
          child.type === 'paragraph'
            ? [new Paragraph({ children: this.inline(child.content, header ? { bold: true } : {}), alignment: alignment(child) })]
            : this.block(child, false).filter((p): p is Paragraph => p instanceof Paragraph),
        );
        return new TableCell({
          children: children.length ? children : [new Paragraph({})],
          columnSpan: span('colspan'),
          rowSpan: span('rowspan'),
          shading: header ? { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' } : undefined,
          margins: { top: 60, bottom: 60, left: 100, right: 100 },
        });
      });
      return new TableRow({ children: cells, tableHeader: r === 0 && (row.content ?? []).every((cell) => cell.type === 'tableHeader') });
    });
    return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
  }

  /** Inline content; a run of text under one link is one hyperlink (and, outside WeChat, one footnote). */
  private inline(nodes: readonly DocNode[] | undefined, base: IRunOptions = {}): ParagraphChild[] {
    const children: ParagraphChild[] = [];
    const list = nodes ?? [];
    for (let i = 0; i < list.length;) {
      const href = linkHref(list[i]!);
      let end = i + 1;
      while (end < list.length && href !== undefined && linkHref(list[end]!) === href) end++;
      const safe = href === undefined ? undefined : safeHref(href);
      const runs = list.slice(i, end).map((node) => this.run(node, safe ? { ...base, color: '1F5FA8', underline: {} } : base));
      if (!safe) children.push(...runs);
      else {
        children.push(new ExternalHyperlink({ link: safe, children: runs }));
        if (!isWechatLink(safe)) children.push(new FootnoteReferenceRun(this.footnote(safe)));
      }
      i = end;
    }
    return children;
  }

  private footnote(href: string): number {
    const id = this.nextFootnote++;
    this.footnotes[String(id)] = { children: [new Paragraph({ children: [new TextRun({ text: ` ${href.replace(/^mailto:/i, '')}`, size: 18 })] })] };
    return id;
  }

  private run(node: DocNode, base: IRunOptions): TextRun {
    if (node.type === 'hardBreak') return new TextRun({ ...base, text: '', break: 1 });
    const marks = new Map((node.marks ?? []).map((mark) => [mark.type, mark.attrs ?? {}]));
    const options: IRunOptions = { ...base, text: stripInvisible(node.text ?? '') };
    const color = hexColor(marks.get('textStyle')?.color);
    const highlight = marks.has('highlight') ? (hexColor(marks.get('highlight')?.color) ?? 'FFF3A3') : undefined;
    return new TextRun({
      ...options,
      ...(marks.has('bold') ? { bold: true } : {}),
      ...(marks.has('italic') ? { italics: true } : {}),
      ...(marks.has('underline') ? { underline: {} } : {}),
      ...(marks.has('strike') ? { strike: true } : {}),
      ...(color ? { color } : {}),
      ...(highlight ? { shading: { type: ShadingType.CLEAR, fill: highlight, color: 'auto' } } : {}),
      ...(marks.has('code') ? { font: CODE_FONT, shading: { type: ShadingType.CLEAR, fill: 'F0F0F0', color: 'auto' } } : {}),
    });
  }
}

function linkHref(node: DocNode): string | undefined {
  const href = node.marks?.find((mark) => mark.type === 'link')?.attrs?.href;
  return typeof href === 'string' ? href : undefined;
}

function numbering(orderedStarts: ReadonlySet<number>): INumberingOptions {
  const indent = (level: number) => ({ paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } });
  const bullets = { reference: 'bullets', levels: BULLETS.map((text, level) => ({ level, format: LevelFormat.BULLET, text, alignment: AlignmentType.LEFT, style: indent(level) })) };
  const ordered = [...orderedStarts].map((start) => ({
    reference: `ordered-${start}`,
    levels: Array.from({ length: 9 }, (_, level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, start: level === 0 ? start : 1, alignment: AlignmentType.LEFT, style: indent(level) })),
  }));
  return { config: [bullets, ...ordered] };
}

const heading = (size: number) => ({ run: { font: HEADING_FONT, size, bold: true, color: '1F1F1F' }, paragraph: { spacing: { before: 240, after: 120 } } });

/** The article as .docx bytes. */
export async function articleDocx(input: ArticleDocxInput): Promise<Buffer> {
  const builder = new DocxBuilder(input.image);
  const body = builder.blocks(input.doc.content);
  const title = new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(stripInvisible(input.title))] });
  const byline = input.byline ? [new Paragraph({ children: [new TextRun({ text: stripInvisible(input.byline), color: '888888', size: 20 })], spacing: { after: 240 } })] : [];
  const document = new Document({
    creator: 'OpsBench',
    title: input.title,
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: 22 }, paragraph: { spacing: { after: 120, line: 360, lineRule: LineRuleType.AUTO } } },
        title: { run: { font: HEADING_FONT, size: 36, bold: true, color: '111111' }, paragraph: { spacing: { after: 120 } } },
        heading1: heading(32),
        heading2: heading(28),
        heading3: heading(26),
        heading4: heading(24),
        heading5: heading(22),
        heading6: heading(22),
      },
    },
    numbering: numbering(builder.orderedStarts),
    footnotes: builder.footnotes,
    sections: [{ children: [title, ...byline, ...body] }],
  });
  return Packer.toBuffer(document);
}
