import type Database from 'better-sqlite3';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { uuidv7 } from 'uuidv7';
import type { DomainName } from '../../src-shared/contract';
import { decodeHlc, encodeHlc, type HybridClock } from '../../src-shared/domain/sync/hlc';
import type { FieldChange } from '../../src-shared/domain/sync/lww';
import { SYNCED_TABLES, syncedTable, syncedTableOf, type SyncedTable } from '../db/table-registry';
import { valuesList } from './bulk-sql';
import { insertRows, type RowValues } from './insert-rows';
import { quote, StatementCache, toJson, toSql } from './statements';
import { WHOLE_ROW } from './outbox';
import type { WireRow } from '../../src-shared/contract/sync-protocol';
import { mergeRemoteRows } from './remote-rows';

// The one door to synced tables (DESIGN.md §5). In the transaction of every write it stores the
// row, stamps each changed field with a hybrid logical clock in `field_clocks`, and appends one
// `outbox` row per changed field (a new row: one `*` entry with all its fields, see outbox.ts). Deletes are tombstones. Remote changes are merged per field,
// last writer wins, with the rule of src-shared/domain/lww.ts.

export type { RowValues };

/** The rows a committed transaction wrote, per table name: by this device, and merged from elsewhere (`applyRemote`). */
export interface TouchedRows {
  local: Map<string, Set<string>>;
  remote: Map<string, Set<string>>;
}

/** What a committed transaction touched: the domains for the `<domain>.changed` events, the rows for derived data (article bodies, search). */
export type CommitListener = (changes: Map<DomainName, Set<string>>, rows: TouchedRows) => void;

const CLOCK_KEY = 'hlc.last';

export class SyncRepository {
  private readonly sql: StatementCache;
  private depth = 0;
  private touched = new Map<DomainName, Set<string>>();
  private rows: TouchedRows = { local: new Map(), remote: new Map() };

  constructor(
    private readonly sqlite: Database.Database,
    private readonly clock: HybridClock,
    private readonly onCommit: CommitListener = () => {},
  ) {
    this.sql = new StatementCache(sqlite);
  }

