import { and, asc, eq, isNull, type SQL } from 'drizzle-orm';
import { LibraryItemCategory, LibraryItemKind, type LibraryItem, type LibraryItemPatch } from '../../../src-shared/contract/library';
import type { DocNode } from '../../../src-shared/domain/articles/doc';
import { libraryItems } from '../../db/schema';
import type { ServiceContext } from '../context';
import { requireRow } from '../references';
import type { z } from 'zod';

// Templates and blocks of the library: rows whose content is ProseMirror JSON text.

type ItemRow = typeof libraryItems.$inferSelect;

function parseContent(text: string): DocNode {
  try {
    const doc = JSON.parse(text) as DocNode;
    if (doc && doc.type === 'doc') return doc;
  } catch {
    // A row synced from a broken device: shown empty rather than failing the whole list.
  }
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

export function toLibraryItem(row: ItemRow): LibraryItem {
  return {
    id: row.id,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    kind: LibraryItemKind.catch('block').parse(row.kind),
    category: LibraryItemCategory.catch('other').parse(row.category),
    name: row.name,
    content: parseContent(row.content),
  };
}

export interface NewLibraryItem {
  kind: LibraryItem['kind'];
  category: LibraryItem['category'];
  name: string;
  content: DocNode;
}

export function createItemsService(ctx: ServiceContext) {
  const find = (id: string) => requireRow(ctx.db.select().from(libraryItems).where(eq(libraryItems.id, id)).get(), 'library item', id);

  return {
    list({ kind, category }: { kind?: LibraryItem['kind']; category?: LibraryItem['category'] }): LibraryItem[] {
      const where: SQL[] = [isNull(libraryItems.deletedAt)];
      if (kind) where.push(eq(libraryItems.kind, kind));
      if (category) where.push(eq(libraryItems.category, category));
      return ctx.db
        .select()
        .from(libraryItems)
        .where(and(...where))
        .orderBy(asc(libraryItems.kind), asc(libraryItems.createdAt))
        .all()
        .map(toLibraryItem);
    },
    create(input: NewLibraryItem): LibraryItem {
      const id = ctx.repo.insert(libraryItems, { ...input, content: JSON.stringify(input.content) });
      return toLibraryItem(find(id));
    },
    update({ id, patch }: { id: string; patch: z.infer<typeof LibraryItemPatch> }): LibraryItem {
      find(id);
      ctx.repo.update(libraryItems, id, { name: patch.name, category: patch.category, content: patch.content ? JSON.stringify(patch.content) : undefined });
      return toLibraryItem(find(id));
    },
    remove({ id }: { id: string }) {
      find(id);
      ctx.repo.tombstone(libraryItems, id);
      return { ok: true as const };
    },
    restore({ id }: { id: string }): LibraryItem {
      find(id);
      ctx.repo.restore(libraryItems, id);
      return toLibraryItem(find(id));
    },
  };
}
