import { getSchema } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { initProseMirrorDoc, prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { anchorOfRange, rangeOfAnchor, type YBinding } from '../../../../src-renderer/features/articles/review/comment-anchors';

// An anchor is two Yjs relative positions: it must keep covering the same words while text is
// typed before it here and while another device edits the same article concurrently.

const schema = getSchema([StarterKit]);

function paragraphs(...texts: string[]) {
  return { type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
}

/** The editor's view of a Yjs document: the ProseMirror document and the binding's mapping, as y-prosemirror builds them. */
function bound(doc: Y.Doc): { pm: Node; binding: YBinding } {
  const type = doc.getXmlFragment('default');
  const { doc: pm, meta } = initProseMirrorDoc(type, schema);
  return { pm, binding: { doc, type, mapping: meta.mapping } };
}

/** The ProseMirror range of the first occurrence of `words`. */
function rangeOf(pm: Node, words: string) {
  let found: { from: number; to: number } | null = null;
  pm.descendants((node, pos) => {
    const at = node.isText ? node.text!.indexOf(words) : -1;
    if (!found && at >= 0) found = { from: pos + at, to: pos + at + words.length };
  });
  if (!found) throw new Error(`${words} is not in the document`);
  return found;
}

function textAt(doc: Y.Doc, anchor: string): string | null {
  const { pm, binding } = bound(doc);
  const range = rangeOfAnchor(binding, anchor);
  return range && pm.textBetween(range.from, range.to);
}

function aDocument(...texts: string[]): Y.Doc {
  const doc = new Y.Doc();
  prosemirrorJSONToYXmlFragment(schema, paragraphs(...texts), doc.getXmlFragment('default'));
  return doc;
}

/** The Y.XmlText of the n-th paragraph. */
function paragraphText(doc: Y.Doc, n: number): Y.XmlText {
  return (doc.getXmlFragment('default').get(n) as Y.XmlElement).get(0) as Y.XmlText;
}

describe('a comment anchor', () => {
  it('follows insertions before it, in its paragraph and above it', () => {
    const doc = aDocument('双十一当天全城最低价，先到先得。', '活动详情见文末。');
    const { pm, binding } = bound(doc);
    const anchor = anchorOfRange(binding, rangeOf(pm, '全城最低价'));

    paragraphText(doc, 0).insert(0, '【快讯】');
    expect(textAt(doc, anchor)).toBe('全城最低价');
    doc.getXmlFragment('default').insert(0, [new Y.XmlElement('paragraph')]);
    (doc.getXmlFragment('default').get(0) as Y.XmlElement).insert(0, [new Y.XmlText('新加的第一段')]);
    expect(textAt(doc, anchor)).toBe('全城最低价');
    expect(bound(doc).pm.textContent).toBe('新加的第一段【快讯】双十一当天全城最低价，先到先得。活动详情见文末。');
  });

  it('survives a concurrent edit from another device, on both devices', () => {
    const here = aDocument('双十一当天全城最低价，先到先得。');
    const there = new Y.Doc();
    Y.applyUpdate(there, Y.encodeStateAsUpdate(here));
    const { pm, binding } = bound(here);
    const anchor = anchorOfRange(binding, rangeOf(pm, '全城最低价'));

    // Offline on both sides: here text goes before the range, there inside the paragraph and after it.
    paragraphText(here, 0).insert(0, '各位会员：');
    paragraphText(there, 0).insert('双十一'.length, '（11月11日）');
    paragraphText(there, 0).insert(paragraphText(there, 0).length, '数量有限。');
    Y.applyUpdate(here, Y.encodeStateAsUpdate(there, Y.encodeStateVector(here)));
    Y.applyUpdate(there, Y.encodeStateAsUpdate(here, Y.encodeStateVector(there)));

    expect(bound(here).pm.textContent).toBe('各位会员：双十一（11月11日）当天全城最低价，先到先得。数量有限。');
    expect(textAt(here, anchor)).toBe('全城最低价');
    expect(textAt(there, anchor)).toBe('全城最低价');
  });

  it('resolves to nothing once its text is deleted, or when it is not an anchor', () => {
    const doc = aDocument('双十一当天全城最低价，先到先得。');
    const { pm, binding } = bound(doc);
    const anchor = anchorOfRange(binding, rangeOf(pm, '全城最低价'));
    paragraphText(doc, 0).delete('双十一当天'.length, '全城最低价'.length);
    expect(textAt(doc, anchor)).toBeNull();
    expect(rangeOfAnchor(bound(doc).binding, 'not json')).toBeNull();
    expect(rangeOfAnchor(bound(doc).binding, '')).toBeNull();
  });
});
