import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { base64ToBytes, bytesToBase64 } from '../editor/base64';

// Comments anchored to ranges of the body. An anchor is two Yjs relative positions (base64 of
// Y.encodeRelativePosition, as JSON {from, to}): they point at characters of the shared document,
// not at offsets, so a range follows the text through local edits and other devices' edits alike.
// The back end stores anchors as opaque strings. The extension highlights the anchored ranges: local
// transactions map the highlights as ProseMirror maps any position; a change that came through Yjs
// (a remote update, the binding's first render) replaces the whole document, so the ranges are
// resolved again from their relative positions.

/** What the y-prosemirror binding holds: the shared document, the fragment the editor shows, and its Yjs ↔ ProseMirror node mapping. */
export interface YBinding {
  doc: Y.Doc;
  type: Y.XmlFragment;
  mapping: Map<Y.AbstractType<unknown>, unknown>;
}

export interface Range {
  from: number;
  to: number;
}

/** A comment's anchored range as the editor highlights it. */
export interface CommentAnchor {
  id: string;
  anchor: string;
  resolved: boolean;
}

/** The anchor of a range of the editor's document (positions as ProseMirror counts them). */
export function anchorOfRange(binding: Pick<YBinding, 'type' | 'mapping'>, range: Range): string {
  const encode = (pos: number) => bytesToBase64(Y.encodeRelativePosition(absolutePositionToRelativePosition(pos, binding.type, binding.mapping as never)));
  return JSON.stringify({ from: encode(range.from), to: encode(range.to) });
}

/** Where an anchor's range is now, or null when its text was deleted (or the anchor is not one of ours). */
export function rangeOfAnchor(binding: YBinding, anchor: string): Range | null {
  try {
    const { from, to } = JSON.parse(anchor) as { from?: unknown; to?: unknown };
    if (typeof from !== 'string' || typeof to !== 'string') return null;
    const resolve = (encoded: string) => relativePositionToAbsolutePosition(binding.doc, binding.type, Y.decodeRelativePosition(base64ToBytes(encoded)), binding.mapping as never);
    const start = resolve(from);
    const end = resolve(to);
    return start === null || end === null || end <= start ? null : { from: start, to: end };
  } catch {
    return null;
  }
}

/** The binding of the editor's collaboration plugin, once it has one. */
export function bindingOf(state: EditorState): YBinding | null {
  const binding = (ySyncPluginKey.getState(state) as { binding?: YBinding | null } | undefined)?.binding;
  return binding ?? null;
}

interface AnchorsState {
  anchors: readonly CommentAnchor[];
  activeId: string | null;
  decorations: DecorationSet;
}

export const commentAnchorsKey = new PluginKey<AnchorsState>('commentAnchors');

type AnchorsMeta = { anchors: readonly CommentAnchor[] } | { activeId: string | null };

function decorate(state: EditorState, anchors: readonly CommentAnchor[], activeId: string | null): DecorationSet {
  const binding = bindingOf(state);
  if (!binding) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  for (const comment of anchors) {
    const range = rangeOfAnchor(binding, comment.anchor);
    if (!range || range.to > state.doc.content.size) continue;
    const classes = ['comment-anchor', comment.resolved ? 'comment-anchor-resolved' : '', comment.id === activeId ? 'comment-anchor-active' : ''].filter(Boolean);
    decorations.push(Decoration.inline(range.from, range.to, { class: classes.join(' '), 'data-comment-id': comment.id }, { commentId: comment.id }));
  }
  return DecorationSet.create(state.doc, decorations);
}

function applyTransaction(tr: Transaction, old: AnchorsState, newState: EditorState): AnchorsState {
  const meta = tr.getMeta(commentAnchorsKey) as AnchorsMeta | undefined;
  const throughYjs = (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin === true;
  if (meta || throughYjs) {
    const anchors = meta && 'anchors' in meta ? meta.anchors : old.anchors;
    const activeId = meta && 'activeId' in meta ? meta.activeId : old.activeId;
    return { anchors, activeId, decorations: decorate(newState, anchors, activeId) };
  }
  return tr.docChanged ? { ...old, decorations: old.decorations.map(tr.mapping, tr.doc) } : old;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    commentAnchors: {
      /** Shows these comments' ranges (resolved ones faintly). */
      setCommentAnchors: (anchors: readonly CommentAnchor[]) => ReturnType;
      /** Marks one comment's range as the one being read (null: none). */
      setActiveComment: (id: string | null) => ReturnType;
    };
  }
}

/** Highlights commented ranges in the editor; needs the Collaboration extension (the Yjs binding). */
export const CommentAnchors = Extension.create({
  name: 'commentAnchors',
  addCommands() {
    return {
      setCommentAnchors:
        (anchors) =>
        ({ tr, dispatch }) => {
          dispatch?.(tr.setMeta(commentAnchorsKey, { anchors } satisfies AnchorsMeta));
          return true;
        },
      setActiveComment:
        (activeId) =>
        ({ tr, dispatch }) => {
          dispatch?.(tr.setMeta(commentAnchorsKey, { activeId } satisfies AnchorsMeta));
          return true;
        },
    };
  },
  addProseMirrorPlugins() {
    return [
      new Plugin<AnchorsState>({
        key: commentAnchorsKey,
        state: {
          init: () => ({ anchors: [], activeId: null, decorations: DecorationSet.empty }),
          apply: (tr, old, _oldState, newState) => applyTransaction(tr, old, newState),
        },
        props: {
          decorations: (state) => commentAnchorsKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});

/** The range a comment covers now in this editor's document, for selecting it. */
export function commentRange(state: EditorState, commentId: string): Range | null {
  const found = commentAnchorsKey.getState(state)?.decorations.find(undefined, undefined, (spec) => spec.commentId === commentId)[0];
  return found ? { from: found.from, to: found.to } : null;
}

/** The anchor of the editor's current selection, or null when nothing is selected (or there is no binding yet). */
export function anchorOfSelection(state: EditorState): { anchor: string; quote: string } | null {
  const { from, to, empty } = state.selection;
  const binding = bindingOf(state);
  if (empty || !binding) return null;
  return { anchor: anchorOfRange(binding, { from, to }), quote: state.doc.textBetween(from, to, '\n').slice(0, 500) };
}
