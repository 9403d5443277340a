import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../src-main/db/connection';
import { openBackend } from '../../src-main/session/backend';
import { apiOf, tempDataDir } from '../helpers/backend';

describe('a process killed mid-write', () => {
  it('leaves a consistent workspace: every saved account has its outbox entries and nothing else', async () => {
    const dataDir = tempDataDir();
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '..', 'fixtures', 'write-forever.ts'), dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      child.once('exit', (code) => reject(new Error(`writer exited early with ${code}`)));
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    const backend = openBackend({ dataDir });
    const accounts = await apiOf(backend).accounts.list({});
    backend.close();
    const sqlite = openSqlite(join(dataDir, 'workspace.sqlite'));
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    const outboxRows = (sqlite.prepare("SELECT count(DISTINCT row_id) AS n FROM outbox WHERE tbl = 'accounts'").get() as { n: number }).n;
    sqlite.close();
    expect(accounts.length).toBeGreaterThan(20);
    expect(outboxRows).toBe(accounts.length);
  });
});
