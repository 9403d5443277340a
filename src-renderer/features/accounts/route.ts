import type { RouteDef } from '../../lib/router';

/** The tabs of an account's page: 资料, 栏目, 菜单 (WeChat accounts only). */
export type AccountTab = 'profile' | 'columns' | 'menu';
export interface AccountsRoute {
  name: 'accounts';
}
export interface AccountRoute {
  name: 'account';
  id: string;
  tab: AccountTab;
}

/** `#/accounts`: the list, also the first screen. */
export const accountsRouteDef: RouteDef<AccountsRoute> = {
  name: 'accounts',
  parse: ({ path }) => (path[0] === 'accounts' && !path[1] ? { name: 'accounts' } : null),
  href: () => '#/accounts',
};

/** `#/accounts/<id>` (资料), `#/accounts/<id>/columns`, `#/accounts/<id>/menu`. */
export const accountRouteDef: RouteDef<AccountRoute> = {
  name: 'account',
  parse: ({ path: [area, id, tab] }) => (area === 'accounts' && id ? { name: 'account', id, tab: tab === 'columns' || tab === 'menu' ? tab : 'profile' } : null),
  href: ({ id, tab }) => `#/accounts/${encodeURIComponent(id)}${tab === 'profile' ? '' : `/${tab}`}`,
};

export const accountsHref = (): string => accountsRouteDef.href({ name: 'accounts' });
export const accountHref = (id: string, tab: AccountTab = 'profile'): string => accountRouteDef.href({ name: 'account', id, tab });
