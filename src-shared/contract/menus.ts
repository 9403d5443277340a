import { z } from 'zod';
import { defineDomain, method } from './define';
import { cleanText, Id } from './common';

export const MenuAction = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('column'), columnId: Id }),
  z.object({ kind: z.literal('url'), url: z.string().max(1000, 'validation.tooLong').transform(cleanText) }),
  z.object({ kind: z.literal('reply'), text: z.string().max(600, 'validation.tooLong').transform(cleanText) }),
  z.object({ kind: z.literal('none') }),
]);

const MenuName = z.string().max(30, 'validation.tooLong').transform(cleanText);

export const MenuSubItem = z.object({ name: MenuName, action: MenuAction, children: z.array(z.never()).default([]) });
export const MenuTopItem = z.object({ name: MenuName, action: MenuAction, children: z.array(MenuSubItem).max(10) });
export type MenuTopItem = z.infer<typeof MenuTopItem>;

/** 自定义菜单 of one account, as a tree of at most 3 × 5 items. */
export const Menu = z.object({ accountId: Id, items: z.array(MenuTopItem).max(10), updatedAt: z.string().nullable() });
export type Menu = z.infer<typeof Menu>;

export const menusContract = defineDomain('menus', {
  get: method("An account's custom menu.", z.object({ accountId: Id }), Menu),
  save: method("Replaces an account's custom menu; refused while it breaks WeChat's limits.", z.object({ accountId: Id, items: z.array(MenuTopItem).max(10) }), Menu),
});
