import { createStore, type StoreApi } from 'zustand';
import * as Y from 'yjs';
import { asApiError, type ApiCallError, type ApiDeps } from '../../../lib/api';
import { follow, isForeign, liveStore, type Freshness } from '../../../lib/live-store';
import { base64ToBytes } from './base64';
import { BodySync, FROM_SERVER, type PendingUpdate, type SaveStatus } from './body-sync';

// The body of the article open in the editor: its Y.Doc, loaded from the back end's merged state
// (never seeded here: docs/ARCHITECTURE.md "Seeding once"), its save status, and the pull that
// brings in another window's edits when `articles.changed` names rows this window did not write
// (applying the merged state again is a no-op for what the editor already holds). One article is
// open at a time; opening another flushes and closes the first. Edits the back end has not taken
// yet are stashed in localStorage until it does, so leaving the article or reloading the window
// while the back end is away loses nothing: the next open sends them first (their ids make a
// second send store nothing). Browser mode's origin changes with its port, so there the stash
// lives as long as the back end's run; Electron's app:// origin keeps it.

export interface OpenBody {
  articleId: string;
  ydoc: Y.Doc;
}

export interface BodyState {
  /** The loaded body; null while loading and when none is open. */
  body: OpenBody | null;
  loadError: ApiCallError | null;
  save: BodySaveStatus;
  open(articleId: string): Promise<void>;
  /** Sends the unsent edits and closes the body (only when `articleId` is still the open one). */
  close(articleId: string): Promise<void>;
  /** Sends the unsent edits now; true when everything is saved. */
  flush(): Promise<boolean>;
}

/** The save status with its error as the API gave it. */
export type BodySaveStatus = Exclude<SaveStatus, { kind: 'failed' }> | { kind: 'failed'; error: ApiCallError };

interface Session {
  articleId: string;
  sync: BodySync | null;
  stopListening?: () => void;
}

export function createBodyStore(deps: ApiDeps): StoreApi<BodyState> {
  const { api } = deps;
  let session: Session | null = null;
  let stale = false;

  const pull = async (current: Session) => {
    const { state } = await api.articles.body({ id: current.articleId });
    if (session === current) current.sync?.applyServerState(base64ToBytes(state));
  };

  const freshness: Freshness = {
    domains: ['articles'],
    // A body's event names its update rows and the article: any id this window did not write may be another window's edit of this body (or a restore).
    stale: (change) => void (stale ||= session !== null && isForeign(change)),
    staleAll: () => void (stale = true),
    refresh: async () => {
      if (!stale || !session?.sync) return;
      stale = false;
      await pull(session);
    },
  };

  const store: StoreApi<BodyState> = createStore<BodyState>()((set, get) => ({
    body: null,
    loadError: null,
    save: { kind: 'saved', at: null },
    async open(articleId) {
      if (session?.articleId === articleId) return;
      if (session) await get().close(session.articleId);
      const current: Session = { articleId, sync: null };
      session = current;
      set({ body: null, loadError: null, save: { kind: 'saved', at: null } });
      let state: string;
      try {
        ({ state } = await api.articles.body({ id: articleId }));
      } catch (error) {
        if (session === current) set({ loadError: asApiError(error) });
        return;
      }
      if (session !== current) return;
      const ydoc = new Y.Doc();
      const pending = readStash(articleId);
      for (const batch of pending) Y.applyUpdate(ydoc, base64ToBytes(batch.data), FROM_SERVER);
      current.sync = new BodySync(ydoc, {
        pending,
        keep: (batches) => writeStash(articleId, batches),
        // The article is gone or the update is refused: retrying changes nothing (the status says why).
        isPermanent: (error) => ['not_found', 'validation'].includes(asApiError(error).code),
        push: async (updates) => {
          const result = await follower.write(
            () => api.articles.pushUpdates({ id: articleId, updates }),
            // The event names the update rows and their article (so the preview and the panels follow); both are this window's.
            () => [articleId, ...updates.map((update) => update.id)],
          );
          if (!result.ok) throw result.error;
        },
        onStatus: (save) => {
          if (session === current) set({ save: save.kind === 'failed' ? { kind: 'failed', error: asApiError(save.error) } : save });
        },
      });
      current.sync.applyServerState(base64ToBytes(state));
      current.stopListening = flushWhenLeaving(current.sync);
      set({ body: { articleId, ydoc } });
    },
    async close(articleId) {
      const current = session;
      if (current?.articleId !== articleId) return;
      session = null;
      current.stopListening?.();
      set({ body: null, loadError: null });
      if (!current.sync) return;
      // Unsent edits stay queued (and stashed) and keep being retried after the document is gone.
      await current.sync.close();
      current.sync.ydoc.destroy();
    },
    async flush() {
      return (await session?.sync?.flush()) ?? true;
    },
  }));
  const follower = follow(store, deps, freshness, 'articles');
  return store;
}

const stashKey = (articleId: string) => `opsbench.unsentBody.${articleId}`;

/** The batches a previous session could not send; a stash that does not parse is dropped. */
function readStash(articleId: string): PendingUpdate[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(stashKey(articleId)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((b): b is PendingUpdate => typeof b?.id === 'string' && typeof b?.data === 'string') : [];
  } catch {
    return [];
  }
}

function writeStash(articleId: string, batches: readonly PendingUpdate[]): void {
  try {
    if (batches.length === 0) localStorage.removeItem(stashKey(articleId));
    else localStorage.setItem(stashKey(articleId), JSON.stringify(batches));
  } catch (error) {
    // A full storage quota: the edits are still queued in memory and retried.
    console.warn(`unsent edits of ${articleId} could not be stashed: ${(error as Error).message}`);
  }
}

/** Sends unsent edits when the page is hidden or unloads; a reload with unsent edits asks first. */
function flushWhenLeaving(sync: BodySync): () => void {
  const onHidden = () => {
    if (document.visibilityState === 'hidden') void sync.flush();
  };
  const onPageHide = () => void sync.flush();
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!sync.unsaved) return;
    void sync.flush();
    event.preventDefault();
  };
  document.addEventListener('visibilitychange', onHidden);
  window.addEventListener('pagehide', onPageHide);
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    document.removeEventListener('visibilitychange', onHidden);
    window.removeEventListener('pagehide', onPageHide);
    window.removeEventListener('beforeunload', onBeforeUnload);
  };
}

export const [bodyStore, useBody] = liveStore(createBodyStore);
