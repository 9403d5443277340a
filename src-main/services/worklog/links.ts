import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { LinkCandidate, LinkKind } from '../../../src-shared/contract/worklog';
import { activities, articles, calendarItems, concerns } from '../../db/schema';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';

// What a work-log entry was for: a calendar item, an article (titled by its calendar item), an
// activity or a concern. Links are stored as kind + id; titles are read when listing.

interface Titled {
  id: string;
  title: string;
  date: string;
}

/** The live rows of one kind among `ids` (all of them when `ids` is null), whose title holds `query` when given. */
function titledRows(ctx: ServiceContext, kind: LinkKind, ids: readonly string[] | null, query?: string, limit = 1000): Titled[] {
  // instr: a plain substring test, so %, _ and \ in what was typed mean themselves.
  const holds = (column: SQLiteColumn): SQL | undefined => (query ? sql`instr(${column}, ${query}) > 0` : undefined);
  switch (kind) {
    case 'calendar': {
      const t = calendarItems;
      const where = and(isNull(t.deletedAt), ids ? inArray(t.id, [...ids]) : undefined, holds(t.title));
      return ctx.db.select({ id: t.id, title: t.title, date: t.date }).from(t).where(where).limit(limit).all();
    }
    case 'article': {
      const where = and(isNull(articles.deletedAt), ids ? inArray(articles.id, [...ids]) : undefined, holds(calendarItems.title));
      return ctx.db.select({ id: articles.id, title: calendarItems.title, date: calendarItems.date }).from(articles).innerJoin(calendarItems, eq(calendarItems.id, articles.itemId)).where(where).limit(limit).all();
    }
    case 'activity': {
      const t = activities;
      const where = and(isNull(t.deletedAt), ids ? inArray(t.id, [...ids]) : undefined, holds(t.name));
      // An activity is known by when it starts (its first phase), not by when it was typed in.
      const starts = sql<string>`coalesce((SELECT min(p.start_date) FROM activity_phases p WHERE p.activity_id = ${t.id} AND p.deleted_at IS NULL), '')`;
      return ctx.db.select({ id: t.id, title: t.name, date: starts }).from(t).where(where).limit(limit).all();
    }
    case 'concern': {
      const t = concerns;
      const where = and(isNull(t.deletedAt), ids ? inArray(t.id, [...ids]) : undefined, holds(t.topic));
      return ctx.db.select({ id: t.id, title: t.topic, date: t.firstSeen }).from(t).where(where).limit(limit).all();
    }
  }
}

/** `<kind>:<id>` → title, for the links of the entries listed (deleted targets are left out). */
export function linkTitles(ctx: ServiceContext, links: ReadonlyArray<{ kind: LinkKind; id: string }>): Map<string, string> {
  const titles = new Map<string, string>();
  const byKind = new Map<LinkKind, Set<string>>();
  for (const link of links) byKind.set(link.kind, (byKind.get(link.kind) ?? new Set<string>()).add(link.id));
  for (const [kind, idSet] of byKind) {
    const ids = [...idSet];
    for (let i = 0; i < ids.length; i += 500) for (const row of titledRows(ctx, kind, ids.slice(i, i + 500))) titles.set(`${kind}:${row.id}`, row.title);
  }
  return titles;
}

/** Refuses a link to something that does not exist (or was deleted). */
export function requireLink(ctx: ServiceContext, link: { kind: LinkKind; id: string } | null | undefined): void {
  if (!link) return;
  if (titledRows(ctx, link.kind, [link.id]).length === 0) throw new AppError('validation', `${link.kind} ${link.id} not found`, [{ path: ['link'], message: 'validation.worklog.link' }]);
}

const PER_KIND = 8;

/** Up to 8 of each kind whose title holds the text; an empty text gives nothing. */
export function searchLinks(ctx: ServiceContext, query: string): LinkCandidate[] {
  const text = query.trim();
  if (!text) return [];
  return (['calendar', 'article', 'activity', 'concern'] as const).flatMap((kind) => titledRows(ctx, kind, null, text, PER_KIND).map((row) => ({ kind, id: row.id, title: row.title, date: row.date.slice(0, 10) })));
}

/** The live rows titled exactly `title`, of the kinds given: how an imported 关联 cell is read. */
export function linksTitled(ctx: ServiceContext, kinds: readonly LinkKind[], title: string): Array<{ kind: LinkKind; id: string }> {
  return kinds.flatMap((kind) =>
    titledRows(ctx, kind, null, title, 50)
      .filter((row) => row.title === title)
      .map((row) => ({ kind, id: row.id })),
  );
}
