import * as Y from 'yjs';
import { BODY_FIELD, MARK_NAMES, NODE_NAMES, type DocMark, type DocNode } from '../../../src-shared/domain/articles/doc';

// ProseMirror JSON ↔ the Yjs XML fragment TipTap's Collaboration extension edits, in the layout
// of y-prosemirror (which TipTap's y-tiptap keeps): a node is an XmlElement named by its type
// with its non-null attrs as attributes; a block's run of text nodes is one XmlText whose
// formatting attributes are the marks, `{ [markName]: markAttrs }`. The binding writes a node's
// attrs as ProseMirror holds them (schema defaults filled in, nulls left out) and a mark's attrs
// whole (nulls kept), so JSON missing defaults (a template, the 选题说明) is completed here with
// TipTap's defaults (SCHEMA_DEFAULTS, checked against TipTap's schema in a test). The back end builds a
// body once where an article is created (never per device: two seeded copies would merge
// into doubled text) and reads bodies back for derived text, HTML, search and export.

/** The attrs TipTap's extensions declare, with their defaults (StarterKit, Image, Table, TextStyle/Color, Highlight, TextAlign). */
export const SCHEMA_DEFAULTS: { nodes: Record<string, Record<string, unknown>>; marks: Record<string, Record<string, unknown>> } = {
  nodes: {
    paragraph: { textAlign: null },
    heading: { textAlign: null, level: 1 },
    codeBlock: { language: null },
    orderedList: { start: 1, type: null },
    image: { src: null, alt: null, title: null, width: null, height: null },
    tableCell: { colspan: 1, rowspan: 1, colwidth: null, align: null },
    tableHeader: { colspan: 1, rowspan: 1, colwidth: null, align: null },
  },
  marks: {
    link: { href: null, target: '_blank', rel: 'noopener noreferrer nofollow', class: null, title: null },
    textStyle: { color: null },
    highlight: { color: null },
  },
};

const NODES = new Set<string>(NODE_NAMES);
const MARKS = new Set<string>(MARK_NAMES);

export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

export function fromBase64(data: string): Uint8Array {
  return new Uint8Array(Buffer.from(data, 'base64'));
}

/** A new body document holding `doc`, as one Yjs update (the article's first log row). */
export function updateFromDoc(doc: DocNode): Uint8Array {
  const ydoc = new Y.Doc();
  ydoc.transact(() => {
    const fragment = ydoc.getXmlFragment(BODY_FIELD);
    fragment.insert(0, blocksOf(doc));
  });
  const update = Y.encodeStateAsUpdate(ydoc);
  ydoc.destroy();
  return update;
}

/** Replaces the whole body of `ydoc` by `doc` in one transaction (restoring a revision is a forward edit). */
export function replaceBody(ydoc: Y.Doc, doc: DocNode, origin?: unknown): void {
  ydoc.transact(() => {
    const fragment = ydoc.getXmlFragment(BODY_FIELD);
    fragment.delete(0, fragment.length);
    fragment.insert(0, blocksOf(doc));
  }, origin);
}

/** The ProseMirror JSON of a body document. */
export function docFromYDoc(ydoc: Y.Doc): DocNode {
  const fragment = ydoc.getXmlFragment(BODY_FIELD);
  const content = fragment.toArray().flatMap((child) => fromYNode(child));
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}

/** The top-level nodes as Yjs elements; types outside the schema (and stray text) are dropped, as the editor would. */
function blocksOf(doc: DocNode): Y.XmlElement[] {
  return (doc.content ?? []).filter((node) => node.type !== 'text').flatMap((node) => toYNode(node) ?? []);
}

function toYNode(node: DocNode): Y.XmlElement | null {
  if (!NODES.has(node.type) || node.type === 'doc') return null;
  const element = new Y.XmlElement(node.type);
  const attrs = { ...SCHEMA_DEFAULTS.nodes[node.type], ...node.attrs };
  for (const [key, value] of Object.entries(attrs)) if (value !== null && value !== undefined) element.setAttribute(key, value as string);
  const children: Array<Y.XmlElement | Y.XmlText> = [];
  let run: Y.XmlText | null = null;
  let offset = 0;
  for (const child of node.content ?? []) {
    if (child.type !== 'text') {
      const yChild = toYNode(child);
      if (!yChild) continue;
      run = null;
      children.push(yChild);
      continue;
    }
    const text = child.text ?? '';
    if (text === '') continue;
    if (!run) {
      // A type not yet in a document queues its edits (Yjs's prelim content) and replays them when inserted.
      children.push((run = new Y.XmlText()));
      offset = 0;
    }
    run.insert(offset, text, marksToAttributes(child.marks));
    offset += text.length;
  }
  element.insert(0, children);
  return element;
}

function marksToAttributes(marks: DocMark[] | undefined): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const mark of marks ?? []) if (MARKS.has(mark.type)) attributes[mark.type] = { ...SCHEMA_DEFAULTS.marks[mark.type], ...mark.attrs };
  return attributes;
}

function fromYNode(node: Y.XmlElement | Y.XmlText | Y.XmlHook): DocNode[] {
  if (node instanceof Y.XmlText) {
    const delta = node.toDelta() as Array<{ insert: unknown; attributes?: Record<string, Record<string, unknown>> }>;
    return delta
      .filter((op) => typeof op.insert === 'string' && op.insert !== '')
      .map((op) => {
        const text: DocNode = { type: 'text', text: op.insert as string };
        const marks = Object.entries(op.attributes ?? {}).map(([type, attrs]) => {
          const mark: DocMark = { type: type.split('--')[0] as DocMark['type'] };
          if (attrs && typeof attrs === 'object' && Object.keys(attrs).length > 0) mark.attrs = attrs;
          return mark;
        });
        if (marks.length > 0) text.marks = marks;
        return text;
      });
  }
  if (!(node instanceof Y.XmlElement)) return [];
  const result: DocNode = { type: node.nodeName };
  const attrs = node.getAttributes();
  if (Object.keys(attrs).length > 0) result.attrs = attrs;
  const content = node.toArray().flatMap((child) => fromYNode(child));
  if (content.length > 0) result.content = content;
  return [result];
}
