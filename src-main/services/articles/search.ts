import type { z } from 'zod';
import type { SearchHit, SearchInput } from '../../../src-shared/contract/articles';
import { charLength, highlight, searchTerms, snippet } from '../../../src-shared/domain/articles/search-terms';
import type { ServiceContext } from '../context';
import { listArticles } from './article-rows';
import { searchRowId } from './body-store';

// articles.search: Chinese full text over titles and bodies (issue 10, point 8).
//
// - Titles are the calendar items' own (an edit in the calendar is found at once), scanned with
//   instr: over 10,000 short titles that costs about a millisecond.
// - Bodies: words of 3 or more characters go through the FTS5 trigram index (`article_search`,
//   column `body`, each word a quoted phrase so that `"`, `AND`, `*` … are plain text), best bm25
//   first. Trigram cannot look up 1–2 characters, so a query of short words reads the newest
//   RECENT_PAGES × limit bodies with instr first: a common word fills the page there. When it does not,
//   the word is rare, and the index's term list (fts5vocab) names the rows holding a trigram that
//   starts with it: every occurrence but one in a body's last two characters.
// - Only ids travel between the steps: an index row maps to its article by `searchRowId`, so no
//   body is read but those checked with instr and the snippets shown.
// - Order: title matches first, then body matches (bm25 for long words); otherwise newest first.
//   A hit holds every word of the query, all in its title or all in its body.

type Query = z.output<typeof SearchInput>;
type Hit = z.infer<typeof SearchHit>;

/** A query of short words reads the newest bodies, this many pages of hits' worth, before it asks the index. */
const RECENT_PAGES = 4;

/** The smallest string after every string that starts with a prefix (the index compares terms as UTF-8 bytes). */
const AFTER_PREFIX = '\u{10FFFF}';

interface Filter {
  sql: string;
  params: unknown[];
}

