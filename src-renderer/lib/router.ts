import { useSyncExternalStore } from 'react';

// A tiny hash router: the place lives in `location.hash`, so a reload keeps it and browser mode
// needs no server-side routes.

export type AccountTab = 'profile' | 'columns' | 'menu';
export type Route =
  | { name: 'accounts' }
  | { name: 'account'; id: string; tab: AccountTab }
  | { name: 'team' }
  | { name: 'settings' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [area, id, tab] = parts;
  if (area === 'team') return { name: 'team' };
  if (area === 'settings') return { name: 'settings' };
  if (area === 'accounts' && id) {
    return { name: 'account', id, tab: tab === 'columns' || tab === 'menu' ? tab : 'profile' };
  }
  return { name: 'accounts' };
}

export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'account':
      return `#/accounts/${encodeURIComponent(route.id)}${route.tab === 'profile' ? '' : `/${route.tab}`}`;
    default:
      return `#/${route.name}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}

function subscribe(callback: () => void): () => void {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
