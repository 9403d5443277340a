import { useStore, type StoreApi } from 'zustand';
import type { ChangeEvent } from '../../src-shared/contract/define';
import { liveDeps, type ApiDeps } from './api';
import { attempt, type SaveResult } from './result';

// How every store keeps fresh (DESIGN.md §3.6): a write shows the server's answer; the change
// event that follows refreshes what the store does not already show, once; and only while
// something on screen reads the store. Events that come while nothing reads it only mark data
// stale, and the store refreshes once when a view reads it again.

/** What one change event means to one store. */
export interface Change {
  domain: string;
  /** Rows this store wrote and already shows (the server's answer). */
  own: string[];
  /** Rows changed elsewhere: another window, the CLI, an import, another store. */
  foreign: string[];
  /** The event named no rows (a restore): any row of the domain may have changed. */
  all: boolean;
}

/** Whether a change holds something the store does not already show. */
export function isForeign(change: Change): boolean {
  return change.all || change.foreign.length > 0;
}

/** How a store keeps fresh. */
export interface Freshness {
  /** The domains whose change events concern the store. */
  domains: readonly string[];
  /** Marks what a change makes stale, without fetching; called for every event, shown or not. */
  stale(change: Change): void;
  /** Marks everything stale: the workspace was replaced (a restore, the demo). */
  staleAll(): void;
  /** Fetches what is stale, nothing when nothing is; resolves when it shows. */
  refresh(): Promise<unknown>;
}

/** What a write leaves the store showing: the rows it wrote, or the whole domain (a profile, a menu). */
export type Written = readonly string[] | 'domain';

/** What a write left changed: nothing when its answer equals what was shown before (such a write has no change event). */
export function unlessUnchanged(before: unknown, answer: unknown, written: Written): Written {
  return JSON.stringify(before) === JSON.stringify(answer) ? [] : written;
}

/** The row an event id names: set members (`<itemId>:<tag>`, `<memberId>:<role>`) belong to their parent. */
const rowOf = (id: string) => id.split(':', 1)[0]!;
/** How long a written row waits for its event: a write that changed nothing has none. */
const OWN_EVENT_WAIT_MS = 5000;

/** One store's end of the change events; made by `follow`. */
export class Follower {
  private watchers = 0;
  /** Writes in flight: their events wait, so that the answer tells which rows are the store's own. */
  private holding = 0;
  private held: ChangeEvent[] = [];
  /** Rows written by this store, until their event comes (or the wait ends). */
  private readonly own = new Map<string, number>();
  private ownDomainUntil = 0;
  private missed = false;
  private scheduled = false;

  constructor(
    private readonly domain: string | undefined,
    private readonly freshness: Freshness,
  ) {}

  /** Whether a view reads the store. */
  get shown(): boolean {
    return this.watchers > 0;
  }

  /** A view started reading the store; the result stops it. */
  watch(): () => void {
    if (this.watchers++ === 0 && this.missed) this.schedule();
    let stopped = false;
    return () => {
      if (!stopped) this.watchers--;
      stopped = true;
    };
  }

  receive(event: ChangeEvent): void {
    if (!this.freshness.domains.includes(event.domain)) return;
    if (this.holding > 0) this.held.push(event);
    else this.apply(event);
  }

  /**
   * Runs a write; on success `show` puts the answer in the store and says which rows it wrote, so
   * their change event refreshes only what the answer does not show.
   */
  async write<T>(work: () => Promise<T>, show: (answer: T) => Written): Promise<SaveResult<T>> {
    this.hold();
    try {
      const result = await attempt(work);
      if (result.ok) this.mark(show(result.data));
      return result;
    } finally {
      this.release();
    }
  }

  hold(): void {
    this.holding++;
  }

  release(): void {
    if (--this.holding > 0) return;
    const held = this.held;
    this.held = [];
    for (const event of held) this.apply(event);
  }

  /** The workspace was replaced: the held events are covered by refetching everything. */
  replaced(): Promise<unknown> {
    this.held = [];
    this.freshness.staleAll();
    this.release();
    if (this.shown) return this.freshness.refresh();
    this.missed = true;
    return Promise.resolve();
  }