  /** Runs `fn` in one transaction (nesting joins the outer one); events fire after the commit. */
  transaction<T>(fn: () => T): T {
    this.depth++;
    let result: T;
    try {
      result = this.sqlite
        .transaction(() => {
          const value = fn();
          if (this.depth === 1) this.sql.get('persistClock', `INSERT INTO local_state (key, value) VALUES ('${CLOCK_KEY}', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(encodeHlc(this.clock.peek()));
          return value;
          // IMMEDIATE: the write lock is taken at BEGIN, so a busy database waits (busy_timeout)
          // instead of failing at the first write of a deferred transaction.
        })
        .immediate();
    } catch (error) {
      if (this.depth === 1) {
        this.touched = new Map();
        this.rows = { local: new Map(), remote: new Map() };
      }
      throw error;
    } finally {
      this.depth--;
    }
    if (this.depth === 0 && this.touched.size > 0) {
      const touched = this.touched;
      const rows = this.rows;
      this.touched = new Map();
      this.rows = { local: new Map(), remote: new Map() };
      this.onCommit(touched, rows);
    }
    return result;
  }

  /** Inserts a row; every field (given, or defaulted when undefined) gets a clock, the row one `*` outbox entry. Returns the id. */
  insert(table: SQLiteTable, values: RowValues): string {
    return this.insertMany(table, [values])[0]!;
  }

  /**
   * Inserts many rows of one table in one transaction (an import's rows); returns their ids in
   * order. Each row is what `insert` would write (every field stamped with the row's own clock,
   * one `*` outbox entry per row holding all its fields, in row order), written in bulk: multi-row INSERTs of
   * reused statements, and no read-back of values SQLite stores as given.
   */
  insertMany(table: SQLiteTable, rows: readonly RowValues[]): string[] {
    const meta = syncedTableOf(table);
    if (rows.length === 0) return [];
    return this.transaction(() => {
      const ids = rows.map((values) => (typeof values.id === 'string' ? values.id : uuidv7()));
      const stored = insertRows(this.sql, meta, ids, rows, new Date().toISOString());
      this.stampRows(meta, ids, stored);
      return ids;
    });
  }

  /**
   * Inserts a row unless its id is already stored (live, tombstoned, or any version): for rows a
   * client names itself and may send twice, such as an article's Yjs updates, so a retried push
   * stores nothing. Returns whether the row was inserted.
   */
  appendOnce(table: SQLiteTable, values: RowValues & { id: string }): boolean {
    const meta = syncedTableOf(table);
    return this.transaction(() => {
      if (this.readRow(meta, values.id)) return false;
      this.insert(table, values);
      return true;
    });
  }

  /**
   * Replaces rows of an append-only log by one row that holds them all (an article's Yjs updates
   * by a snapshot): inserts `snapshot` and deletes the `covered` rows with their field clocks and
   * unsent outbox entries, in one transaction. This is the only removal of synced rows, and it is
   * safe only for such logs: a covered row is immutable and wholly contained in the snapshot, so a
   * device that still receives it (re-inserted without a clock) only applies it again as a no-op.
   * Returns the snapshot's id.
   */
  compactLog(table: SQLiteTable, snapshot: RowValues, covered: readonly string[]): string {
    const meta = syncedTableOf(table);
    return this.transaction(() => {
      const id = this.insert(table, snapshot);
      const removeRow = this.sql.get(`compact:${meta.name}`, `DELETE FROM ${quote(meta.name)} WHERE id = ?`);
      const removeClocks = this.sql.get('compactClocks', 'DELETE FROM field_clocks WHERE tbl = ? AND row_id = ?');
      const removeOutbox = this.sql.get('compactOutbox', 'DELETE FROM outbox WHERE tbl = ? AND row_id = ?');
      for (const rowId of covered) {
        if (rowId === id) continue;
        removeRow.run(rowId);
        removeClocks.run(meta.name, rowId);
        removeOutbox.run(meta.name, rowId);
      }
      this.markTouched(meta, covered);
      return id;
    });
  }

  /** Updates the given (not undefined) fields of a live or tombstoned row; unchanged values write nothing. Returns whether anything changed. */
  update(table: SQLiteTable, id: string, patch: RowValues): boolean {
    const meta = syncedTableOf(table);
    return this.transaction(() => {
      const current = this.readRow(meta, id);
      if (!current) throw new Error(`${meta.name} ${id} does not exist`);
      const changed: Array<[string, unknown]> = [];
      for (const [field, key] of meta.fields) {
        if (patch[key] === undefined || field === 'created_at') continue;
        const value = toSql(patch[key]);
        if (value !== current[field]) changed.push([field, value]);
      }
      if (changed.length === 0) return false;
      this.writeFields(meta, id, changed);
      this.stamp(meta, id, changed);
      return true;
    });
  }

  /** Marks a row deleted (a tombstone HQ and other devices receive); a deleted row keeps its stamp, which undo matches. */
  tombstone(table: SQLiteTable, id: string): boolean {
    const meta = syncedTableOf(table);
    return this.transaction(() => {
      const current = this.readRow(meta, id);
      if (current && current['deleted_at'] !== null) return false;
      return this.update(table, id, { deletedAt: new Date().toISOString() });
    });
  }

  /** Brings a tombstoned row back (undo of a delete). */
  restore(table: SQLiteTable, id: string): boolean {
    return this.update(table, id, { deletedAt: null });
  }

  /**
   * Merges field changes from elsewhere (HQ, another laptop): per field, the later clock wins.
   * Returns how many changes took effect. Unknown tables or fields are ignored, so an older
   * desktop survives changes from a newer schema; so is a null for a NOT NULL column.
   */
  applyRemote(changes: readonly FieldChange[]): number {
    if (changes.length === 0) return 0;
    return this.transaction(() => {
      let newest = changes[0]!.hlc;
      for (const change of changes) if (change.hlc > newest) newest = change.hlc;
      this.clock.receive(decodeHlc(newest));
      const clockIfNewer = this.sql.get(
        'clockIfNewer',
        'INSERT INTO field_clocks (tbl, row_id, field, hlc) VALUES (?, ?, ?, ?) ON CONFLICT(tbl, row_id, field) DO UPDATE SET hlc = excluded.hlc WHERE excluded.hlc > field_clocks.hlc',
      );
      const winners = new Map<SyncedTable, Map<string, Map<string, unknown>>>();
      let applied = 0;
      for (const change of changes) {
        const meta = syncedTable(change.table);
        if (!meta || !meta.fields.has(change.field)) continue;
        if ((change.value === null || change.value === undefined) && meta.notNullFields.has(change.field)) continue;
        if (clockIfNewer.run(change.table, change.rowId, change.field, change.hlc).changes === 0) continue;
        applied++;
        let rows = winners.get(meta);
        if (!rows) winners.set(meta, (rows = new Map()));
        let fields = rows.get(change.rowId);
        if (!fields) rows.set(change.rowId, (fields = new Map()));
        fields.set(change.field, toSql(change.value));
      }
      const now = new Date().toISOString();
      for (const [meta, rows] of winners) {
        for (const [rowId, fields] of rows) this.upsertFields(meta, rowId, fields, now);
        this.markTouched(meta, rows.keys(), 'remote');
        for (const fields of rows.values()) this.markParent(meta, fields);
      }
      return applied;
    });
  }

  /** `applyRemote` for whole rows (a pulled page), in bulk: remote-rows.ts. Returns how many field changes took effect. */
  applyRemoteRows(rows: readonly WireRow[]): number {
    if (rows.length === 0) return 0;
    return this.transaction(() =>
      mergeRemoteRows(this.sql, this.clock, rows, (meta, winners) => {
        this.markTouched(meta, winners.keys(), 'remote');
        for (const fields of winners.values()) this.markParent(meta, fields);
      }),
    );
  }

  /**
   * Removes rows and their field clocks from this device only (no tombstone, no outbox entry):
   * for rows HQ no longer has (a re-snapshot after HQ purged old tombstones) and for a workspace
   * that takes HQ's data in place of its own at enrolment. Like `compactLog`, safe only because
   * the rows' truth lives elsewhere: a row that arrives again is applied as new.
   */
  forgetRows(table: SQLiteTable, ids: readonly string[]): void {
    const meta = syncedTableOf(table);
    if (ids.length === 0) return;
    this.transaction(() => {
      const removeRow = this.sql.get(`forget:${meta.name}`, `DELETE FROM ${quote(meta.name)} WHERE id = ?`);
      const removeClocks = this.sql.get('compactClocks', 'DELETE FROM field_clocks WHERE tbl = ? AND row_id = ?');
      for (const id of ids) {
        removeRow.run(id);
        removeClocks.run(meta.name, id);
      }
      this.markTouched(meta, ids, 'remote');
    });
  }

  /**
   * Writes every field of every synced row again with a new clock: after a restore, the restored
   * state is the operator's newest decision and must win over what HQ or other devices hold.
   */
  restampAll(): number {
    return this.transaction(() => {
      let rows = 0;
      for (const meta of SYNCED_TABLES) {
        for (const row of this.sqlite.prepare(`SELECT * FROM ${quote(meta.name)}`).all() as Array<Record<string, unknown>>) {
          this.stamp(
            meta,
            String(row.id),
            [...meta.fields.keys()].map((field) => [field, row[field]]),
          );
          rows++;
        }
      }
      return rows;
    });
  }

  /**
   * Stamps the given fields of a row anew with the values they hold (a clock and an outbox row
   * each): for a change written without the repository, such as a migration's SQL.
   */
  restamp(table: SQLiteTable, id: string, keys: readonly string[]): void {
    const meta = syncedTableOf(table);
    this.transaction(() => {
      const row = this.readRow(meta, id);
      if (!row) return;
      this.stamp(
        meta,
        id,
        [...meta.fields].filter(([, key]) => keys.includes(key)).map(([field]) => [field, row[field]]),
      );
    });
  }

  /** `stamp` for many new rows: a clock per row, a field clock per field and one `*` outbox entry per row, in multi-row INSERTs. */
  private stampRows(meta: SyncedTable, ids: readonly string[], stored: readonly unknown[][]): void {
    const fields = [...meta.fields.keys()];
    const hlcs: string[] = [];
    const entries: unknown[] = [];
    ids.forEach((id, i) => {
      const hlc = encodeHlc(this.clock.tick());
      hlcs.push(hlc);
      const values = stored[i]!;
      const row: Record<string, unknown> = {};
      for (let n = 0; n < fields.length; n++) row[fields[n]!] = toJson(meta, fields[n]!, values[n]) ?? null;
      entries.push(meta.name, id, WHOLE_ROW, JSON.stringify(row), hlc);
      if (!meta.parentField) return;
      this.markTouched(meta, [id]);
      this.markParent(
        meta,
        fields.map((field, n) => [field, values[n]]),
      );
    });
    // Field clocks in the order of their key (row id, field): inserting along the primary key's
    // index instead of all over it is what makes 900,000 of them affordable.
    const clocks: unknown[] = [];
    const byField = fields.toSorted();
    const byRow = ids.map((_, i) => i).sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
    for (const i of byRow) for (const field of byField) clocks.push(meta.name, ids[i], field, hlcs[i]);
    this.sql.runChunked(
      'setClocks',
      (count) => `INSERT INTO field_clocks (tbl, row_id, field, hlc) VALUES ${valuesList(4, count)} ON CONFLICT(tbl, row_id, field) DO UPDATE SET hlc = excluded.hlc`,
      4,
      clocks,
      (statement, chunk) => statement.run(chunk),
    );
    this.sql.runChunked(
      'enqueueMany',
      (count) => `INSERT INTO outbox (tbl, row_id, field, value, hlc) VALUES ${valuesList(5, count)}`,
      5,
      entries,
      (statement, chunk) => statement.run(chunk),
    );
    if (!meta.parentField) this.markTouched(meta, ids);
  }

  private upsertFields(meta: SyncedTable, id: string, fields: Map<string, unknown>, now: string): void {
    const names = [...fields.keys()];
    const sql =
      `INSERT INTO ${quote(meta.name)} (id, updated_at, ${names.map(quote).join(', ')}) VALUES (?, ?, ${names.map(() => '?').join(', ')}) ` +
      `ON CONFLICT(id) DO UPDATE SET updated_at = excluded.updated_at, ${names.map((n) => `${quote(n)} = excluded.${quote(n)}`).join(', ')}`;
    this.sql.get(`upsert:${meta.name}:${names.join(',')}`, sql).run(id, now, ...fields.values());
  }

  private writeFields(meta: SyncedTable, id: string, changed: Array<[string, unknown]>): void {
    const names = changed.map(([field]) => field);
    const sql = `UPDATE ${quote(meta.name)} SET updated_at = ?, ${names.map((n) => `${quote(n)} = ?`).join(', ')} WHERE id = ?`;
    this.sql.get(`update:${meta.name}:${names.join(',')}`, sql).run(new Date().toISOString(), ...changed.map(([, v]) => v), id);
  }

  /** One clock for the whole write; each field gets its field clock and outbox row. */
  private stamp(meta: SyncedTable, id: string, fields: Array<[string, unknown]>): void {
    const hlc = encodeHlc(this.clock.tick());
    const setClock = this.sql.get('setClock', 'INSERT INTO field_clocks (tbl, row_id, field, hlc) VALUES (?, ?, ?, ?) ON CONFLICT(tbl, row_id, field) DO UPDATE SET hlc = excluded.hlc');
    const enqueue = this.sql.get('enqueue', 'INSERT INTO outbox (tbl, row_id, field, value, hlc) VALUES (?, ?, ?, ?, ?)');
    for (const [field, value] of fields) {
      setClock.run(meta.name, id, field, hlc);
      enqueue.run(meta.name, id, field, JSON.stringify(toJson(meta, field, value) ?? null), hlc);
    }
    this.markTouched(meta, [id]);
    this.markParent(meta, fields);
  }

  private readRow(meta: SyncedTable, id: string): Record<string, unknown> | undefined {
    return this.sql.get(`read:${meta.name}`, `SELECT * FROM ${quote(meta.name)} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  }

  /** Adds the row's parent id (an update row's article) to the domains' touched ids, not to the rows written. */
  private markParent(meta: SyncedTable, fields: Iterable<[string, unknown]>): void {
    if (!meta.parentField) return;
    for (const [field, value] of fields) {
      if (field !== meta.parentField || typeof value !== 'string' || value === '') continue;
      for (const domain of [meta.domain, ...meta.alsoNotifies]) {
        let set = this.touched.get(domain);
        if (!set) this.touched.set(domain, (set = new Set()));
        set.add(value);
      }
    }
  }

  private markTouched(meta: SyncedTable, ids: Iterable<string>, by: keyof TouchedRows = 'local'): void {
    const sets = [meta.domain, ...meta.alsoNotifies].map((domain) => {
      let set = this.touched.get(domain);
      if (!set) this.touched.set(domain, (set = new Set()));
      return set;
    });
    let rows = this.rows[by].get(meta.name);
    if (!rows) this.rows[by].set(meta.name, (rows = new Set()));
    for (const id of ids) {
      for (const set of sets) set.add(id);
      rows.add(id);
    }
  }
}

/** Reads the persisted last clock, so a wall clock set back across restarts cannot reorder writes. */
export function loadLastClock(sqlite: Database.Database): string | undefined {
  const row = sqlite.prepare(`SELECT value FROM local_state WHERE key = '${CLOCK_KEY}'`).get() as { value: string } | undefined;
  return row?.value;
}
