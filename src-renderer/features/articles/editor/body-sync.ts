import { uuidv7 } from 'uuidv7';
import * as Y from 'yjs';
import { base64ToBytes, bytesToBase64 } from './base64';

// The editor's half of the body's write path (docs/ARCHITECTURE.md, "Body storage"): every local
// Yjs update is queued; 300 ms after the last one, and at most 1 s after the first unsent one,
// the queue is merged into one update with a client-made id and pushed. A batch keeps its id
// until it is acknowledged, so a retry after a lost answer stores nothing twice; a failed push
// keeps everything and retries with a growing pause, also after close (the article was left while
// the back end was away), until the back end takes it or refuses it for good. `keep` is told the
// unacknowledged batches whenever they change, so the caller can stash them where a reload finds
// them. Nothing here knows the API: `push` does.

/** Sent this long after the last local change… */
export const SAVE_AFTER_IDLE_MS = 300;
/** …and at the latest this long after the first unsent one, while typing goes on. */
export const SAVE_AT_LATEST_MS = 1000;
const RETRY_PAUSES_MS = [1000, 2000, 5000, 10_000];
/** Unacknowledged batches beyond this are merged into one (Yjs applies repeated content as a no-op). */
const MAX_BATCHES = 20;

/** The origin of updates that came from the back end (the loaded state, pulls): never sent back. */
export const FROM_SERVER = Symbol('from-server');

export interface PendingUpdate {
  id: string;
  /** Base64 of a Yjs v1 update. */
  data: string;
}

/** What the page header shows: 保存中… / 已保存 hh:mm:ss / 保存失败，正在重试. */
export type SaveStatus = { kind: 'saved'; at: number | null } | { kind: 'saving' } | { kind: 'failed'; error: unknown };

export interface BodySyncOptions {
  /** Stores the updates on the back end; throws when they were not stored. */
  push(updates: PendingUpdate[]): Promise<void>;
  onStatus(status: SaveStatus): void;
  /** The unacknowledged batches, whenever they change (empty once all is stored). */
  keep?(batches: readonly PendingUpdate[]): void;
  /** A refusal that no retry changes (the article is gone, the update is refused): retrying stops. */
  isPermanent?(error: unknown): boolean;
  /** Batches a previous session left unacknowledged: already in the document, sent first with their ids. */
  pending?: readonly PendingUpdate[];
  now?: () => number;
}

export class BodySync {
  private queued: Uint8Array[] = [];
  private batches: PendingUpdate[] = [];
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private latestTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private sending: Promise<boolean> | null = null;
  private failures = 0;
  private closed = false;
  private status: SaveStatus = { kind: 'saved', at: null };

  constructor(
    readonly ydoc: Y.Doc,
    private readonly options: BodySyncOptions,
  ) {
    ydoc.on('update', this.onUpdate);
    if (options.pending?.length) {
      this.batches = [...options.pending];
      this.setStatus({ kind: 'saving' });
      void this.sendSoon();
    }
  }

  /** Whether some local change is not acknowledged yet. */
  get unsaved(): boolean {
    return this.queued.length > 0 || this.batches.length > 0;
  }

  /** Applies the back end's state (the load, a pull after another window's edit); idempotent. */
  applyServerState(state: Uint8Array): void {
    Y.applyUpdate(this.ydoc, state, FROM_SERVER);
  }

  /** Sends what is unsent now (page hidden, leaving the article); resolves true when all of it is acknowledged. */
  async flush(): Promise<boolean> {
    this.clearTimers();
    if (this.sending) await this.sending;
    if (!this.unsaved) return true;
    return this.send();
  }

  /**
   * Flushes, then stops listening: later changes of the document are not sent. What the back end
   * did not take yet keeps being retried.
   */
  async close(): Promise<boolean> {
    const saved = await this.flush();
    this.closed = true;
    if (saved) this.clearTimers();
    this.ydoc.off('update', this.onUpdate);
    return saved;
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === FROM_SERVER || this.closed) return;
    this.queued.push(update);
    if (this.status.kind === 'saved') this.setStatus({ kind: 'saving' });
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.sendSoon(), SAVE_AFTER_IDLE_MS);
    this.latestTimer ??= setTimeout(() => void this.sendSoon(), SAVE_AT_LATEST_MS);
  };

  private async sendSoon(): Promise<void> {
    this.clearTimers();
    // A push in flight: its end sends what queued meanwhile.
    if (!this.sending) await this.send();
  }

  private send(): Promise<boolean> {
    const sending = this.pushBatches().finally(() => {
      this.sending = null;
      if (this.queued.length > 0 && !this.closed && this.failures === 0) this.latestTimer ??= setTimeout(() => void this.sendSoon(), SAVE_AFTER_IDLE_MS);
    });
    this.sending = sending;
    return sending;
  }

  private async pushBatches(): Promise<boolean> {
    if (this.batchQueued()) this.options.keep?.(this.batches);
    const sent = this.batches.slice();
    if (sent.length === 0) return true;
    try {
      await this.options.push(sent);
    } catch (error) {
      this.failures++;
      this.setStatus({ kind: 'failed', error });
      if (!this.options.isPermanent?.(error)) this.retryTimer = setTimeout(() => void this.sendSoon(), RETRY_PAUSES_MS[Math.min(this.failures, RETRY_PAUSES_MS.length) - 1]);
      return false;
    }
    this.failures = 0;
    this.batches = this.batches.filter((batch) => !sent.includes(batch));
    this.options.keep?.(this.batches);
    this.setStatus(this.unsaved ? { kind: 'saving' } : { kind: 'saved', at: (this.options.now ?? Date.now)() });
    return !this.unsaved;
  }

  /** Merges the queue into one batch with a new id; too many unacknowledged batches become one. Whether the batches changed. */
  private batchQueued(): boolean {
    if (this.queued.length === 0) return false;
    this.batches.push({ id: uuidv7(), data: bytesToBase64(Y.mergeUpdates(this.queued)) });
    this.queued = [];
    if (this.batches.length > MAX_BATCHES) {
      const merged = Y.mergeUpdates(this.batches.map((batch) => base64ToBytes(batch.data)));
      this.batches = [{ id: uuidv7(), data: bytesToBase64(merged) }];
    }
    return true;
  }

  private setStatus(status: SaveStatus): void {
    this.status = status;
    this.options.onStatus(status);
  }

  private clearTimers(): void {
    clearTimeout(this.idleTimer);
    clearTimeout(this.latestTimer);
    clearTimeout(this.retryTimer);
    this.idleTimer = this.latestTimer = this.retryTimer = undefined;
  }
}
