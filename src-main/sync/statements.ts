import type Database from 'better-sqlite3';
import type { SyncedTable } from '../db/table-registry';
import { affinityOf, CHUNK_ROWS, type Affinity } from './bulk-sql';

// The repository's prepared statements, kept per key (a table and column set, a chunk size), and
// what it learns once per table (column affinities). Preparing is the cost of a write that runs
// thousands of times, so each text is prepared once per connection. And how values cross between
// field changes and SQLite.

export function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** SQLite stores booleans as 0/1; field changes carry them as JSON booleans. */
export function toSql(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === undefined) return null;
  return value;
}

export function toJson(table: SyncedTable, field: string, value: unknown): unknown {
  return table.booleanFields.has(field) ? value === 1 || value === true : value;
}

export class StatementCache {
  private readonly statements = new Map<string, Database.Statement>();
  private readonly affinityCache = new Map<string, Map<string, Affinity>>();

  constructor(private readonly sqlite: Database.Database) {}

  get(key: string, sql: string): Database.Statement {
    let statement = this.statements.get(key);
    if (!statement) this.statements.set(key, (statement = this.sqlite.prepare(sql)));
    return statement;
  }

  /** Runs a multi-row statement over `params` (rows of `width` values) in chunks of at most 500 rows, statements kept per size. */
  runChunked(key: string, sql: (count: number) => string, width: number, params: unknown[], run: (statement: Database.Statement, chunk: unknown[]) => void): void {
    const rows = params.length / width;
    for (let done = 0; done < rows;) {
      const count = CHUNK_ROWS.find((size) => size <= rows - done)!;
      run(this.get(`${key}:${count}`, sql(count)), params.slice(done * width, (done + count) * width));
      done += count;
    }
  }

  /** The type affinity of each column of a table (SQLite's rules), for telling which values it stores as given. */
  affinities(table: string): Map<string, Affinity> {
    let found = this.affinityCache.get(table);
    if (!found) {
      const columns = this.sqlite.prepare(`PRAGMA table_info(${quote(table)})`).all() as Array<{ name: string; type: string }>;
      this.affinityCache.set(table, (found = new Map(columns.map((c) => [c.name, affinityOf(c.type)]))));
    }
    return found;
  }
}
