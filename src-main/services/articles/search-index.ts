import type { ServiceContext } from '../context';
import { searchRowId } from './body-store';

// The trigram index (`article_search`) as search reads it: rowids only, never its stored text
// (reading any column of an index row reads its whole body). An index row's rowid is a hash of
// its article's id (`searchRowId`), so rows map back to articles without a lookup.

export type Statement = ReturnType<ServiceContext['sqlite']['prepare']>;

/** The smallest string after every string that starts with a prefix (the index compares terms as UTF-8 bytes). */
const AFTER_PREFIX = '\u{10FFFF}';

/** A word as an FTS5 phrase: quoted, inner quotes doubled, so no character of it is syntax. */
export function phrase(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

/** Every word in one column of the index, as an FTS5 query. */
export function allInColumn(column: 'title' | 'body', terms: readonly string[]): string {
  return terms.map((term) => `${column} : ${phrase(term)}`).join(' AND ');
}

export function createSearchIndex(ctx: ServiceContext) {
  const statements = new Map<string, { db: unknown; statement: Statement }>();
  /** A statement per SQL text, prepared again when a restore reopened the database. */
  const prepare = (sql: string): Statement => {
    const cached = statements.get(sql);
    if (cached?.db === ctx.sqlite) return cached.statement;
    const statement = ctx.sqlite.prepare(sql);
    statements.set(sql, { db: ctx.sqlite, statement });
    return statement;
  };
  const column = <T>(sql: string, params: unknown[]) =>
    prepare(sql)
      .pluck()
      .all(...params) as T[];

  /** Index rowids by article id: hashes, so kept for the life of the process. */
  const rowIds = new Map<string, number>();
  const rowIdOf = (articleId: string) => rowIds.get(articleId) ?? rowIds.set(articleId, searchRowId(articleId)).get(articleId)!;

  let known: { db: unknown; last: number; byRow: Map<number, string> } = { db: undefined, last: 0, byRow: new Map() };

  /** The index's term list, made per connection in its temp schema: nothing is written to the workspace. */
  let vocabularyOn: unknown;
  const vocabulary = () => {
    if (vocabularyOn !== ctx.sqlite) ctx.sqlite.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.article_search_terms USING fts5vocab(main, 'article_search', 'instance')`);
    vocabularyOn = ctx.sqlite;
    return 'temp.article_search_terms';
  };

  return {
    prepare,
    column,

    /**
     * Every article (deleted ones too: their rows stay), newest first, by its index row: what maps the
     * index's answers back. Articles are only ever added, so the map is kept and grows by the rows
     * past the last one it holds (a restore reopens the database and starts it anew).
     */
    articlesByRow(): Map<number, string> {
      const last = prepare('SELECT max(rowid) FROM articles').pluck().get() as number | null;
      if (known.db !== ctx.sqlite) known = { db: ctx.sqlite, last: 0, byRow: new Map() };
      if ((last ?? 0) > known.last) {
        const added = prepare('SELECT rowid AS row, id FROM articles WHERE rowid > ? ORDER BY rowid DESC').all(known.last) as Array<{ row: number; id: string }>;
        known = { db: ctx.sqlite, last: last ?? 0, byRow: new Map([...added.map(({ id }): [number, string] => [rowIdOf(id), id]), ...known.byRow]) };
      }
      return known.byRow;
    },

    /** The rows matching an FTS5 query, in no particular order. */
    matching(query: string): number[] {
      return column('SELECT rowid FROM article_search WHERE article_search MATCH ?', [query]);
    },

    /** The best `take` rows of a query by bm25. */
    ranked(query: string, take: number): number[] {
      return column('SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rank LIMIT ?', [query, take]);
    },

    /**
     * The rows whose `column` holds a trigram that starts with `prefix`: where trigram cannot
     * look up 1–2 characters, this finds every occurrence but those in the column's last two characters.
     */
    startingWith(column_: 'title' | 'body', prefix: string): Set<number> {
      return new Set(column<number>(`SELECT DISTINCT doc FROM ${vocabulary()} WHERE term >= ? AND term < ? AND col = ?`, [prefix, prefix + AFTER_PREFIX, column_]));
    },
  };
}

export type SearchIndex = ReturnType<typeof createSearchIndex>;
