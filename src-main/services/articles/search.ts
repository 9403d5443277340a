import type { z } from 'zod';
import type { ArticleSummary, SearchHit, SearchInput } from '../../../src-shared/contract/articles';
import type { ItemStatus } from '../../../src-shared/contract/calendar';
import { charLength, highlight, searchTerms, snippet } from '../../../src-shared/domain/articles/search-terms';
import type { ServiceContext } from '../context';

// articles.search: Chinese full text over titles and bodies (issue 10, point 8).
//
// - Titles are the calendar items' (an edit in the calendar is found at once): every live
//   article's title is scanned with instr, which over 10,000 short titles costs a millisecond.
// - Bodies: a word of 3 or more characters goes through the FTS5 trigram index (`article_search`,
//   its `body` column, as a quoted phrase so that `"`, `AND`, `*` … are plain text), ranked by
//   bm25. Trigram cannot look up 1–2 characters, so a query of short words first reads the newest
//   RECENT_WINDOW bodies with instr (a common word fills the page there); when that does not fill
//   it, the word is rare, and the index's own term list (fts5vocab) gives the rows holding a
//   trigram that starts with it, which is every occurrence but one in the body's last two characters.
// - Order: title matches first (newest first), then body matches (bm25, or newest first for short
//   words). A hit holds every word of the query, all in its title or all in its body.

type Query = z.output<typeof SearchInput>;
type Hit = z.infer<typeof SearchHit>;

/** How many of the newest bodies a short query reads before it asks the index. */
const RECENT_WINDOW = 300;
/** At most this many rows found through the term list are checked (a word in more bodies fills a page from the window). */
const RARE_CANDIDATES = 5000;

const FROM = `articles a JOIN calendar_items i ON i.id = a.item_id JOIN accounts ac ON ac.id = i.account_id AND ac.deleted_at IS NULL`;
const LIVE = `a.deleted_at IS NULL AND i.deleted_at IS NULL`;
/** When the article last changed, its item's fields included (a title edited in the calendar makes it recent). */
const RECENCY = `max(a.updated_at, i.updated_at)`;

interface Filter {
  sql: string;
  params: unknown[];
}

