import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Menu, MenuTopItem } from '../../../src-shared/contract/menus';
import { checkMenu, type MenuAction, type MenuNode } from '../../../src-shared/domain/menus/menu-rules';
import { menuItems } from '../../db/schema';
import { liveColumnsOf } from '../columns/columns-service';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { requireLive } from '../references';

type MenuItemRow = typeof menuItems.$inferSelect;

function toAction(row: MenuItemRow): MenuAction {
  switch (row.actionKind) {
    case 'column':
      return { kind: 'column', columnId: row.columnId ?? '' };
    case 'url':
      return { kind: 'url', url: row.url };
    case 'reply':
      return { kind: 'reply', text: row.replyText };
    default:
      return { kind: 'none' };
  }
}

function actionFields(action: MenuAction) {
  return {
    actionKind: action.kind,
    columnId: action.kind === 'column' ? action.columnId : null,
    url: action.kind === 'url' ? action.url : '',
    replyText: action.kind === 'reply' ? action.text : '',
  };
}

function liveItems(ctx: ServiceContext, accountId: string): MenuItemRow[] {
  return ctx.db
    .select()
    .from(menuItems)
    .where(and(eq(menuItems.accountId, accountId), isNull(menuItems.deletedAt)))
    .orderBy(asc(menuItems.position))
    .all();
}

function readMenu(ctx: ServiceContext, accountId: string): Menu {
  const rows = liveItems(ctx, accountId);
  const tops = rows.filter((r) => r.parentId === null);
  const items = tops.map((top) => ({
    name: top.name,
    action: toAction(top),
    children: rows.filter((r) => r.parentId === top.id).map((sub) => ({ name: sub.name, action: toAction(sub), children: [] })),
  }));
  const updatedAt = rows.reduce<string | null>((latest, r) => (latest === null || r.updatedAt > latest ? r.updatedAt : latest), null);
  return { accountId, items, updatedAt };
}

export function createMenusService(ctx: ServiceContext) {
  /** Writes one level of the tree, reusing the rows at the same positions so ids and clocks stay stable. */
  function writeLevel(accountId: string, parentId: string | null, nodes: MenuNode[], existing: MenuItemRow[]): string[] {
    const ids = nodes.map((node, position) => {
      const values = { accountId, parentId, position, name: node.name, ...actionFields(node.children.length > 0 ? { kind: 'none' } : node.action) };
      const reuse = existing[position];
      if (!reuse) return ctx.repo.insert(menuItems, values);
      ctx.repo.update(menuItems, reuse.id, values);
      return reuse.id;
    });
    for (const extra of existing.slice(nodes.length)) ctx.repo.tombstone(menuItems, extra.id);
    return ids;
  }

  return {
    get({ accountId }: { accountId: string }): Menu {
      requireLive(ctx, 'account', accountId, 'accountId');
      return readMenu(ctx, accountId);
    },
    save({ accountId, items }: { accountId: string; items: MenuTopItem[] }): Menu {
      ctx.repo.transaction(() => {
        requireLive(ctx, 'account', accountId, 'accountId');
        const columnIds = new Set(liveColumnsOf(ctx, accountId).map((c) => c.id));
        const errors = checkMenu(items, columnIds).filter((p) => p.severity === 'error');
        if (errors.length > 0) {
          throw new AppError(
            'validation',
            'the menu breaks WeChat limits',
            errors.map((p) => ({ path: ['items', ...p.path], message: `menu.problems.${p.code}`, ...(p.params ? { params: p.params } : {}) })),
          );
        }
        const rows = liveItems(ctx, accountId);
        const topRows = rows.filter((r) => r.parentId === null);
        const topIds = writeLevel(accountId, null, items, topRows);
        items.forEach((top, i) =>
          writeLevel(
            accountId,
            topIds[i]!,
            top.children,
            rows.filter((r) => r.parentId === topIds[i]),
          ),
        );
        // Sub-items of top items that no longer exist go too.
        for (const orphan of rows.filter((r) => r.parentId !== null && !topIds.includes(r.parentId))) ctx.repo.tombstone(menuItems, orphan.id);
      });
      return readMenu(ctx, accountId);
    },
  };
}
