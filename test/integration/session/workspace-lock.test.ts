import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend } from '../../../src-main/session/backend';
import { LOCK_FILE, WorkspaceLockedError } from '../../../src-main/session/workspace-lock';
import { anAccount, apiOf, tempDataDir } from '../../helpers/backend';

// One writing process per data folder: a second one is told who holds it, never a silent second writer.
// Each child compiles the back end with tsx (~1 s of CPU), so eight at once on two cores take a
// while: the races get a generous limit rather than fewer racers.
const RACE_TIMEOUT_MS = 180_000;

const HOLDER = join(import.meta.dirname, '..', '..', 'fixtures', 'session', 'hold-workspace.ts');
const children: ChildProcess[] = [];

interface Outcome {
  opened: boolean;
  pid: number;
  message?: string;
}

/** Starts a process that opens the workspace and holds it; resolves with what it printed. */
function holdWorkspace(dataDir: string, program: string): Promise<Outcome> {
  const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, dataDir, program], { stdio: ['pipe', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('\n')) resolve(JSON.parse(output.split('\n')[0]!) as Outcome);
    });
    child.once('exit', (code) => output.includes('\n') || reject(new Error(`holder exited with ${code} before answering`)));
  });
}

function release(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.stdin!.end();
  });
}

afterEach(async () => {
  await Promise.all(children.splice(0).map(release));
});

describe('the workspace lock', () => {
  it(
    'refuses a second process, naming the program and PID that hold the workspace, which keeps working',
    async () => {
      const dataDir = tempDataDir();
      const first = await holdWorkspace(dataDir, 'opsbench web');
      expect(first.opened).toBe(true);
      const second = await holdWorkspace(dataDir, 'opsbench import');
      expect(second.opened).toBe(false);
      expect(second.message).toContain('opsbench web');
      expect(second.message).toContain(`进程 ${first.pid}`);
      await release(children[0]!);
      // Closed: the folder is free again.
      const backend = openBackend({ dataDir });
      expect(await apiOf(backend).accounts.create(anAccount())).toMatchObject({ name: expect.any(String) });
      backend.close();
      expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
    },
    RACE_TIMEOUT_MS,
  );

  it(
    'lets exactly one of eight processes started at once open the workspace',
    async () => {
      const dataDir = tempDataDir();
      const outcomes = await Promise.all(Array.from({ length: 8 }, (_, i) => holdWorkspace(dataDir, `racer ${i}`)));
      const winners = outcomes.filter((o) => o.opened);
      expect(winners).toHaveLength(1);
      for (const loser of outcomes.filter((o) => !o.opened)) expect(loser.message).toMatch(/工作区正由另一个程序使用/);
    },
    RACE_TIMEOUT_MS,
  );

  it(
    'takes over a lock left by a process that died, even with three newcomers racing for it',
    async () => {
      const dataDir = tempDataDir();
      const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
      openBackend({ dataDir }).close();
      writeFileSync(join(dataDir, LOCK_FILE), JSON.stringify({ pid: Number(dead.stdout), program: 'opsbench web', host: hostname(), since: '2026-12-01T08:00:00.000Z' }));
      const outcomes = await Promise.all(Array.from({ length: 3 }, (_, i) => holdWorkspace(dataDir, `racer ${i}`)));
      expect(outcomes.filter((o) => o.opened)).toHaveLength(1);
    },
    RACE_TIMEOUT_MS,
  );

  it(
    'lets read-only commands work while another process holds the workspace, and refuses an import naming the holder',
    async () => {
      const dataDir = tempDataDir();
      const setUp = openBackend({ dataDir });
      await apiOf(setUp).accounts.create(anAccount({ name: '悦汇·上海生活' }));
      await apiOf(setUp).backups.create({});
      setUp.close();
      const holder = await holdWorkspace(dataDir, 'opsbench web');
      const cli = (...args: string[]) => spawnSync(process.execPath, [join(process.cwd(), 'bin', 'opsbench.js'), ...args, '--data-dir', dataDir, '--lang', 'zh-CN'], { encoding: 'utf8' });
      const listed = cli('backup', 'list', '--json');
      expect(listed.status, listed.stderr).toBe(0);
      expect(JSON.parse(listed.stdout)).toMatchObject({ ok: true, counts: { backups: 1 } });
      const exported = cli('export', 'calendar', '--from', '2026-12-01', '--to', '2026-12-31', '--out', join(dataDir, 'out.xlsx'));
      expect(exported.status, exported.stderr).toBe(0);
      const csv = join(dataDir, 'in.csv');
      writeFileSync(csv, '账号,日期,标题\n悦汇·上海生活,2026-12-04,冬日火锅季\n');
      const imported = cli('import', 'calendar', csv);
      expect(imported.status).toBe(1);
      expect(imported.stderr).toContain('opsbench web');
      expect(imported.stderr).toContain(`进程 ${holder.pid}`);
    },
    RACE_TIMEOUT_MS,
  );

  it('refuses a second open inside the same process too', () => {
    const dataDir = tempDataDir();
    const backend = openBackend({ dataDir, program: 'opsbench web' });
    expect(() => openBackend({ dataDir })).toThrow(WorkspaceLockedError);
    backend.close();
    openBackend({ dataDir }).close();
  });
});
