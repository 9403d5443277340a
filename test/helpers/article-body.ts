import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { uuidv7 } from 'uuidv7';
import * as Y from 'yjs';
import { BODY_FIELD, docText } from '../../src-shared/domain/articles/doc';
import type { FieldChange } from '../../src-shared/domain/sync/lww';
import { openSqlite } from '../../src-main/db/connection';
import { docFromYDoc, fromBase64, toBase64 } from '../../src-main/services/articles/yjs-doc';
import { outboxChanges as changesOf } from '../../src-main/sync/outbox';

// An editor's body as a test drives it: a Y.Doc loaded from `articles.body`, edited the way
// TipTap's binding edits the fragment (text typed into a paragraph's text run, paragraphs added
// and removed), with its updates queued and handed out as `pushUpdates` batches.

export class BodyEditor {
  readonly ydoc = new Y.Doc();
  private queue: Uint8Array[] = [];

  constructor(state?: string) {
    if (state) Y.applyUpdate(this.ydoc, fromBase64(state), 'load');
    this.ydoc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'load') this.queue.push(update);
    });
  }

  private get fragment(): Y.XmlFragment {
    return this.ydoc.getXmlFragment(BODY_FIELD);
  }

  get paragraphs(): number {
    return this.fragment.length;
  }

  /** Types `text` at `offset` (clamped) of the paragraph at `index`. */
  type(index: number, offset: number, text: string): void {
    const paragraph = this.fragment.get(index) as Y.XmlElement;
    let run = paragraph.get(0) as Y.XmlText | undefined;
    if (!(run instanceof Y.XmlText)) paragraph.insert(0, [(run = new Y.XmlText())]);
    run.insert(Math.min(offset, run.length), text);
  }

  /** Deletes up to `count` characters at `offset` of the paragraph at `index`. */
  erase(index: number, offset: number, count: number): void {
    const run = (this.fragment.get(index) as Y.XmlElement).get(0);
    if (!(run instanceof Y.XmlText) || offset >= run.length) return;
    run.delete(offset, Math.min(count, run.length - offset));
  }

  /** A new paragraph holding `text` at position `index` of the body. */
  addParagraph(index: number, text: string): void {
    const paragraph = new Y.XmlElement('paragraph');
    if (text) paragraph.insert(0, [new Y.XmlText(text)]);
    this.fragment.insert(Math.min(index, this.fragment.length), [paragraph]);
  }

  /** What the editor would send now: the queued updates merged into one, under a new id (empty when nothing changed). */
  take(): Array<{ id: string; data: string }> {
    if (this.queue.length === 0) return [];
    const merged = Y.mergeUpdates(this.queue);
    this.queue = [];
    return [{ id: uuidv7(), data: toBase64(merged) }];
  }

  /** Applies updates from elsewhere (the back end's state, another device) without queueing them. */
  receive(state: string): void {
    Y.applyUpdate(this.ydoc, fromBase64(state), 'load');
  }

  text(): string {
    return docText(docFromYDoc(this.ydoc));
  }
}

/** A workspace's outbox after `afterSeq`, as the field changes sync would carry to another device. */
export function outboxChanges(dataDir: string, afterSeq = 0): { changes: FieldChange[]; lastSeq: number } {
  const sqlite = openSqlite(join(dataDir, 'workspace.sqlite'), { readOnly: true });
  try {
    const rows = sqlite.prepare('SELECT seq, tbl, row_id, field, value, hlc FROM outbox WHERE seq > ? ORDER BY seq').all(afterSeq) as Array<{
      seq: number;
      tbl: string;
      row_id: string;
      field: string;
      value: string;
      hlc: string;
    }>;
    return {
      changes: rows.flatMap((row) => changesOf(row)),
      lastSeq: rows.at(-1)?.seq ?? afterSeq,
    };
  } finally {
    sqlite.close();
  }
}

/** Reads a workspace's file directly (read-only), beside the back end that holds it. */
export function readWorkspace<T>(dataDir: string, read: (sqlite: Database.Database) => T): T {
  const sqlite = openSqlite(join(dataDir, 'workspace.sqlite'), { readOnly: true });
  try {
    return read(sqlite);
  } finally {
    sqlite.close();
  }
}
