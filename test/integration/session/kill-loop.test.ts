import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUPS_KEPT, backupsDir, checkRestorable, listBackups } from '../../../src-main/db/backup';
import { openSqlite } from '../../../src-main/db/connection';
import { defaultMigrationsDir, lastMigrationMillis } from '../../../src-main/db/migrate';
import { openBackend } from '../../../src-main/session/backend';
import { tempDataDir } from '../../helpers/backend';

// kill -9 in the middle of mixed writes (API calls, imports, backups), round after round: the
// file stays intact, every write that was acknowledged is there, clocks never repeat, and no
// partial backup survives. Each round starts a tsx child (~1 s of CPU), hence the generous limit.

const WRITER = join(import.meta.dirname, '..', '..', 'fixtures', 'session', 'mixed-writer.ts');
const ROUNDS = 20;

/** Runs the writer until it has acknowledged `writes` lines, then kills it with SIGKILL; returns the lines. */
function writeThenKill(dataDir: string, round: number, writes: number): Promise<string[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir, String(round)], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.split('\n').length > writes && child.exitCode === null) child.kill('SIGKILL');
    });
    child.once('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer stopped by itself: ${errors}`));
      // Only whole lines were acknowledged; a line cut by the kill is not.
      resolve(output.split('\n').slice(0, -1));
    });
  });
}

describe('kill -9 during mixed writes', () => {
  it(`loses no acknowledged write in ${ROUNDS} rounds`, async () => {
    const dataDir = tempDataDir();
    const acknowledged: string[] = [];
    for (let round = 0; round < ROUNDS; round++) acknowledged.push(...(await writeThenKill(dataDir, round, 5 + ((round * 7) % 23))));

    const backend = openBackend({ dataDir });
    const accounts = new Set((await backend.handlers.accounts.list({})).map((a) => a.id));
    const items = await backend.handlers.calendar.listItems({ from: '2026-11-01', to: '2026-12-31' });
    const itemIds = new Set(items.map((i) => i.id));
    const titles = new Set(items.map((i) => i.title));
    backend.close();

    // Manual backups beyond the newest ten are pruned on purpose (db/backup.ts): only those must remain.
    const keptBackups = new Set(acknowledged.filter((line) => line.startsWith('backup ')).slice(-BACKUPS_KEPT));
    const lost = acknowledged.filter((line) => {
      const [kind, value, ...rest] = line.split(' ');
      if (kind === 'account') return !accounts.has(value!);
      if (kind === 'item') return !itemIds.has(value!);
      if (kind === 'import') return value === '1' && !titles.has(rest.join(' '));
      if (kind === 'backup') return keptBackups.has(line) && !existsSync(join(backupsDir(dataDir), value!));
      return true;
    });
    const sqlite = openSqlite(join(dataDir, 'workspace.sqlite'));
    const integrity = sqlite.pragma('integrity_check', { simple: true });
    // One clock per change: no two values of one field were ever stamped with the same HLC.
    const repeatedClocks = (sqlite.prepare('SELECT count(*) AS n FROM (SELECT tbl, row_id, field, hlc FROM outbox GROUP BY 1, 2, 3, 4 HAVING count(DISTINCT value) > 1)').get() as { n: number }).n;
    const lastClock = (sqlite.prepare("SELECT value FROM local_state WHERE key = 'hlc.last'").get() as { value: string } | undefined)?.value ?? '';
    const newestStamp = (sqlite.prepare('SELECT max(hlc) AS hlc FROM field_clocks').get() as { hlc: string }).hlc;
    sqlite.close();

    console.log(`kill -9 loop: ${ROUNDS} rounds, ${acknowledged.length} acknowledged writes, lost ${lost.length}`);
    expect(integrity).toBe('ok');
    expect(lost).toEqual([]);
    expect(repeatedClocks).toBe(0);
    expect(lastClock >= newestStamp).toBe(true);
    // Nothing but whole backups is left, and each one would restore.
    expect(readdirSync(backupsDir(dataDir)).filter((name) => !name.endsWith('.sqlite'))).toEqual([]);
    for (const { name } of listBackups(dataDir)) checkRestorable(join(backupsDir(dataDir), name), lastMigrationMillis(defaultMigrationsDir()));
  }, 600_000);
});
