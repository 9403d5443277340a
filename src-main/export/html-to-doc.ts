import { parseDocument } from 'htmlparser2';
import type { DocMark, DocNode } from '../../src-shared/domain/articles/doc';

type ChildNode = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<ChildNode, { attribs: Record<string, string> }>;

// HTML (a saved web page, markdown-it's or mammoth's output) as the article's document model,
// for `opsbench lint` and any other reader of article files: block elements become the schema's
// blocks, inline formatting its marks; scripts, styles and unknown wrappers leave only their text.

const SKIPPED = new Set(['script', 'style', 'head', 'template', 'noscript', 'iframe', 'object', 'svg', 'math']);
const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const MARKS: Record<string, DocMark['type']> = { strong: 'bold', b: 'bold', em: 'italic', i: 'italic', u: 'underline', ins: 'underline', s: 'strike', del: 'strike', strike: 'strike', code: 'code' };
/** Containers whose children are blocks: their inline runs become paragraphs. */
const CONTAINERS = new Set([
  'html',
  'body',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'figure',
  'figcaption',
  'center',
  'form',
  'fieldset',
  'details',
  'summary',
  'dl',
  'dd',
  'dt',
  'address',
]);

const paragraph = (content: DocNode[]): DocNode => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' });

/** Collects inline content and the blocks it is split by (an image inside a paragraph is a block of its own). */
class BlockBuilder {
  readonly blocks: DocNode[] = [];
  private inline: DocNode[] = [];

  text(text: string, marks: DocMark[]): void {
    const collapsed = text.replace(/[\s\u00a0]+/g, (space) => (space.includes('\u00a0') ? '\u00a0' : ' '));
    if (collapsed === '' || (collapsed === ' ' && this.inline.length === 0)) return;
    const last = this.inline.at(-1);
    if (last?.type === 'text' && sameMarks(last.marks, marks)) last.text += collapsed;
    else this.inline.push(marks.length ? { type: 'text', text: collapsed, marks } : { type: 'text', text: collapsed });
  }

  hardBreak(): void {
    this.inline.push({ type: 'hardBreak' });
  }

  block(node: DocNode): void {
    this.flush();
    this.blocks.push(node);
  }

  /** Ends the paragraph being collected (trimmed; nothing when it holds only spaces). */
  flush(): void {
    const content = trimInline(this.inline);
    this.inline = [];
    if (content.length) this.blocks.push(paragraph(content));
  }

  /** The collected content as inline nodes only (a heading's), blocks dropped to their text. */
  inlineOnly(): DocNode[] {
    return trimInline(this.inline);
  }
}

function sameMarks(a: DocMark[] | undefined, b: DocMark[]): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b);
}

function trimInline(nodes: DocNode[]): DocNode[] {
  const out = nodes.map((n) => ({ ...n }));
  while (out.length && out[0]?.type === 'hardBreak') out.shift();
  while (out.length && out.at(-1)?.type === 'hardBreak') out.pop();
  const first = out[0];
  if (first?.type === 'text') first.text = (first.text ?? '').replace(/^ +/, '');
  const last = out.at(-1);
  if (last?.type === 'text') last.text = (last.text ?? '').replace(/ +$/, '');
  return out.filter((n) => n.type !== 'text' || n.text !== '');
}