/** The query's filters over `a` (articles) and `i` (its item), live rows only; an empty list filters nothing out. */
function filterOf(query: Query): Filter {
  const parts = ['a.deleted_at IS NULL', 'i.deleted_at IS NULL'];
  const params: unknown[] = [];
  const within = (column: string, values: readonly string[] | undefined) => {
    if (!values?.length) return;
    parts.push(`${column} IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(values));
  };
  within('i.status', query.status);
  within('i.account_id', query.accountIds);
  within('i.column_id', query.columnIds);
  within('i.owner_id', query.ownerIds);
  const author = query.author?.trim().toLowerCase();
  if (author) {
    parts.push('instr(lower(a.author), ?) > 0');
    params.push(author);
  }
  return { sql: parts.join(' AND '), params };
}

/** `column` contains every term (lower() folds ASCII; Chinese has no case). */
function containsAll(column: string, terms: readonly string[]): Filter {
  return { sql: terms.map(() => `instr(lower(${column}), ?) > 0`).join(' AND ') || '1', params: [...terms] };
}

/** A word as an FTS5 phrase: quoted, inner quotes doubled, so no character of it is syntax. */
function phrase(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

export function createArticleSearch(ctx: ServiceContext) {
  const statements = new Map<string, { db: unknown; statement: ReturnType<ServiceContext['sqlite']['prepare']> }>();
  /** A statement per SQL text, prepared again when a restore reopened the database. */
  const prepare = (sql: string) => {
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

  /** Index rows by article (a hash of the id, so kept for the life of the process). */
  const rowIds = new Map<string, number>();
  const rowIdOf = (articleId: string) => rowIds.get(articleId) ?? rowIds.set(articleId, searchRowId(articleId)).get(articleId)!;

  /** The term list of the index, made per connection in its temp schema: nothing is written to the workspace. */
  let vocabularyOn: unknown;
  const vocabulary = () => {
    if (vocabularyOn !== ctx.sqlite) ctx.sqlite.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.article_search_terms USING fts5vocab(main, 'article_search', 'instance')`);
    vocabularyOn = ctx.sqlite;
    return 'temp.article_search_terms';
  };

  /** Live articles passing the filters, newest first (by rowid: the order they came to this workspace). */
  function candidates(filter: Filter): string[] {
    return column(`SELECT a.id FROM articles a JOIN calendar_items i ON i.id = a.item_id JOIN accounts ac ON ac.id = i.account_id AND ac.deleted_at IS NULL WHERE ${filter.sql} ORDER BY a.rowid DESC`, filter.params);
  }

  function titleMatches(terms: string[], filter: Filter): string[] {
    const title = containsAll('i.title', terms);
    // Items first: only the items whose title matches are joined to their article.
    return column(
      `SELECT a.id FROM calendar_items i CROSS JOIN articles a ON a.item_id = i.id JOIN accounts ac ON ac.id = i.account_id AND ac.deleted_at IS NULL
        WHERE ${title.sql} AND ${filter.sql} ORDER BY a.rowid DESC`,
      [...title.params, ...filter.params],
    );
  }

  /** Of `ids`, those whose body holds every term, in the order of `ids`. */
  function bodiesHolding(ids: readonly string[], terms: readonly string[]): string[] {
    if (!terms.length || !ids.length) return [...ids];
    const body = containsAll('text', terms);
    const found = new Set(column<string>(`SELECT article_id FROM article_bodies WHERE article_id IN (SELECT value FROM json_each(?)) AND ${body.sql}`, [JSON.stringify(ids), ...body.params]));
    return ids.filter((id) => found.has(id));
  }

  /** Bodies holding every word, through the trigram index (best bm25 first); short words are checked in the text. */
  function indexedMatches(long: string[], short: string[], live: readonly string[], limit: number): string[] {
    const byRow = new Map(live.map((id) => [rowIdOf(id), id]));
    const match = long.map((term) => `body : ${phrase(term)}`).join(' AND ');
    // Take more ranked rows until the page is full: filters and deleted articles drop some.
    for (let take = limit * 2; ; take *= 4) {
      const rows = column<number>('SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rank LIMIT ?', [match, take]);
      const hits = bodiesHolding(
        rows.flatMap((row) => byRow.get(row) ?? []),
        short,
      );
      if (hits.length >= limit || rows.length < take) return hits.slice(0, limit);
    }
  }

  /** Bodies holding every (short) word: the newest first, then, when they do not fill the page, the index's trigrams that start with the longest word. */
  function shortMatches(terms: string[], live: readonly string[], limit: number): string[] {
    const window = RECENT_PAGES * limit;
    const recent = bodiesHolding(live.slice(0, window), terms);
    if (recent.length >= limit || live.length <= window) return recent.slice(0, limit);
    const [first] = terms as [string];
    const rows = new Set(column<number>(`SELECT DISTINCT doc FROM ${vocabulary()} WHERE term >= ? AND term < ? AND col = 'body'`, [first, first + AFTER_PREFIX]));
    const recentSet = new Set(recent);
    const indexed = live.filter((id) => recentSet.has(id) || rows.has(rowIdOf(id)));
    const hits: string[] = [];
    // The other words are checked in the text, a page at a time, newest first.
    for (let at = 0; at < indexed.length && hits.length < limit; at += limit * 2) hits.push(...bodiesHolding(indexed.slice(at, at + limit * 2), terms.slice(1)));
    return hits.slice(0, limit);
  }

  function bodyMatches(terms: string[], filter: Filter, limit: number): string[] {
    const live = candidates(filter);
    const long = terms.filter((t) => charLength(t) >= 3);
    if (long.length)
      return indexedMatches(
        long,
        terms.filter((t) => charLength(t) < 3),
        live,
        limit,
      );
    return shortMatches(terms, live, limit);
  }

  function textsOf(ids: readonly string[]): Map<string, string> {
    const rows = prepare('SELECT article_id AS id, text FROM article_bodies WHERE article_id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as Array<{ id: string; text: string }>;
    return new Map(rows.map((row) => [row.id, row.text]));
  }

  return {
    /** Full-text search over titles and bodies (trigram, plus a path for 1–2 character queries). */
    search(query: Query): Hit[] {
      const terms = searchTerms(query.query);
      if (!terms.length) return [];
      const filter = filterOf(query);
      const byTitle = titleMatches(terms, filter).slice(0, query.limit);
      const byBody = byTitle.length < query.limit ? bodyMatches(terms, filter, query.limit + byTitle.length) : [];
      const ids = [...new Set([...byTitle, ...byBody])].slice(0, query.limit);
      if (!ids.length) return [];
      const summaries = new Map(listArticles(ctx, { ids }).map((article) => [article.id, article]));
      const texts = textsOf(ids);
      return ids.flatMap((id) => {
        const article = summaries.get(id);
        return article ? [{ article, title: highlight(article.title, terms), snippet: snippet(texts.get(id) ?? '', terms) }] : [];
      });
    },
  };
}
