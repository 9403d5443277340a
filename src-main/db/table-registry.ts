import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { DomainName } from '../../src-shared/contract';
import * as schema from './schema';

// DESIGN.md §5: every table is declared once as synced (the operator's data, pushed to HQ),
// local (device state, caches) or HQ-owned (read-only on the desktop). Writes to synced tables go
// through src-main/sync/repository.ts only; test/unit/sync/write-path.test.ts enforces it.

export interface SyncedTable {
  kind: 'synced';
  table: SQLiteTable;
  name: string;
  /** The domain whose `changed` event fires when the table changes. */
  domain: DomainName;
  /** Domains whose data is derived from the table, so their `changed` event fires too. */
  alsoNotifies: readonly DomainName[];
  /** SQL column name → TS property name, for every column sync carries (all but id/updated_at). */
  fields: Map<string, string>;
  /** SQL names of boolean columns (stored 0/1, carried as booleans). */
  booleanFields: Set<string>;
  /** SQL names of NOT NULL columns: a remote null for them is refused. */
  notNullFields: Set<string>;
  /**
   * The SQL column naming the row's parent, whose id the change events carry too: a body's update
   * row or revision changes its article, and the article's views listen for the article's id.
   */
  parentField?: string;
}

/** A table sync does not carry: the device's own (local) or HQ's, read-only here (hq-owned). */
export interface OtherTable {
  kind: 'local' | 'hq-owned';
  name: string;
  reason: string;
}

/** Columns maintained by the repository itself, not carried as field changes. */
const NOT_SYNCED_FIELDS = new Set(['id', 'updated_at']);

function synced(table: SQLiteTable, domain: DomainName, alsoNotifies: readonly DomainName[] = [], parentField?: string): SyncedTable {
  const fields = new Map<string, string>();
  const booleanFields = new Set<string>();
  const notNullFields = new Set<string>();
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    if (NOT_SYNCED_FIELDS.has(column.name)) continue;
    fields.set(column.name, key);
    if (column.dataType === 'boolean') booleanFields.add(column.name);
    if (column.notNull) notNullFields.add(column.name);
  }
  return { kind: 'synced', table, name: getTableName(table), domain, alsoNotifies, fields, booleanFields, notNullFields, parentField };
}

export const SYNCED_TABLES: readonly SyncedTable[] = [
  synced(schema.workspace, 'workspace'),
  synced(schema.accounts, 'accounts'),
  synced(schema.columns, 'columns'),
  synced(schema.menuItems, 'menus'),
  synced(schema.members, 'team'),
  synced(schema.memberRoles, 'team'),
  synced(schema.memberKpis, 'team'),
  synced(schema.calendarItems, 'calendar'),
  synced(schema.calendarItemTags, 'calendar'),
  synced(schema.keyDates, 'calendar'),
  // The calendar's 休/班 layer follows the workspace's schedule.
  synced(schema.holidayEntries, 'holidays', ['calendarLayers']),
  synced(schema.articles, 'articles'),
  // The body's log: insert-only, compacted into snapshot rows (docs/ARCHITECTURE.md, "Article bodies").
  synced(schema.articleUpdates, 'articles', [], 'article_id'),
  synced(schema.articleRevisions, 'articles', [], 'article_id'),
  synced(schema.articleComments, 'articleReview'),
  synced(schema.articleDecisions, 'articleReview'),
  synced(schema.reviewSteps, 'articleReview'),
  synced(schema.lintWords, 'lintWords'),
  synced(schema.lintExemptions, 'lintWords'),
  synced(schema.assets, 'library'),
  synced(schema.libraryItems, 'library'),
  synced(schema.peerAccounts, 'benchmarks'),
  synced(schema.peerLearnings, 'benchmarks'),
  synced(schema.metricSnapshots, 'benchmarks'),
  synced(schema.postMetrics, 'benchmarks'),
  synced(schema.followerDays, 'benchmarks'),
  synced(schema.importMappings, 'imports'),
  // Activities' phases are spans on the calendar; their costs and logged time make their ROI.
  synced(schema.activities, 'activities', ['calendarLayers']),
  synced(schema.activityAccounts, 'activities'),
  synced(schema.activityPhases, 'activities', ['calendarLayers']),
  synced(schema.costItems, 'costs', ['activities']),
  synced(schema.workLogs, 'worklog', ['activities']),
  synced(schema.concerns, 'concerns'),
  synced(schema.concernArticles, 'concerns'),
  synced(schema.communityGroups, 'community'),
  synced(schema.communityScripts, 'community'),
  // A plan composes every domain's figures, but only its own rows change it.
  synced(schema.plans, 'plans'),
  synced(schema.planSections, 'plans'),
  synced(schema.planExports, 'plans'),
];

function local(table: SQLiteTable, reason: string): OtherTable {
  return { kind: 'local', name: getTableName(table), reason };
}

/** Checked against the schema and a migrated database by test/unit/sync/table-registry.test.ts. */
export const OTHER_TABLES: readonly OtherTable[] = [
  local(schema.fieldClocks, 'per-field clocks of synced rows, kept by the repository'),
  local(schema.outbox, 'field changes waiting for HQ'),
  local(schema.localState, 'node id, last clock, device preferences'),
  local(schema.articleBodies, "derived from each article's update log: JSON, HTML, text, counts"),
  // FTS5 over titles and bodies (trigram), rebuilt from article_bodies; the virtual table and its shadow tables.
  ...['article_search', 'article_search_config', 'article_search_content', 'article_search_data', 'article_search_docsize', 'article_search_idx'].map((name): OtherTable => ({
    kind: 'local',
    name,
    reason: 'full-text index of article titles and bodies, derived',
  })),
  { kind: 'local', name: '__drizzle_migrations', reason: "drizzle's record of applied migrations (not in the schema)" },
];

const byName = new Map(SYNCED_TABLES.map((t) => [t.name, t]));

export function syncedTable(name: string): SyncedTable | undefined {
  return byName.get(name);
}

export function syncedTableOf(table: SQLiteTable): SyncedTable {
  const entry = byName.get(getTableName(table));
  if (!entry) throw new Error(`${getTableName(table)} is not a synced table`);
  return entry;
}
