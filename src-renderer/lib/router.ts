import { useLayoutEffect, useMemo, useSyncExternalStore } from 'react';

// A tiny hash router: the place lives in `location.hash`, so a reload keeps it and browser mode
// needs no server-side routes. Query parameters after `?` carry a screen's view state. Each
// feature declares its own routes (`features/<domain>/route.ts`); the shell composes them.

/** What every route has: the name of the screen it opens. */
export interface RouteBase {
  name: string;
}

/** A hash taken apart: `#/accounts/a1/columns?x=1` → path ['accounts', 'a1', 'columns'], query x=1. */
export interface HashPlace {
  path: string[];
  query: URLSearchParams;
}

/** One screen's route: it reads the hashes that are its own and writes its own. */
export interface RouteDef<R extends RouteBase> {
  name: R['name'];
  /** The route when the hash belongs to this screen, else null. */
  parse(place: HashPlace): R | null;
  href(route: R): string;
}

export interface Router<R extends RouteBase> {
  /** The first route that claims the hash, else null (an empty or unknown hash: the shell opens home). */
  parse(hash: string): R | null;
  href(route: R): string;
}

export function placeOf(hash: string): HashPlace {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  return { path: path.split('/').filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(search) };
}

/** A screen without parameters: `#/<name>` (anything after it is ignored). */
export function plainRoute<N extends string>(name: N): RouteDef<{ name: N }> {
  return { name, parse: ({ path }) => (path[0] === name ? { name } : null), href: () => `#/${name}` };
}

/** Composes the features' routes, asked in list order. */
export function createRouter<R extends RouteBase>(defs: ReadonlyArray<RouteDef<R>>): Router<R> {
  const byName = new Map(defs.map((def) => [def.name, def]));
  if (byName.size !== defs.length) throw new Error('Two routes share a name');
  return {
    parse(hash) {
      const place = placeOf(hash);
      for (const def of defs) {
        const route = def.parse(place);
        if (route) return route;
      }
      return null;
    },
    href(route) {
      const def = byName.get(route.name);
      if (!def) throw new Error(`No route is named ${route.name}`);
      return def.href(route);
    },
  };
}

export function navigate(href: string): void {
  window.location.hash = href;
}

function subscribe(callback: () => void): () => void {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

/** The route of the address bar; an empty or unknown hash opens `home`, which the address bar then shows. */
export function useRoute<R extends RouteBase>(router: Router<R>, home: R): R {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  // One route object per hash, so screens can memoize on it.
  const route = useMemo(() => router.parse(hash), [router, hash]);
  useLayoutEffect(() => {
    // Replaced, not pushed: Back leaves the app rather than returning to a hash that means home.
    if (!route) window.history.replaceState(window.history.state, '', router.href(home));
  }, [route, router, home]);
  return route ?? home;
}
