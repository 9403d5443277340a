import { and, desc, eq, isNull } from 'drizzle-orm';
import type { AnyColumnMapping, ImportTarget, SavedMapping } from '../../../src-shared/contract/imports';
import { importMappings } from '../../db/schema';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { headerKeyOf } from './header';

// Saved column mappings: a file whose header matches one gets it without the operator mapping
// columns again (the WeChat backend's exports, a tool's export the operator fixed up once).

type MappingRow = typeof importMappings.$inferSelect;

const toSaved = (row: MappingRow): SavedMapping => ({
  id: row.id,
  target: row.target as ImportTarget,
  name: row.name,
  headerKey: row.headerKey,
  mapping: JSON.parse(row.mapping) as AnyColumnMapping,
  updatedAt: row.updatedAt,
});

export function createImportsService(ctx: ServiceContext) {
  const live = (target: ImportTarget) => and(eq(importMappings.target, target), isNull(importMappings.deletedAt));
  return {
    listMappings({ target }: { target: ImportTarget }): SavedMapping[] {
      return ctx.db.select().from(importMappings).where(live(target)).orderBy(desc(importMappings.updatedAt)).all().map(toSaved);
    },
    /** The mapping saved for this header, if any. */
    mappingFor(target: ImportTarget, header: readonly string[]): SavedMapping | undefined {
      const row = ctx.db
        .select()
        .from(importMappings)
        .where(and(live(target), eq(importMappings.headerKey, headerKeyOf(header))))
        .orderBy(desc(importMappings.updatedAt))
        .get();
      return row ? toSaved(row) : undefined;
    },
    saveMapping({ target, name, header, mapping }: { target: ImportTarget; name: string; header: string[]; mapping: AnyColumnMapping }): SavedMapping {
      const headerKey = headerKeyOf(header);
      const fields = { target, name, headerKey, mapping: JSON.stringify(mapping) };
      const id = ctx.repo.transaction(() => {
        const same = ctx.db
          .select({ id: importMappings.id })
          .from(importMappings)
          .where(and(live(target), eq(importMappings.headerKey, headerKey)))
          .get();
        if (same) {
          ctx.repo.update(importMappings, same.id, fields);
          return same.id;
        }
        return ctx.repo.insert(importMappings, fields);
      });
      return toSaved(ctx.db.select().from(importMappings).where(eq(importMappings.id, id)).get()!);
    },
    deleteMapping({ id }: { id: string }) {
      const found = ctx.db
        .select({ id: importMappings.id })
        .from(importMappings)
        .where(and(eq(importMappings.id, id), isNull(importMappings.deletedAt)))
        .get();
      if (!found) throw new AppError('not_found', `no saved mapping ${id}`);
      ctx.repo.transaction(() => ctx.repo.tombstone(importMappings, id));
      return { ok: true as const };
    },
  };
}
