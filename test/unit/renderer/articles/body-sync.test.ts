import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { base64ToBytes, bytesToBase64 } from '../../../../src-renderer/features/articles/editor/base64';
import { BodySync, type PendingUpdate, type SaveStatus } from '../../../../src-renderer/features/articles/editor/body-sync';

// The editor's write path with real Yjs documents: what is pushed, when, and what a failure keeps.

function typeInto(ydoc: Y.Doc, text: string): void {
  ydoc.getText('t').insert(ydoc.getText('t').length, text);
}

function replay(pushes: PendingUpdate[][]): string {
  const copy = new Y.Doc();
  for (const push of pushes) for (const update of push) Y.applyUpdate(copy, base64ToBytes(update.data));
  return copy.getText('t').toString();
}

describe('BodySync', () => {
  let pushes: PendingUpdate[][];
  let statuses: SaveStatus[];
  let failNext: number;
  let ydoc: Y.Doc;
  let sync: BodySync;

  beforeEach(() => {
    vi.useFakeTimers();
    pushes = [];
    statuses = [];
    failNext = 0;
    ydoc = new Y.Doc();
    sync = new BodySync(ydoc, {
      push: async (updates) => {
        pushes.push(updates);
        if (failNext > 0) {
          failNext--;
          throw new Error('offline');
        }
      },
      onStatus: (status) => statuses.push(status),
      now: () => 42,
    });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends the keystrokes as one merged update 300 ms after the last one', async () => {
    for (const char of 'hello') {
      typeInto(ydoc, char);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(pushes).toHaveLength(0);
    expect(statuses.at(-1)).toEqual({ kind: 'saving' });
    await vi.advanceTimersByTimeAsync(200);
    expect(pushes).toHaveLength(1);
    expect(pushes[0]).toHaveLength(1);
    expect(replay(pushes)).toBe('hello');
    expect(statuses.at(-1)).toEqual({ kind: 'saved', at: 42 });
  });

  it('sends at the latest 1 s after the first unsent change while typing goes on', async () => {
    for (let i = 0; i < 12; i++) {
      typeInto(ydoc, 'x');
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(pushes).toHaveLength(1);
    expect(replay(pushes)).toBe('x'.repeat(10));
    await vi.advanceTimersByTimeAsync(300);
    expect(replay(pushes)).toBe('x'.repeat(12));
  });

  it('keeps a failed batch and retries it with the same id, with what was typed meanwhile', async () => {
    failNext = 1;
    typeInto(ydoc, 'ab');
    await vi.advanceTimersByTimeAsync(300);
    expect(statuses.at(-1)).toMatchObject({ kind: 'failed' });
    typeInto(ydoc, 'c');
    await vi.advanceTimersByTimeAsync(1000);
    const [failed, retried] = [pushes[0]!, pushes.at(-1)!];
    expect(retried[0]!.id).toBe(failed[0]!.id);
    expect(replay([retried])).toBe('abc');
    expect(statuses.at(-1)).toEqual({ kind: 'saved', at: 42 });
    expect(sync.unsaved).toBe(false);
  });

  it('does not send back what came from the back end', async () => {
    const other = new Y.Doc();
    typeInto(other, 'from elsewhere');
    sync.applyServerState(Y.encodeStateAsUpdate(other));
    await vi.advanceTimersByTimeAsync(2000);
    expect(pushes).toHaveLength(0);
    expect(ydoc.getText('t').toString()).toBe('from elsewhere');
  });

  it('keeps retrying after close what the back end did not take, and tells what is still unsent', async () => {
    const kept: string[][] = [];
    const offline = new BodySync(new Y.Doc(), {
      push: async (updates) => {
        pushes.push(updates);
        if (failNext-- > 0) throw new Error('offline');
      },
      onStatus: () => {},
      keep: (batches) => kept.push(batches.map((b) => b.id)),
    });
    failNext = 2;
    typeInto(offline.ydoc, 'left while offline');
    expect(await offline.close()).toBe(false);
    expect(kept.at(-1)).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000 + 2000);
    expect(replay([pushes.at(-1)!])).toBe('left while offline');
    expect(new Set(pushes.map((p) => p[0]!.id)).size).toBe(1);
    expect(kept.at(-1)).toEqual([]);
  });

  it('stops retrying a refusal no retry changes', async () => {
    const refused = new BodySync(new Y.Doc(), {
      push: async (updates) => {
        pushes.push(updates);
        throw new Error('not_found');
      },
      onStatus: (status) => statuses.push(status),
      isPermanent: (error) => (error as Error).message === 'not_found',
    });
    typeInto(refused.ydoc, 'gone');
    await vi.advanceTimersByTimeAsync(300 + 20_000);
    expect(pushes).toHaveLength(1);
    expect(statuses.at(-1)).toMatchObject({ kind: 'failed' });
    expect(refused.unsaved).toBe(true);
  });

  it('sends first, with their ids, the batches a previous session left unsent', async () => {
    const earlier = new Y.Doc();
    typeInto(earlier, 'from before the reload');
    const stashed = { id: 'batch-1', data: bytesToBase64(Y.encodeStateAsUpdate(earlier)) };
    const reopened = new BodySync(new Y.Doc(), { push: async (updates) => void pushes.push(updates), onStatus: (status) => statuses.push(status), pending: [stashed] });
    await vi.advanceTimersByTimeAsync(0);
    expect(pushes[0]).toEqual([stashed]);
    expect(reopened.unsaved).toBe(false);
    expect(statuses.at(-1)).toMatchObject({ kind: 'saved' });
  });

  it('flushes at once when the page is left, and stops sending after close', async () => {
    typeInto(ydoc, 'bye');
    expect(await sync.close()).toBe(true);
    expect(replay(pushes)).toBe('bye');
    typeInto(ydoc, '!');
    await vi.advanceTimersByTimeAsync(2000);
    expect(pushes).toHaveLength(1);
  });
});
