import { isForeign, type Freshness } from './live-store';

/**
 * Freshness of a store holding one entry per opened account (columns, menus). An event's ids name
 * rows, not accounts, so a change elsewhere makes every opened account stale; a refresh reloads
 * the account a view loaded last (the one on screen), and the others reload when a view opens
 * them (views load their account when they mount).
 */
export function perAccountFreshness(domain: string, opened: () => string[], load: (accountId: string) => Promise<unknown>): Freshness & { loading(accountId: string): void } {
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
    loading(accountId) {
      current = accountId;
      dirty.delete(accountId);
    },
  };
}
