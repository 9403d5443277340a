import type Database from 'better-sqlite3';
import { SYNCED_TABLES } from '../../src-main/db/table-registry';
import { readWorkspace } from './article-body';

// What two synced workspaces must agree on: every synced table's rows (without `updated_at`, each
// device's own) and, where asked, their field clocks.

export type TableRows = Record<string, Array<Record<string, unknown>>>;

export function syncedRows(dataDir: string, { liveOnly = false } = {}): TableRows {
  return readWorkspace(dataDir, (sqlite) => readSyncedRows(sqlite, liveOnly));
}

export function readSyncedRows(sqlite: Database.Database, liveOnly = false): TableRows {
  const tables: TableRows = {};
  for (const meta of SYNCED_TABLES) {
    const rows = sqlite.prepare(`SELECT * FROM "${meta.name}"${liveOnly ? ' WHERE deleted_at IS NULL' : ''} ORDER BY id`).all() as Array<Record<string, unknown>>;
    tables[meta.name] = rows.map(({ updated_at: _, ...row }) => row);
  }
  return tables;
}

export function fieldClocks(dataDir: string): Array<Record<string, unknown>> {
  return readWorkspace(dataDir, (sqlite) => sqlite.prepare('SELECT tbl, row_id, field, hlc FROM field_clocks ORDER BY tbl, row_id, field').all() as Array<Record<string, unknown>>);
}

export function articleTexts(dataDir: string): Record<string, string> {
  return readWorkspace(dataDir, (sqlite) =>
    Object.fromEntries((sqlite.prepare('SELECT article_id, text FROM article_bodies ORDER BY article_id').all() as Array<{ article_id: string; text: string }>).map((r) => [r.article_id, r.text])),
  );
}
