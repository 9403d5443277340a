import type { z } from 'zod';
import type { SearchHit, SearchInput } from '../../../src-shared/contract/articles';
import { charLength, highlight, searchTerms, snippet } from '../../../src-shared/domain/articles/search-terms';
import type { ServiceContext } from '../context';
import { listArticles } from './article-rows';
import { allInColumn, createSearchIndex } from './search-index';

// articles.search: Chinese full text over titles and bodies (issue 10, point 8).
//
// - Words of 3 or more characters go through the FTS5 trigram index (`article_search`, each word
//   a quoted phrase so that `"`, `AND`, `*` … are plain text): titles by its `title` column (kept
//   to the calendar's titles after every commit, and checked against the item), bodies by `body`,
//   best bm25 first while the matches are few enough to rank (RANKED_AT_MOST), else newest first.
// - Trigram cannot look up 1–2 characters. Titles are then scanned with instr (10,000 short
//   titles cost a few milliseconds); bodies are read newest first, RECENT_PAGES pages' worth, so a
//   common word fills the page there; when it does not, the word is rare, and the index's term list
//   (fts5vocab) names the rows holding a trigram that starts with it: every occurrence but those
//   in a body's last two characters.
// - Whatever the path, the hits are checked in SQL against the live rows and the filters, a few at
//   a time in their order, so no step reads more rows than a page needs.
// - Order: title matches first, then body matches. A hit holds every word of the query, all in its
//   title or all in its body. "Newest" is the order articles came to this workspace (rowid).

type Query = z.output<typeof SearchInput>;
type Hit = z.infer<typeof SearchHit>;

/** A query of short words reads the newest bodies, this many pages' worth, before it asks the index. */
const RECENT_PAGES = 4;
/** Body matches are ranked by bm25 up to this many; past it, ranking all costs more than a page is worth. */
const RANKED_AT_MOST = 1000;

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

/** `column` contains every term (lower() folds ASCII, needed only for terms with Latin letters: Chinese has no case). */
function containsAll(column: string, terms: readonly string[]): Filter {
  return { sql: terms.map((term) => `instr(${/[a-z]/.test(term) ? `lower(${column})` : column}, ?) > 0`).join(' AND ') || '1', params: [...terms] };
}

const isLong = (term: string) => charLength(term) >= 3;
const LIVE_ROWS = 'articles a JOIN calendar_items i ON i.id = a.item_id JOIN accounts ac ON ac.id = i.account_id AND ac.deleted_at IS NULL';

export function createArticleSearch(ctx: ServiceContext) {
  const index = createSearchIndex(ctx);

  /** Of `ids`, in their order, the first `limit` that are live, pass the filters and hold the terms in their title and body. */
  function check(ids: readonly string[], filter: Filter, limit: number, terms: { title?: string[]; body?: string[] }): string[] {
    const title = containsAll('i.title', terms.title ?? []);
    const body = containsAll('b.text', terms.body ?? []);
    const bodies = terms.body?.length ? 'JOIN article_bodies b ON b.article_id = a.id' : '';
    const statement = index.prepare(`SELECT a.id FROM ${LIVE_ROWS} ${bodies} WHERE a.id IN (SELECT value FROM json_each(?)) AND ${filter.sql} AND ${title.sql} AND ${body.sql}`).pluck();
    const found: string[] = [];
    const chunk = Math.max(2 * limit, 100);
    for (let at = 0; at < ids.length && found.length < limit; at += chunk) {
      const part = ids.slice(at, at + chunk);
      const passed = new Set(statement.all(JSON.stringify(part), ...filter.params, ...title.params, ...body.params) as string[]);
      found.push(...part.filter((id) => passed.has(id)));
    }
    return found.slice(0, limit);
  }

  /** The articles of index rows, newest first. */
  const newestOf = (rows: Set<number>, byRow: Map<number, string>) => [...byRow].flatMap(([row, id]) => (rows.has(row) ? [id] : []));

  function titleMatches(terms: string[], filter: Filter, byRow: Map<number, string>, limit: number): string[] {
    if (terms.every(isLong)) return check(newestOf(new Set(index.matching(allInColumn('title', terms))), byRow), filter, limit, { title: terms });
    const title = containsAll('i.title', terms);
    // Items first: only the items whose title matches are joined to their article.
    return index.column(
      `SELECT a.id FROM calendar_items i CROSS JOIN articles a ON a.item_id = i.id JOIN accounts ac ON ac.id = i.account_id AND ac.deleted_at IS NULL
        WHERE ${title.sql} AND ${filter.sql} ORDER BY a.rowid DESC LIMIT ?`,
      [...title.params, ...filter.params, limit],
    );
  }

  /** Bodies holding every word, the long ones through the index (ranked while few), the short ones checked in the text. */
  function indexedBodies(long: string[], short: string[], filter: Filter, byRow: Map<number, string>, limit: number): string[] {
    const query = allInColumn('body', long);
    const rows = index.matching(query);
    const ordered = rows.length <= RANKED_AT_MOST ? index.ranked(query, rows.length).flatMap((row) => byRow.get(row) ?? []) : newestOf(new Set(rows), byRow);
    return check(ordered, filter, limit, { body: short });
  }

  /** Bodies holding every (short) word: the newest first; when they do not fill the page, the rows the index names for the longest word. */
  function shortBodies(terms: string[], filter: Filter, byRow: Map<number, string>, limit: number): string[] {
    const window = RECENT_PAGES * limit;
    const newest = index.column<string>(`SELECT a.id FROM ${LIVE_ROWS} WHERE ${filter.sql} ORDER BY a.rowid DESC LIMIT ?`, [...filter.params, window]);
    const recent = check(newest, filter, limit, { body: terms });
    if (recent.length >= limit || newest.length < window) return recent;
    const rows = index.startingWith('body', terms[0]!);
    const found = new Set(recent);
    const ordered = [...byRow].flatMap(([row, id]) => (rows.has(row) || found.has(id) ? [id] : []));
    return check(ordered, filter, limit, { body: terms.slice(1) });
  }

  function textsOf(ids: readonly string[]): Map<string, string> {
    const rows = index.prepare('SELECT article_id AS id, text FROM article_bodies WHERE article_id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as Array<{ id: string; text: string }>;
    return new Map(rows.map((row) => [row.id, row.text]));
  }

  return {
    /** Full-text search over titles and bodies (trigram, plus a path for 1–2 character queries). */
    search(query: Query): Hit[] {
      const terms = searchTerms(query.query);
      if (!terms.length) return [];
      const filter = filterOf(query);
      const byRow = index.articlesByRow();
      const byTitle = titleMatches(terms, filter, byRow, query.limit);
      let byBody: string[] = [];
      if (byTitle.length < query.limit) {
        const [long, short] = [terms.filter(isLong), terms.filter((t) => !isLong(t))];
        const want = query.limit + byTitle.length;
        byBody = long.length ? indexedBodies(long, short, filter, byRow, want) : shortBodies(terms, filter, byRow, want);
      }
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
