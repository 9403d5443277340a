import type { ComponentType, ReactNode } from 'react';
import type { RouteBase, RouteDef } from './router';

/** A page and the route that opens it. */
export interface ScreenPage {
  route: RouteDef<RouteBase>;
  Page: ComponentType<{ route: RouteBase }>;
}

/** Pairs a route with its page; the page is typed with its own route. */
export function screenPage<R extends RouteBase>(route: RouteDef<R>, Page: ComponentType<{ route: R }>): ScreenPage {
  // The shell gives a page only routes that its own `parse` made, so widening the type is safe.
  return { route, Page } as unknown as ScreenPage;
}

/**
 * A feature's entry in the left menu and the pages it owns (`features/<domain>/screen.tsx`); the
 * shell builds the menu and the page switch from the list of them. Every page of a screen keeps its
 * entry highlighted (an account's page keeps 账号 lit).
 */
export interface Screen {
  /** The menu key; the entry's test id is `nav-<key>`. */
  key: string;
  icon: ReactNode;
  /** Translation key of the menu label. */
  labelKey: string;
  /** Where the menu entry leads. */
  href: string;
  /** Position in the menu, smallest first. */
  order: number;
  pages: ScreenPage[];
}
