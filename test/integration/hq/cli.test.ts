import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { httpEndpoints } from '../../helpers/hq-http';

// The real `opsbench hq …` (bin/opsbench.js → out/main/hq.js), as HQ's IT runs it.

const root = resolve(import.meta.dirname, '..', '..', '..');
const built = existsSync(join(root, 'out', 'main', 'hq.js'));
const node = join(root, 'node_modules', '.bin', 'node');
const env = { ...process.env, LANG: '', LC_ALL: '', LC_MESSAGES: '', OPSBENCH_HQ_DATA_DIR: '' };
/** PGlite's first start in a folder runs initdb: seconds, more on a busy machine. */
const SLOW = 240_000;

function hq(args: string[]) {
  const result = spawnSync(node, [join(root, 'bin', 'opsbench.js'), 'hq', ...args], { cwd: root, encoding: 'utf8', env, timeout: SLOW });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts `hq serve` and resolves with its URL once it printed the ready line. */
function serve(dataDir: string): Promise<{ child: ChildProcess; url: string; exited: Promise<number | null> }> {
  const child = spawn(node, [join(root, 'bin', 'opsbench.js'), 'hq', 'serve', '--port', '0', '--data-dir', dataDir], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((ready, fail) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /^OpsBench HQ ready: (http:\/\/127\.0\.0\.1:\d+)$/.exec(line);
      if (match) ready({ child, url: match[1]!, exited });
    });
    void exited.then((code) => fail(new Error(`hq serve exited (${code}) before it was ready: ${stderr}`)));
  });
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe.skipIf(!built)('opsbench hq (the built program)', () => {
  it(
    'serves on a free port; tenant add waits for serve to stop (lock), then prints a code that enrolls; backup writes a dump',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'opsbench-hq-cli-'));
      dirs.push(dataDir);
      const first = await serve(dataDir);
      const health = await fetch(`${first.url}/health`);
      expect(await health.json()).toEqual({ ok: true, protocol: 1 });

      const refused = hq(['tenant', 'add', '悦汇华东', '--data-dir', dataDir]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`进程 ${first.child.pid}`);

      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      expect(readdirSync(dataDir)).not.toContain('hq.lock');

      const added = hq(['tenant', 'add', '悦汇华东', '--data-dir', dataDir]);
      expect(added.code).toBe(0);
      const code = added.stdout.trimEnd().split('\n').at(-1)!;
      expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);

      const backup = hq(['backup', '--data-dir', dataDir, '--json']);
      expect(backup.code).toBe(0);
      expect(readdirSync(join(dataDir, 'backups'))).toEqual([basename((JSON.parse(backup.stdout) as { file: string }).file)]);

      const second = await serve(dataDir);
      try {
        const enrolled = await httpEndpoints(second.url).enroll({ code, deviceName: '华东笔记本', appVersion: '0.1.0' });
        expect(enrolled.tenant.name).toBe('悦汇华东');
      } finally {
        second.child.kill('SIGINT');
        expect(await second.exited).toBe(0);
      }
      const devices = JSON.parse(hq(['device', 'list', '--data-dir', dataDir, '--json']).stdout) as { devices: Array<{ id: string; name: string }> };
      expect(devices.devices.map((d) => d.name)).toEqual(['华东笔记本']);
      expect(hq(['device', 'revoke', devices.devices[0]!.id.slice(0, 5), '--data-dir', dataDir])).toMatchObject({ code: 1, stderr: expect.stringContaining('没有 ID 为') });
      const revoked = hq(['device', 'revoke', devices.devices[0]!.id.slice(0, 8), '--data-dir', dataDir]);
      expect(revoked.stdout).toContain('已吊销设备');
      const another = hq(['tenant', 'code', '悦汇华东', '--data-dir', dataDir]);
      expect(another.stdout.trimEnd().split('\n').at(-1)).toMatch(/^[A-HJKMNP-Z2-9]{4}(-[A-HJKMNP-Z2-9]{4}){2}$/);
      expect(hq(['tenant', 'code', '没有这家', '--data-dir', dataDir])).toMatchObject({ code: 1, stderr: expect.stringContaining('没有名称或 ID 为“没有这家”的子公司') });
    },
    SLOW * 2,
  );

  it("lists a group's verbs on `hq tenant --help` and `hq device --help`; `hq --help` says PGlite needs serve stopped", () => {
    const tenant = hq(['tenant', '--help']);
    expect(tenant.code).toBe(0);
    for (const verb of ['add', 'list', 'code']) expect(tenant.stdout).toContain(`用法：opsbench hq tenant ${verb}`);
    const device = hq(['device', '-h']);
    expect(device.code).toBe(0);
    for (const verb of ['list', 'revoke']) expect(device.stdout).toContain(`用法：opsbench hq device ${verb}`);
    expect(hq(['device'])).toMatchObject({ code: 2, stdout: expect.stringContaining('opsbench hq device revoke') });
    expect(hq(['--help']).stdout).toContain('tenant、device 和 backup 命令需要先停止 serve');
  });

  it('speaks English where the locale does, and exits 2 on a usage error', () => {
    const result = spawnSync(node, [join(root, 'bin', 'opsbench.js'), 'hq', 'serve', '--port', 'eighty'], { cwd: root, encoding: 'utf8', env: { ...env, LANG: 'en_US.UTF-8' } });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('--port must be a whole number from 0 to 65535 (got "eighty"). Run "opsbench hq serve --help" for usage.\n');
    expect(hq(['tenant', 'add', '--help']).stdout).toContain('用法：opsbench hq tenant add');
  });
});
