import { getSchema } from '@tiptap/core';
import Highlight from '@tiptap/extension-highlight';
import Image from '@tiptap/extension-image';
import { TableKit } from '@tiptap/extension-table';
import TextAlign from '@tiptap/extension-text-align';
import { Color, TextStyle } from '@tiptap/extension-text-style';
import StarterKit from '@tiptap/starter-kit';
import { prosemirrorJSONToYDoc, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { BODY_FIELD, type DocNode } from '../../../src-shared/domain/articles/doc';
import { docFromYDoc, replaceBody, SCHEMA_DEFAULTS, updateFromDoc } from '../../../src-main/services/articles/yjs-doc';

// The back end seeds and restores bodies in Yjs itself; the editor then edits them through
// TipTap's binding. Both must write the very same layout, or the editor would rewrite the seeded
// body on its first keystroke (and two devices would merge two versions of it).

const schema = getSchema([StarterKit, Image, TableKit, TextStyle, Color, Highlight.configure({ multicolor: true }), TextAlign.configure({ types: ['heading', 'paragraph'] })]);

const text = (value: string, marks?: DocNode['marks']): DocNode => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });

/** A body with every node and mark the editor offers, written as a template would be (defaults left out). */
const everything: DocNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2, textAlign: 'center' }, content: [text('门店焕新')] },
    { type: 'heading', content: [text('没有级别的标题')] },
    paragraph(
      text('你好，'),
      text('粗体链接', [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://example.cn' } }]),
      { type: 'hardBreak' },
      text('红字', [{ type: 'textStyle', attrs: { color: '#e53935' } }]),
      text('高亮', [{ type: 'highlight', attrs: { color: '#fff59d' } }]),
      text('斜下删码', [{ type: 'italic' }, { type: 'underline' }, { type: 'strike' }]),
      text('code', [{ type: 'code' }]),
    ),
    { type: 'paragraph' },
    { type: 'blockquote', content: [paragraph(text('引用'))] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('项一'))] }] },
    { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [paragraph(text('第三'))] }] },
    { type: 'horizontalRule' },
    { type: 'image', attrs: { src: 'asset:abc', alt: '门头' } },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            { type: 'tableHeader', content: [paragraph(text('日期'))] },
            { type: 'tableHeader', content: [paragraph(text('活动'))] },
          ],
        },
        { type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 2 }, content: [paragraph(text('12 月 12 日 满减'))] }] },
      ],
    },
    { type: 'codeBlock', attrs: { language: 'js' }, content: [text('let a = 1;')] },
  ],
};

/** The Yjs tree as plain data: element names and attributes, text runs as deltas. */
function layout(node: Y.XmlFragment | Y.XmlElement | Y.XmlText | Y.XmlHook): unknown {
  if (node instanceof Y.XmlText) return { delta: node.toDelta() };
  if (node instanceof Y.XmlElement) return { name: node.nodeName, attrs: node.getAttributes(), children: node.toArray().map(layout) };
  if (node instanceof Y.XmlFragment) return node.toArray().map(layout);
  return null;
}

function ydocOf(update: Uint8Array): Y.Doc {
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, update);
  return ydoc;
}

describe('the body in Yjs', () => {
  it('is laid out exactly as TipTap’s collaboration binding lays out the same document', () => {
    const ours = ydocOf(updateFromDoc(everything)).getXmlFragment(BODY_FIELD);
    const tiptaps = prosemirrorJSONToYDoc(schema, everything, BODY_FIELD).getXmlFragment(BODY_FIELD);
    expect(layout(ours)).toEqual(layout(tiptaps));
  });

  it('reads back as the binding reads it, and as the document the editor would hold', () => {
    const ydoc = ydocOf(updateFromDoc(everything));
    const json = docFromYDoc(ydoc);
    // The binding's reader keeps an empty `attrs: {}` on marks without attributes; ProseMirror reads both alike.
    expect(schema.nodeFromJSON(json).eq(schema.nodeFromJSON(yXmlFragmentToProsemirrorJSON(ydoc.getXmlFragment(BODY_FIELD))))).toBe(true);
    expect(schema.nodeFromJSON(json).eq(schema.nodeFromJSON(everything))).toBe(true);
  });

  it('fills in the defaults TipTap’s schema declares, no more and no fewer', () => {
    const defaultsOf = (types: Record<string, { spec: { attrs?: Record<string, { default?: unknown }> } }>) =>
      Object.fromEntries(
        Object.entries(types)
          .filter(([, type]) => Object.keys(type.spec.attrs ?? {}).length > 0)
          .map(([name, type]) => [name, Object.fromEntries(Object.entries(type.spec.attrs!).map(([key, attr]) => [key, attr.default]))]),
      );
    expect(SCHEMA_DEFAULTS.nodes).toEqual(defaultsOf(schema.nodes as never));
    expect(SCHEMA_DEFAULTS.marks).toEqual(defaultsOf(schema.marks as never));
  });

  it('replaces the whole body in one edit, as restoring a revision does', () => {
    const ydoc = ydocOf(updateFromDoc(everything));
    replaceBody(ydoc, { type: 'doc', content: [paragraph(text('只剩这一段'))] });
    expect(docFromYDoc(ydoc)).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [text('只剩这一段')] }] });
    expect(layout(ydoc.getXmlFragment(BODY_FIELD))).toEqual(layout(prosemirrorJSONToYDoc(schema, { type: 'doc', content: [paragraph(text('只剩这一段'))] }, BODY_FIELD).getXmlFragment(BODY_FIELD)));
  });
});