/** The query's filters as SQL over `a` (articles) and `i` (its item); an empty list filters nothing out. */
function filterOf(query: Query): Filter {
  const parts: string[] = [LIVE];
  const params: unknown[] = [];
  const within = (column: string, values: readonly string[] | undefined) => {
    if (!values?.length) return;
    parts.push(`${column} IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(values));
  };
  within('i.status', query.status as ItemStatus[] | undefined);
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

/** `column` contains every term (ASCII case folded, as lower() does; Chinese has no case). */
function containsAll(column: string, terms: readonly string[]): Filter {
  return { sql: terms.map(() => `instr(lower(${column}), ?) > 0`).join(' AND ') || '1', params: [...terms] };
}

/** A term as an FTS5 phrase: quoted, inner quotes doubled, so no character of it is syntax. */
function phrase(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

/** The smallest string after every string that starts with `prefix` (terms compare as UTF-8 bytes). */
const AFTER_PREFIX = '\u{10FFFF}';

export function createArticleSearch(ctx: ServiceContext) {
  const prepared = new Map<string, { db: unknown; statement: ReturnType<ServiceContext['sqlite']['prepare']> }>();
  /** Statements per SQL text, prepared again when a restore reopened the database. */
  const statement = (sql: string) => {
    const cached = prepared.get(sql);
    if (cached && cached.db === ctx.sqlite) return cached.statement;
    const fresh = ctx.sqlite.prepare(sql);
    prepared.set(sql, { db: ctx.sqlite, statement: fresh });
    return fresh;
  };
  const ids = (sql: string, params: unknown[]) => (statement(sql).all(...params) as Array<{ id: string }>).map((r) => r.id);

  /** The index's term list, made per connection in its temp schema (nothing is written to the workspace). */
  let vocabularyOf: unknown;
  const ensureVocabulary = () => {
    if (vocabularyOf === ctx.sqlite) return;
    ctx.sqlite.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.article_search_terms USING fts5vocab(main, 'article_search', 'instance')`);
    vocabularyOf = ctx.sqlite;
  };

  function titleMatches(terms: string[], filter: Filter, limit: number): string[] {
    const title = containsAll('i.title', terms);
    return ids(`SELECT a.id AS id FROM ${FROM} WHERE ${filter.sql} AND ${title.sql} ORDER BY ${RECENCY} DESC LIMIT ?`, [...filter.params, ...title.params, limit]);
  }

  /** Bodies holding every term, through the trigram index: the long terms as phrases, the short ones checked in the text. */
  function indexedBodyMatches(long: string[], short: string[], filter: Filter, limit: number): string[] {
    const match = long.map((term) => `body : ${phrase(term)}`).join(' AND ');
    const rest = containsAll('b.text', short);
    // CROSS JOIN keeps the index as the outer loop (else SQLite may run the MATCH once per article).
    const sql = `SELECT a.id AS id FROM article_search s CROSS JOIN ${FROM} ${short.length ? 'JOIN article_bodies b ON b.article_id = a.id' : ''}
      WHERE article_search MATCH ? AND a.id = s.article_id AND ${filter.sql} AND ${rest.sql} ORDER BY bm25(article_search), ${RECENCY} DESC LIMIT ?`;
    return ids(sql, [match, ...filter.params, ...rest.params, limit]);
  }

  /** Of the newest bodies (filtered), those holding every term, newest first. */
  function recentBodyMatches(terms: string[], filter: Filter): string[] {
    const body = containsAll('b.text', terms);
    const sql = `WITH recent AS (SELECT a.id AS id, ${RECENCY} AS recency FROM ${FROM} WHERE ${filter.sql} ORDER BY recency DESC LIMIT ?)
      SELECT r.id AS id FROM recent r JOIN article_bodies b ON b.article_id = r.id WHERE ${body.sql} ORDER BY r.recency DESC`;
    return ids(sql, [...filter.params, RECENT_WINDOW, ...body.params]);
  }

  /** Bodies holding every term, the first (longest) found through the index's trigrams that start with it, newest first. */
  function rareBodyMatches(terms: string[], filter: Filter, limit: number): string[] {
    ensureVocabulary();
    const [first] = terms as [string];
    const candidates = ids(`SELECT DISTINCT s.article_id AS id FROM temp.article_search_terms v JOIN article_search s ON s.rowid = v.doc WHERE v.term >= ? AND v.term < ? AND v.col = 'body' LIMIT ?`, [
      first,
      first + AFTER_PREFIX,
      RARE_CANDIDATES,
    ]);
    if (!candidates.length) return [];
    const body = containsAll('b.text', terms.slice(1));
    const sql = `SELECT a.id AS id FROM ${FROM} JOIN article_bodies b ON b.article_id = a.id
      WHERE a.id IN (SELECT value FROM json_each(?)) AND ${filter.sql} AND ${body.sql} ORDER BY ${RECENCY} DESC LIMIT ?`;
    return ids(sql, [JSON.stringify(candidates), ...filter.params, ...body.params, limit]);
  }

  function bodyMatches(terms: string[], filter: Filter, limit: number): string[] {
    const long = terms.filter((t) => charLength(t) >= 3);
    const short = terms.filter((t) => charLength(t) < 3);
    if (long.length) return indexedBodyMatches(long, short, filter, limit);
    const recent = recentBodyMatches(terms, filter);
    if (recent.length >= limit) return recent.slice(0, limit);
    return [...new Set([...recent, ...rareBodyMatches(terms, filter, limit)])].slice(0, limit);
  }

  interface SummaryRow {
    id: string;
    itemId: string;
    title: string;
    accountId: string;
    columnId: string | null;
    ownerId: string | null;
    date: string;
    status: ItemStatus;
    author: string;
    chars: number | null;
    images: number | null;
    updatedAt: string;
    text: string | null;
  }

  function summaries(articleIds: string[]): Map<string, SummaryRow> {
    const rows = statement(
      `SELECT a.id AS id, a.item_id AS itemId, i.title AS title, i.account_id AS accountId, i.column_id AS columnId, i.owner_id AS ownerId, i.date AS date,
        i.status AS status, a.author AS author, b.chars AS chars, b.images AS images, ${RECENCY} AS updatedAt, b.text AS text
      FROM articles a JOIN calendar_items i ON i.id = a.item_id LEFT JOIN article_bodies b ON b.article_id = a.id WHERE a.id IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(articleIds)) as SummaryRow[];
    return new Map(rows.map((row) => [row.id, row]));
  }

  function toHit(row: SummaryRow, terms: string[]): Hit {
    const { text, chars, images, ...fields } = row;
    const article: ArticleSummary = { ...fields, chars: chars ?? 0, images: images ?? 0 };
    return { article, title: highlight(row.title, terms), snippet: snippet(text ?? '', terms) };
  }

  return {
    /** Full-text search over titles and bodies (trigram, plus a path for 1–2 character queries). */
    search(query: Query): Hit[] {
      const terms = searchTerms(query.query);
      if (!terms.length) return [];
      const filter = filterOf(query);
      const byTitle = titleMatches(terms, filter, query.limit);
      const byBody = byTitle.length < query.limit ? bodyMatches(terms, filter, query.limit + byTitle.length) : [];
      const ordered = [...new Set([...byTitle, ...byBody])].slice(0, query.limit);
      const rows = summaries(ordered);
      return ordered.flatMap((id) => {
        const row = rows.get(id);
        return row ? [toHit(row, terms)] : [];
      });
    },
  };
}
