import type { RouteDef } from '../../lib/router';

export interface SyncRoute {
  name: 'sync';
}

/** `#/settings/sync`: a page of 设置 (its menu entry stays lit). */
export const syncRouteDef: RouteDef<SyncRoute> = {
  name: 'sync',
  parse: ({ path }) => (path[0] === 'settings' && path[1] === 'sync' ? { name: 'sync' } : null),
  href: () => '#/settings/sync',
};

export const syncHref = (): string => syncRouteDef.href({ name: 'sync' });
