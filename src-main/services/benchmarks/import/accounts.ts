import { isNotNull, isNull } from 'drizzle-orm';
import { accounts, peerAccounts } from '../../../db/schema';
import type { ServiceContext } from '../../context';
import { importedPeerId } from '../ids';

// Who a row's figures belong to: an own account (by name or WeChat id) or a peer (by name or
// handle). A name the register does not know becomes a new peer account (a WeChat subscription
// account), created with the rows that name it and listed in the summary. Its id comes from its
// name (ids.ts), so the same file imported on two devices makes one peer; a name of a deleted peer
// brings that peer back instead of making a second one.

const WECHAT = new Set(['wechat_subscription', 'wechat_service']);

export const nameKey = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

interface Known {
  id: string;
  own: boolean;
  wechat: boolean;
}

export interface NewPeer {
  id: string;
  name: string;
  handle: string;
  /** A valid row names it: it is created with the rows. */
  used: boolean;
  /** A deleted peer of this name (or id): it is restored, not created. */
  restore: boolean;
}

export type AccountPick = { id: string; newPeer?: NewPeer } | { error: 'validation.import.ambiguousAccount' };

export class AccountRegister {
  private readonly byKey = new Map<string, Known[]>();
  private readonly pending = new Map<string, NewPeer>();
  /** Deleted peers by name key (the latest deleted wins), and every deleted peer's id. */
  private readonly deleted = new Map<string, string>();
  private readonly deletedIds = new Set<string>();
  private readonly liveIds = new Set<string>();
  readonly ownWechat: string[] = [];
  readonly ownIds = new Set<string>();

  constructor(ctx: ServiceContext) {
    const add = (key: string, known: Known) => {
      if (!key) return;
      const list = this.byKey.get(key) ?? [];
      if (!list.some((k) => k.id === known.id)) list.push(known);
      this.byKey.set(key, list);
    };
    for (const a of ctx.db.select({ id: accounts.id, name: accounts.name, handle: accounts.handle, platform: accounts.platform }).from(accounts).where(isNull(accounts.deletedAt)).all()) {
      const known = { id: a.id, own: true, wechat: WECHAT.has(a.platform) };
      this.ownIds.add(a.id);
      if (known.wechat) this.ownWechat.push(a.id);
      add(nameKey(a.name), known);
      add(nameKey(a.handle), known);
    }
    for (const p of ctx.db.select({ id: peerAccounts.id, name: peerAccounts.name, handle: peerAccounts.handle }).from(peerAccounts).where(isNull(peerAccounts.deletedAt)).all()) {
      const known = { id: p.id, own: false, wechat: true };
      this.liveIds.add(p.id);
      add(nameKey(p.name), known);
      add(nameKey(p.handle), known);
    }
    for (const p of ctx.db.select({ id: peerAccounts.id, name: peerAccounts.name }).from(peerAccounts).where(isNotNull(peerAccounts.deletedAt)).orderBy(peerAccounts.deletedAt).all()) {
      this.deletedIds.add(p.id);
      this.deleted.set(nameKey(p.name), p.id);
    }
  }

  /**
   * The account a row names by its name and/or handle. Several matches: the WeChat ones, then the
   * handle decides; still several is ambiguous. No match: a deleted peer of that name comes back,
   * else a new peer (one per name in the file, its id from the name).
   */
  pick(name: string, handle: string): AccountPick | undefined {
    const byHandle = handle ? (this.byKey.get(nameKey(handle)) ?? []) : [];
    let found = name ? (this.byKey.get(nameKey(name)) ?? []) : byHandle;
    if (found.length > 1 && byHandle.length) found = found.filter((k) => byHandle.some((h) => h.id === k.id));
    if (found.length > 1) found = found.filter((k) => k.wechat);
    if (found.length === 0 && byHandle.length === 1) found = byHandle;
    if (found.length === 1) return { id: found[0]!.id };
    if (found.length > 1) return { error: 'validation.import.ambiguousAccount' };
    if (!name) return undefined;
    const key = nameKey(name);
    // The peer an import of this name made, renamed since: still that peer.
    if (this.liveIds.has(importedPeerId(key))) return { id: importedPeerId(key) };
    let peer = this.pending.get(key);
    if (!peer) {
      const id = this.deleted.get(key) ?? importedPeerId(key);
      peer = { id, name, handle, used: false, restore: this.deletedIds.has(id) };
      this.pending.set(key, peer);
    }
    return { id: peer.id, newPeer: peer };
  }

  /** The new peers valid rows name, in the order the file names them. */
  newPeers(): NewPeer[] {
    return [...this.pending.values()].filter((p) => p.used);
  }
}
