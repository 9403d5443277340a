import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { wrapDrizzle } from './connection';

/**
 * `migrations/desktop` beside the package: from src-main/db (tests, tsx) and from out/main (the
 * build) alike it is two folders up. Packaged apps pass their resources path instead.
 */
export function defaultMigrationsDir(): string {
  return fileURLToPath(new URL('../../migrations/desktop', import.meta.url));
}

/** How many migrations in the folder this database has not applied yet. */
export function pendingMigrations(sqlite: Database.Database, migrationsDir: string): number {
  if (!existsSync(migrationsDir)) throw new Error(`migrations folder not found: ${migrationsDir}`);
  const files = readMigrationFiles({ migrationsFolder: migrationsDir });
  const hasTable = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
  if (!hasTable) return files.length;
  const last = sqlite.prepare('SELECT max(created_at) AS at FROM __drizzle_migrations').get() as { at: number | null };
  return files.filter((m) => m.folderMillis > (last.at ?? 0)).length;
}

/** When the newest migration in the folder was made (drizzle's `folderMillis`). */
export function lastMigrationMillis(migrationsDir: string): number {
  return Math.max(0, ...readMigrationFiles({ migrationsFolder: migrationsDir }).map((m) => m.folderMillis));
}

export function runMigrations(sqlite: Database.Database, migrationsDir: string): void {
  migrate(wrapDrizzle(sqlite), { migrationsFolder: migrationsDir });
}
