// The article body's document model, as ProseMirror JSON: what the editor (TipTap), the Yjs
// converter of the back end, the linter, the WeChat HTML renderer and the exports share. The
// names are TipTap's (StarterKit, Image, Table, TextStyle/Color, Highlight, TextAlign), so the
// editor's `getJSON()` is a DocNode and the Yjs fragment maps to it one to one.

export interface DocMark {
  type: MarkName;
  attrs?: Record<string, unknown>;
}

export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  /** Text nodes only. */
  text?: string;
  marks?: DocMark[];
}

/** Block and inline node types of the schema; anything else is dropped on the way in. */
export const NODE_NAMES = [
  'doc',
  'paragraph',
  'heading',
  'text',
  'hardBreak',
  'blockquote',
  'bulletList',
  'orderedList',
  'listItem',
  'horizontalRule',
  'image',
  'table',
  'tableRow',
  'tableHeader',
  'tableCell',
  'codeBlock',
] as const;
export type NodeName = (typeof NODE_NAMES)[number];

export const MARK_NAMES = ['bold', 'italic', 'underline', 'strike', 'code', 'link', 'textStyle', 'highlight'] as const;
export type MarkName = (typeof MARK_NAMES)[number];

/** The Yjs XML fragment holding the body (TipTap Collaboration's `field`). */
export const BODY_FIELD = 'default';

/** An empty body: one empty paragraph, as the editor starts. */
export function emptyDoc(): DocNode {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

/** A body of plain paragraphs (a 选题说明, a pasted text file), one per non-empty line. */
export function docFromParagraphs(text: string): DocNode {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length === 0) return emptyDoc();
  return { type: 'doc', content: lines.map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })) };
}

const BLOCK_BREAKS = new Set<string>(['paragraph', 'heading', 'blockquote', 'listItem', 'tableRow', 'codeBlock', 'horizontalRule', 'image']);

/** The body's text, one line per block (paragraphs, headings, list items, table rows; cells by tab). */
export function docText(doc: DocNode): string {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    if (line !== '') lines.push(line);
    line = '';
  };
  const walk = (node: DocNode) => {
    if (node.type === 'text') line += node.text ?? '';
    else if (node.type === 'hardBreak') line += '\n';
    if (node.type === 'tableCell' || node.type === 'tableHeader') {
      if (line !== '') line += '\t';
    }
    for (const child of node.content ?? []) walk(child);
    if (BLOCK_BREAKS.has(node.type) && node.type !== 'blockquote') flush();
  };
  walk(doc);
  flush();
  return lines.join('\n');
}

/** Every node of a type, depth first (images, links' text nodes, headings for the outline). */
export function nodesOf(doc: DocNode, type: string): DocNode[] {
  const found: DocNode[] = [];
  const walk = (node: DocNode) => {
    if (node.type === type) found.push(node);
    for (const child of node.content ?? []) walk(child);
  };
  walk(doc);
  return found;
}
