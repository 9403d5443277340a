import { isForeign, type Freshness } from './live-store';

/**
 * Freshness of a store holding one entry per opened account (columns, menus). An event's ids name
 * rows, not accounts, so a change elsewhere makes every opened account stale; a refresh reloads
 * the account a view loaded last (the one on screen), and the others reload when a view opens
 * them (views load their account when they mount; an account held and unchanged is not fetched).
 */
export function perAccountFreshness(domain: string, opened: () => string[], load: (accountId: string) => Promise<unknown>): Freshness & { wants(accountId: string): boolean } {
  const dirty = new Set<string>();
  let current: string | undefined;
  const staleAll = () => opened().forEach((accountId) => dirty.add(accountId));
  return {
    domains: [domain],
    stale: (change) => isForeign(change) && staleAll(),
    staleAll,
    refresh: async () => {
      if (current && dirty.has(current)) await load(current);
    },
    /** A view loads the account: whether it must be fetched (not held, or changed since). */
    wants(accountId) {
      current = accountId;
      return dirty.delete(accountId) || !opened().includes(accountId);
    },
  };
}
