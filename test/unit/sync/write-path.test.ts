import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as schema from '../../../src-main/db/schema';
import { SYNCED_TABLES } from '../../../src-main/db/table-registry';
import { openSqlite } from '../../../src-main/db/connection';
import { openTestBackend } from '../../helpers/backend';

const ROOT = join(__dirname, '..', '..', '..');
const REPOSITORY = 'src-main/sync/repository.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs)$/.test(name) ? [path] : [];
  });
}

describe('writes to synced tables', () => {
  it('go through the sync repository only (no SQL or drizzle writes elsewhere)', () => {
    const tableNames = SYNCED_TABLES.map((t) => t.name).join('|');
    const exportNames = Object.entries(schema)
      .filter(([, table]) => SYNCED_TABLES.some((t) => t.table === table))
      .map(([name]) => name)
      .join('|');
    const rawSql = new RegExp(`\\b(INSERT\\s+(OR\\s+\\w+\\s+)?INTO|UPDATE|DELETE\\s+FROM|REPLACE\\s+INTO)\\s+["\`']?(${tableNames})\\b`, 'i');
    const drizzleWrite = new RegExp(`\\.(insert|update|delete)\\(\\s*(schema\\.)?(${exportNames})\\s*\\)`);
    const offenders: string[] = [];
    // src-hq is not scanned: its tables (one is also called `assets`) live in HQ's PostgreSQL, and
    // the layering (hq-not-desktop) keeps it away from the desktop's database.
    for (const dir of ['src-main', 'src-shared']) {
      for (const file of sourceFiles(join(ROOT, dir))) {
        const path = relative(ROOT, file);
        if (path === REPOSITORY) continue;
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if (rawSql.test(line) || drizzleWrite.test(line)) offenders.push(`${path}:${i + 1}: ${line.trim()}`);
          });
      }
    }
    expect(offenders).toEqual([]);
  });

  it('leave every field of every synced row with a clock (checked on the demo workspace)', { timeout: 120_000 }, async () => {
    const backend = openTestBackend();
    await backend.api.workspace.loadDemo({});
    const sqlite = openSqlite(join(backend.dataDir, 'workspace.sqlite'));
    for (const table of SYNCED_TABLES) {
      const rows = (sqlite.prepare(`SELECT count(*) AS n FROM "${table.name}"`).get() as { n: number }).n;
      const clocks = (sqlite.prepare('SELECT count(*) AS n FROM field_clocks WHERE tbl = ?').get(table.name) as { n: number }).n;
      expect({ table: table.name, clocks }).toEqual({ table: table.name, clocks: rows * table.fields.size });
    }
    sqlite.close();
  });
});
