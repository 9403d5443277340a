import type { Node } from '@tiptap/pm/model';
import type { Editor } from '@tiptap/react';
import { useCallback, useSyncExternalStore } from 'react';
import type { DocNode } from '../../../../src-shared/domain/articles/doc';

// The body as ProseMirror JSON for what reads the whole document (status bar, outline, live
// checks): taken once per pause in typing and shared by every reader of one editor, so a
// keystroke in a 20,000-character article costs no serialisation. The first one is taken after
// the body's first paint, so opening a long article shows its text before its counts and checks.

/** A pause in typing this long refreshes the snapshot. */
export const SNAPSHOT_AFTER_MS = 150;

interface Snapshot {
  /** null until the first snapshot, just after the editor's first paint. */
  doc: DocNode | null;
  /** The ProseMirror document `doc` was taken from (immutable: a new one per change). */
  source: Node | null;
  listeners: Set<() => void>;
  timer?: ReturnType<typeof setTimeout>;
  frame?: number;
  stop?: () => void;
}

const snapshots = new WeakMap<Editor, Snapshot>();

function snapshotOf(editor: Editor): Snapshot {
  let snapshot = snapshots.get(editor);
  if (!snapshot) snapshots.set(editor, (snapshot = { doc: null, source: null, listeners: new Set() }));
  return snapshot;
}

function subscribe(editor: Editor, listener: () => void): () => void {
  const snapshot = snapshotOf(editor);
  snapshot.listeners.add(listener);
  if (!snapshot.stop) {
    const refresh = () => {
      snapshot.timer = undefined;
      if (editor.isDestroyed || editor.state.doc === snapshot.source) return;
      snapshot.source = editor.state.doc;
      snapshot.doc = editor.getJSON() as DocNode;
      snapshot.listeners.forEach((notify) => notify());
    };
    const later = (ms: number) => {
      clearTimeout(snapshot.timer);
      snapshot.timer = setTimeout(refresh, ms);
    };
    const onUpdate = () => later(SNAPSHOT_AFTER_MS);
    editor.on('update', onUpdate);
    // The first snapshot (or changes while nobody listened) right after the next paint: a frame's callback runs before it, a timer set there after it.
    snapshot.frame = requestAnimationFrame(() => later(0));
    snapshot.stop = () => {
      editor.off('update', onUpdate);
      clearTimeout(snapshot.timer);
      cancelAnimationFrame(snapshot.frame ?? 0);
      snapshot.stop = undefined;
    };
  }
  return () => {
    snapshot.listeners.delete(listener);
    if (snapshot.listeners.size === 0) snapshot.stop?.();
  };
}

/** The ProseMirror document the current snapshot was taken from: positions found in the snapshot hold while the editor still shows it. */
export function snapshotSourceOf(editor: Editor): Node | null {
  return snapshotOf(editor).source;
}

/** The editor's document as JSON, at most SNAPSHOT_AFTER_MS behind; null before the first snapshot and without an editor. */
export function useDocSnapshot(editor: Editor | null): DocNode | null {
  const subscribeToEditor = useCallback((listener: () => void) => (editor ? subscribe(editor, listener) : () => undefined), [editor]);
  return useSyncExternalStore(subscribeToEditor, () => (editor ? snapshotOf(editor).doc : null));
}
