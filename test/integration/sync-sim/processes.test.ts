import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SYNCED_TABLES } from '../../../src-main/db/table-registry';
import { anAccount } from '../../fixtures/account-input';
import { opsbench } from '../../helpers/opsbench-cli';
import { callApi, startServer, type RunningServer } from '../../helpers/web-server';

// Issue 14 end to end with real processes: `opsbench hq serve`, two desktops enrolled with the
// real CLI, then two `opsbench web` processes whose background sync carries an edit made through
// one's HTTP API to the other's. Needs the build (vitest's global setup makes it).

const root = mkdtempSync(join(tmpdir(), 'opsbench-sync-e2e-'));
const dirs = { hq: join(root, 'hq'), d1: join(root, 'd1'), d2: join(root, 'd2') };
const running: ChildProcess[] = [];
const servers: RunningServer[] = [];

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await Promise.all(running.map((child) => stop(child)));
  rmSync(root, { recursive: true, force: true });
});

function stop(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

/** `opsbench hq serve` on a free port; resolves with its URL once it prints `OpsBench HQ ready: <url>`. */
function serveHq(dataDir: string): Promise<string> {
  const child = spawn(process.execPath, [join(process.cwd(), 'bin', 'opsbench.js'), 'hq', 'serve', '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /OpsBench HQ ready: (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`opsbench hq serve exited with ${code}: ${output}`)));
  });
}

/** Runs a CLI command that must succeed; returns its stdout. */
function run(args: string[]): string {
  const result = opsbench(args);
  if (result.code !== 0) throw new Error(`opsbench ${args.join(' ')} exited with ${result.code}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Live rows per synced table, read-only (the file may be held by nobody or by a web process). */
function liveCounts(dataDir: string): Record<string, number> {
  const sqlite = new Database(join(dataDir, 'workspace.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return Object.fromEntries(SYNCED_TABLES.map((meta) => [meta.name, (sqlite.prepare(`SELECT count(*) AS n FROM "${meta.name}" WHERE deleted_at IS NULL`).get() as { n: number }).n]));
  } finally {
    sqlite.close();
  }
}

/** Polls `check` until it holds; fails with what it last saw after `deadlineMs`. */
async function eventually<T>(what: string, read: () => Promise<T>, check: (value: T) => boolean, deadlineMs = 180_000): Promise<T> {
  const end = Date.now() + deadlineMs;
  let last: T | undefined;
  while (Date.now() < end) {
    last = await read();
    if (check(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what}: not after ${deadlineMs / 1000} s; last seen ${JSON.stringify(last)}`);
}

describe('HQ sync between real processes', () => {
  it('carries the demo to a second desktop, and an edit in one browser-mode app to the other', { timeout: 600_000 }, async () => {
    // The tenant before the server: PGlite's folder is held by one process at a time.
    const code = run(['hq', 'tenant', 'add', '华东分公司', '--data-dir', dirs.hq]).trim().split('\n').at(-1)!.trim();
    const hqUrl = await serveHq(dirs.hq);

    run(['demo', '--data-dir', dirs.d1]);
    run(['sync', 'enroll', '--hq', hqUrl, '--code', code, '--data-dir', dirs.d1]);
    run(['sync', 'enroll', '--hq', hqUrl, '--code', code, '--data-dir', dirs.d2]);
    const demo = liveCounts(dirs.d1);
    expect(demo.accounts).toBeGreaterThan(0);
    expect(demo.calendar_items).toBeGreaterThan(0);
    expect(liveCounts(dirs.d2)).toEqual(demo);

    const [one, two] = await Promise.all([startServer(dirs.d1), startServer(dirs.d2)]);
    servers.push(one!, two!);
    const created = (await callApi(one!, 'accounts.create', anAccount({ name: '悦汇·端到端测试号' }))) as { id: string };
    const names = () => callApi(two!, 'accounts.list', {}) as Promise<Array<{ id: string; name: string }>>;
    await eventually('the account created on desktop 1 shows on desktop 2', names, (list) => list.some((a) => a.id === created.id));

    // And back: an edit on desktop 2 reaches desktop 1.
    await callApi(two!, 'accounts.update', { id: created.id, patch: { followers: 54321 } });
    const onOne = () => callApi(one!, 'accounts.list', {}) as Promise<Array<{ id: string; followers: number }>>;
    await eventually('the edit made on desktop 2 shows on desktop 1', onOne, (list) => list.some((a) => a.id === created.id && a.followers === 54321));
  });
});
