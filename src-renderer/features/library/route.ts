import type { RouteDef } from '../../lib/router';

/** The tabs of 素材库. */
export type LibraryTab = 'images' | 'blocks' | 'templates';
export interface LibraryRoute {
  name: 'library';
  tab: LibraryTab;
}

/** `#/library` (图片), `#/library/blocks`, `#/library/templates`. */
export const libraryRouteDef: RouteDef<LibraryRoute> = {
  name: 'library',
  parse: ({ path: [area, tab] }) => (area === 'library' ? { name: 'library', tab: tab === 'blocks' || tab === 'templates' ? tab : 'images' } : null),
  href: ({ tab }) => (tab === 'images' ? '#/library' : `#/library/${tab}`),
};

export const libraryHref = (tab: LibraryTab = 'images'): string => libraryRouteDef.href({ name: 'library', tab });
