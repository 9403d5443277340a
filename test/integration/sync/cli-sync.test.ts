import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { aCode, useHq } from '../../helpers/sync-devices';
import { syncedRows } from '../../helpers/sync-workspace';

// `opsbench sync` as a user runs it: real processes of the built command (bin/opsbench.js) against
// a real HQ over HTTP. HQ runs in this process, so the commands run without blocking it.

const root = resolve(import.meta.dirname, '../../..');
const built = existsSync(join(root, 'out', 'main', 'cli.js'));
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'opsbench-sync-cli-'));
  dirs.push(dir);
  return dir;
};

function opsbench(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(join(root, 'node_modules', '.bin', 'node'), [join(root, 'bin', 'opsbench.js'), ...args], {
      cwd: root,
      env: { ...process.env, OPSBENCH_DATA_DIR: '', LANG: '', LC_ALL: '', LC_MESSAGES: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const CLI_TIMEOUT = 300_000;

describe.skipIf(!built)(`opsbench sync${built ? '' : ' (skipped: npm run build could not produce out/main/cli.js)'}`, () => {
  const hq = useHq();

  it(
    'enrols a demo workspace, creates a second workspace from HQ in a new folder, syncs, shows the status and leaves',
    async () => {
      const code = await aCode(hq());
      const first = tempDir();
      expect((await opsbench(['demo', '--data-dir', first, '--today', '2026-12-02'])).code).toBe(0);
      const enrolled = await opsbench(['sync', 'enroll', '--hq', hq().url, '--code', code, '--name', '运营部笔记本', '--data-dir', first]);
      expect(enrolled.code, enrolled.stderr).toBe(0);
      expect(enrolled.stdout).toContain('已注册到总部');
      expect(enrolled.stdout).toContain('设备“运营部笔记本”');
      expect(enrolled.stdout).toMatch(/已同步：上传 [1-9]\d* 项改动/);

      const second = join(tempDir(), 'new-folder');
      const received = await opsbench(['sync', 'enroll', '--hq', hq().url, '--code', code, '--data-dir', second, '--json']);
      expect(received.code, received.stderr).toBe(0);
      const body = JSON.parse(received.stdout) as { ok: boolean; counts: Record<string, number> };
      expect(body.ok).toBe(true);
      expect(body.counts.pulled).toBeGreaterThan(100);
      expect(syncedRows(second)).toEqual(syncedRows(first));

      const again = await opsbench(['sync', '--data-dir', first, '--lang', 'en']);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toContain('Synced: 0 changes and 0 files up');

      const status = await opsbench(['sync', 'status', '--data-dir', second]);
      expect(status.code).toBe(0);
      expect(status.stdout).toContain('状态：已同步');
      expect(status.stdout).toContain('待推送改动：0');

      const left = await opsbench(['sync', 'leave', '--data-dir', second]);
      expect(left.code).toBe(0);
      expect((await opsbench(['sync', 'status', '--data-dir', second])).stdout).toContain('未注册到总部');
    },
    CLI_TIMEOUT,
  );

  it(
    'refuses a second enrolment, a folder with data into a subsidiary with data without --merge or --replace, and an unknown code',
    async () => {
      const code = await aCode(hq());
      const first = tempDir();
      expect((await opsbench(['demo', '--data-dir', first, '--today', '2026-12-02'])).code).toBe(0);
      expect((await opsbench(['sync', 'enroll', '--hq', hq().url, '--code', code, '--data-dir', first])).code).toBe(0);
      const again = await opsbench(['sync', 'enroll', '--hq', hq().url, '--code', code, '--data-dir', first]);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain(`已经注册到总部（${hq().url}）`);
      const other = tempDir();
      expect((await opsbench(['demo', '--data-dir', other, '--today', '2026-12-02', '--seed', '2'])).code).toBe(0);
      const both = await opsbench(['sync', 'enroll', '--hq', hq().url, '--code', code, '--data-dir', other]);
      expect(both.code).toBe(1);
      expect(both.stderr).toContain('--merge');
      const badCode = await opsbench(['sync', 'enroll', '--hq', hq().url, '--code', 'NOT-A-CODE-123', '--data-dir', tempDir()]);
      expect(badCode.code).toBe(1);
      expect(badCode.stderr).toContain('注册码');
    },
    CLI_TIMEOUT,
  );
});