  private mark(written: Written): void {
    const until = Date.now() + OWN_EVENT_WAIT_MS;
    if (written === 'domain') this.ownDomainUntil = until;
    else for (const id of written) this.own.set(id, until);
  }

  private changeOf(event: ChangeEvent): Change {
    const now = Date.now();
    const ids = [...new Set((event.ids ?? []).map(rowOf))];
    const all = ids.length === 0;
    if (event.domain !== this.domain) return { domain: event.domain, own: [], foreign: ids, all };
    if (this.ownDomainUntil > now) {
      this.ownDomainUntil = 0;
      return { domain: event.domain, own: ids, foreign: [], all: false };
    }
    const own = new Set(ids.filter((id) => (this.own.get(id) ?? 0) > now));
    for (const [id, until] of this.own) if (own.has(id) || until <= now) this.own.delete(id);
    return { domain: event.domain, own: [...own], foreign: ids.filter((id) => !own.has(id)), all };
  }

  private apply(event: ChangeEvent): void {
    this.freshness.stale(this.changeOf(event));
    this.schedule();
  }

  /** One refresh for the events of one commit (one per domain, arriving together). */
  private schedule(): void {
    if (!this.shown) {
      this.missed = true;
      return;
    }
    this.missed = false;
    if (this.scheduled) return;
    this.scheduled = true;
    setTimeout(() => {
      this.scheduled = false;
      if (this.shown) void this.freshness.refresh().catch(() => undefined);
      else this.missed = true;
    }, 0);
  }
}

const followers = new WeakMap<ApiDeps['onChanged'], Set<Follower>>();

function followersOf(deps: ApiDeps): Set<Follower> {
  let set = followers.get(deps.onChanged);
  if (!set) followers.set(deps.onChanged, (set = new Set()));
  return set;
}

/**
 * Connects a store to the change events of `deps`. The store counts as shown while anything
 * subscribes to it: zustand's `useStore` subscribes while a component that reads it is mounted.
 * `domain` is the one the store writes (its own rows are told apart from others').
 */
export function follow<S>(store: StoreApi<S>, deps: ApiDeps, freshness: Freshness, domain?: string): Follower {
  const follower = new Follower(domain, freshness);
  deps.onChanged((event) => follower.receive(event));
  const subscribe = store.subscribe;
  store.subscribe = (listener) => {
    const unsubscribe = subscribe(listener);
    const unwatch = follower.watch();
    return () => {
      unsubscribe();
      unwatch();
    };
  };
  followersOf(deps).add(follower);
  return follower;
}

/**
 * Runs a write that replaces the workspace (a restore, the demo): every domain changes, so every
 * store refetches what it shows once (the others when shown again), instead of once per event.
 */
export async function replaceWorkspace<T>(deps: ApiDeps, work: () => Promise<T>): Promise<SaveResult<T>> {
  const all = [...followersOf(deps)];
  for (const follower of all) follower.hold();
  const result = await attempt(work);
  await Promise.all(all.map((follower) => (result.ok ? follower.replaced() : follower.release())));
  return result;
}

/**
 * Freshness of a store holding what one `reload` fetches (a list, a profile): a change it does
 * not show makes it stale, and a refresh reloads it once. The store's own load calls `loading`.
 */
export function reloadOnChange(domains: readonly string[], reload: () => Promise<unknown> | void): Freshness & { loading(): void } {
  let dirty = false;
  return {
    domains,
    stale: (change) => void (dirty ||= isForeign(change)),
    staleAll: () => void (dirty = true),
    refresh: async () => {
      if (dirty) await reload();
    },
    loading: () => void (dirty = false),
  };
}

/** The app's instance of a store (made on first use, with the real api) and its hook for views. */
export function liveStore<S>(create: (deps: ApiDeps) => StoreApi<S>): [() => StoreApi<S>, <T>(selector: (state: S) => T) => T] {
  let live: StoreApi<S> | undefined;
  const instance = () => (live ??= create(liveDeps()));
  return [instance, (selector) => useStore(instance(), selector)];
}
