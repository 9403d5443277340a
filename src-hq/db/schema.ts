import { sql } from 'drizzle-orm';
import { bigint, boolean, check, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

// The HQ server's tables, one schema for PGlite and PostgreSQL (migrations/hq). Rows of the
// workspaces are kept as their synced fields with clocks (`sync_rows.fields`), not as typed
// tables: HQ merges and relays them and never needs their meaning, so a desktop schema change
// needs no HQ migration.

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

/** Subsidiaries. `version` is the pull cursor: each push transaction that changes rows adds one. */
export const tenants = pgTable('tenants', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  createdAt: createdAt(),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
  /** The highest version whose rows were purged: a cursor older than it must re-snapshot. */
  purgedVersion: bigint('purged_version', { mode: 'number' }).notNull().default(0),
});

/** Stored hashed; reusable until they expire (a subsidiary's second laptop enrolls with the same code). */
export const enrollmentCodes = pgTable('enrollment_codes', {
  codeHash: text('code_hash').primaryKey(),
  tenantId: text('tenant_id')
    .notNull()
    .references(() => tenants.id),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  createdAt: createdAt(),
});

export const devices = pgTable(
  'devices',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    appVersion: text('app_version').notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
    /** The highest outbox seq of this device HQ has applied. */
    lastSeq: bigint('last_seq', { mode: 'number' }).notNull().default(0),
  },
  (t) => [index('devices_tenant').on(t.tenantId)],
);

export const HQ_ROLES = ['hq_admin', 'hq_viewer', 'sub_admin', 'sub_operator'] as const;

/** Console logins (issue 15 builds on them). */
export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull().unique(),
    role: text('role', { enum: HQ_ROLES }).notNull(),
    tenantId: text('tenant_id').references(() => tenants.id),
    passwordHash: text('password_hash'),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [check('users_role', sql`${t.role} IN ('hq_admin', 'hq_viewer', 'sub_admin', 'sub_operator')`)],
);

/** field → [value, encoded HLC], as on the wire. */
export type StoredFields = Record<string, [unknown, string]>;

export const syncRows = pgTable(
  'sync_rows',
  {
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    tbl: text('tbl').notNull(),
    rowId: text('row_id').notNull(),
    fields: jsonb('fields').$type<StoredFields>().notNull(),
    /** The tenant version of the push that last changed this row. */
    version: bigint('version', { mode: 'number' }).notNull(),
    /** A copy of the `deleted_at` field's value, so tombstones can be purged by an index. */
    deletedAt: text('deleted_at'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.tbl, t.rowId] }), index('sync_rows_pull').on(t.tenantId, t.version, t.tbl, t.rowId)],
);

export const assets = pgTable(
  'assets',
  {
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    hash: text('hash').notNull(),
    bytes: bytea('bytes').notNull(),
    size: integer('size').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.hash] })],
);
