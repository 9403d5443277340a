import { and, asc, between, eq, isNull } from 'drizzle-orm';
import type { LinkKind, WorkCategory, WorkLog, WorkLogFilter, WorkLogInput } from '../../../src-shared/contract/worklog';
import { workLogs } from '../../db/schema';
import type { ServiceContext } from '../context';
import { requireLive, requireRow } from '../references';
import { linkTitles, requireLink } from './links';

// Work-log entries: typed in one at a time (the quick entry row) or imported. Each names a live
// member; a link names a live calendar item, article, activity or concern.

export type WorkLogRow = typeof workLogs.$inferSelect;

const linkOf = (row: WorkLogRow) => (row.linkKind && row.linkId ? { kind: row.linkKind as LinkKind, id: row.linkId } : null);

/** Rows as the contract has them, with their links' titles read in one go. */
export function toWorkLogs(ctx: ServiceContext, rows: readonly WorkLogRow[]): WorkLog[] {
  const titles = linkTitles(
    ctx,
    rows.map(linkOf).filter((link) => link !== null),
  );
  return rows.map((row) => {
    const link = linkOf(row);
    return {
      id: row.id,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      date: row.date,
      memberId: row.memberId,
      category: row.category as WorkCategory,
      minutes: row.minutes,
      note: row.note,
      link: link ? { ...link, title: titles.get(`${link.kind}:${link.id}`) ?? '' } : null,
      sourceKey: row.sourceKey,
    };
  });
}

/** The columns an entry's fields are stored in (only those given). */
export function entryValues(input: Partial<WorkLogInput>) {
  const { link, ...fields } = input;
  return { ...fields, ...(link !== undefined ? { linkKind: link?.kind ?? '', linkId: link?.id ?? null } : {}) };
}

export function createEntries(ctx: ServiceContext) {
  const find = (id: string) => requireRow(ctx.db.select().from(workLogs).where(eq(workLogs.id, id)).get(), 'work log', id);
  const one = (id: string) => toWorkLogs(ctx, [find(id)])[0]!;

  function check(input: Partial<WorkLogInput>): void {
    if (input.memberId !== undefined) requireLive(ctx, 'member', input.memberId, 'memberId');
    requireLink(ctx, input.link);
  }

  return {
    list(filter: WorkLogFilter): WorkLog[] {
      const where = and(
        isNull(workLogs.deletedAt),
        between(workLogs.date, filter.from, filter.to),
        filter.memberId ? eq(workLogs.memberId, filter.memberId) : undefined,
        filter.category ? eq(workLogs.category, filter.category) : undefined,
      );
      return toWorkLogs(ctx, ctx.db.select().from(workLogs).where(where).orderBy(asc(workLogs.date), asc(workLogs.id)).all());
    },
    create(input: WorkLogInput): WorkLog {
      const id = ctx.repo.transaction(() => {
        check(input);
        return ctx.repo.insert(workLogs, { note: '', ...entryValues(input) });
      });
      return one(id);
    },
    update({ id, patch }: { id: string; patch: Partial<WorkLogInput> }): WorkLog {
      ctx.repo.transaction(() => {
        find(id);
        check(patch);
        ctx.repo.update(workLogs, id, entryValues(patch));
      });
      return one(id);
    },
    remove({ id }: { id: string }) {
      find(id);
      ctx.repo.tombstone(workLogs, id);
      return { ok: true as const };
    },
    restore({ id }: { id: string }): WorkLog {
      find(id);
      ctx.repo.restore(workLogs, id);
      return one(id);
    },
  };
}