const isElement = (node: ChildNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';
const textOf = (node: ChildNode): string => (node.type === 'text' ? node.data : isElement(node) ? node.children.map(textOf).join('') : '');

function blocksOf(children: ChildNode[], marks: DocMark[] = []): DocNode[] {
  const builder = new BlockBuilder();
  for (const child of children) add(builder, child, marks);
  builder.flush();
  return builder.blocks;
}

function inlineOf(children: ChildNode[]): DocNode[] {
  const builder = new BlockBuilder();
  for (const child of children) add(builder, child, []);
  return builder.inlineOnly();
}

function cell(element: Element): DocNode {
  const content = blocksOf(element.children);
  return { type: element.name === 'th' ? 'tableHeader' : 'tableCell', content: content.length ? content : [paragraph([])] };
}

function rowsOf(element: Element): DocNode[] {
  return element.children.filter(isElement).flatMap((child): DocNode[] => {
    if (child.name === 'tr') {
      const cells = child.children.filter(isElement).filter((c) => c.name === 'td' || c.name === 'th');
      return cells.length ? [{ type: 'tableRow', content: cells.map(cell) }] : [];
    }
    return ['thead', 'tbody', 'tfoot'].includes(child.name) ? rowsOf(child) : [];
  });
}

function listOf(element: Element): DocNode {
  const items = element.children.filter(isElement).map((li): DocNode => {
    const content = blocksOf(li.children);
    return { type: 'listItem', content: content.length ? content : [paragraph([])] };
  });
  return { type: element.name === 'ol' ? 'orderedList' : 'bulletList', content: items.length ? items : [{ type: 'listItem', content: [paragraph([])] }] };
}

function addElement(builder: BlockBuilder, element: Element, marks: DocMark[]): void {
  const name = element.name.toLowerCase();
  if (SKIPPED.has(name)) return;
  const level = HEADINGS[name];
  if (level) return builder.block({ type: 'heading', attrs: { level }, content: inlineOf(element.children) });
  const mark = MARKS[name];
  if (mark) return element.children.forEach((child) => add(builder, child, [...marks, { type: mark }]));
  switch (name) {
    case 'a': {
      const href = element.attribs.href;
      const withLink = href ? [...marks, { type: 'link' as const, attrs: { href } }] : marks;
      return element.children.forEach((child) => add(builder, child, withLink));
    }
    case 'br':
      return builder.hardBreak();
    case 'img':
      return builder.block({ type: 'image', attrs: { src: element.attribs.src ?? '', alt: element.attribs.alt ?? '' } });
    case 'hr':
      return builder.block({ type: 'horizontalRule' });
    case 'p':
      builder.flush();
      element.children.forEach((child) => add(builder, child, marks));
      return builder.flush();
    case 'pre':
      return builder.block({ type: 'codeBlock', content: [{ type: 'text', text: textOf(element).replace(/\n$/, '') }] });
    case 'blockquote':
      return builder.block({ type: 'blockquote', content: blocksOf(element.children) });
    case 'ul':
    case 'ol':
      return builder.block(listOf(element));
    case 'table': {
      const rows = rowsOf(element);
      return rows.length ? builder.block({ type: 'table', content: rows }) : undefined;
    }
  }
  if (CONTAINERS.has(name) || name === 'li') {
    builder.flush();
    element.children.forEach((child) => add(builder, child, marks));
    return builder.flush();
  }
  element.children.forEach((child) => add(builder, child, marks));
}

function add(builder: BlockBuilder, node: ChildNode, marks: DocMark[]): void {
  if (node.type === 'text') builder.text(node.data, marks);
  else if (isElement(node)) addElement(builder, node, marks);
}

export interface HtmlArticle {
  doc: DocNode;
  /** The page's <title>, if any. */
  title: string;
  /** <meta name="author">, if any. */
  author: string;
}

/** An HTML document or fragment as a document of the article schema. */
export function htmlToDoc(html: string): HtmlArticle {
  const dom = parseDocument(html, { decodeEntities: true });
  let title = '';
  let author = '';
  const visit = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (!isElement(node)) continue;
      if (node.name === 'title' && !title) title = textOf(node).trim();
      if (node.name === 'meta' && node.attribs.name?.toLowerCase() === 'author') author = (node.attribs.content ?? '').trim();
      if (node.name === 'head' || node.name === 'html') visit(node.children);
    }
  };
  visit(dom.children);
  const content = blocksOf(dom.children);
  return { doc: { type: 'doc', content: content.length ? content : [paragraph([])] }, title, author };
}
