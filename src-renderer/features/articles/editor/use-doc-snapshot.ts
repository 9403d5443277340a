import type { Editor } from '@tiptap/react';
import type { Node } from '@tiptap/pm/model';
import { useCallback, useSyncExternalStore } from 'react';
import type { DocNode } from '../../../../src-shared/domain/articles/doc';

// The body as ProseMirror JSON for what reads the whole document (status bar, outline, live
// checks): taken once per pause in typing and shared by every reader of one editor, so a
// keystroke in a 20,000-character article costs no serialisation.

/** A pause in typing this long refreshes the snapshot. */
export const SNAPSHOT_AFTER_MS = 150;

interface Snapshot {
  doc: DocNode;
  /** The ProseMirror document `doc` was taken from (immutable: a new one per change). */
  source: Node;
  listeners: Set<() => void>;
  timer?: ReturnType<typeof setTimeout>;
  stop?: () => void;
}

const snapshots = new WeakMap<Editor, Snapshot>();

function snapshotOf(editor: Editor): Snapshot {
  let snapshot = snapshots.get(editor);
  if (!snapshot) snapshots.set(editor, (snapshot = { doc: editor.getJSON() as DocNode, source: editor.state.doc, listeners: new Set() }));
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
    const onUpdate = () => {
      clearTimeout(snapshot.timer);
      snapshot.timer = setTimeout(refresh, SNAPSHOT_AFTER_MS);
    };
    editor.on('update', onUpdate);
    // Changes while nobody listened are caught up now.
    refresh();
    snapshot.stop = () => {
      editor.off('update', onUpdate);
      clearTimeout(snapshot.timer);
      snapshot.stop = undefined;
    };
  }
  return () => {
    snapshot.listeners.delete(listener);
    if (snapshot.listeners.size === 0) snapshot.stop?.();
  };
}

/** The ProseMirror document the current snapshot was taken from: positions found in the snapshot hold while the editor still shows it. */
export function snapshotSourceOf(editor: Editor): Node {
  return snapshotOf(editor).source;
}

const EMPTY: DocNode = { type: 'doc', content: [] };

/** The editor's document as JSON, at most SNAPSHOT_AFTER_MS behind; an empty doc without an editor. */
export function useDocSnapshot(editor: Editor | null): DocNode {
  const subscribeToEditor = useCallback((listener: () => void) => (editor ? subscribe(editor, listener) : () => undefined), [editor]);
  return useSyncExternalStore(subscribeToEditor, () => (editor ? snapshotOf(editor).doc : EMPTY));
}
