import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// These tests run the real command (bin/opsbench.js → out/main/cli.js) the way a user or an HQ
// IT script does, so they need the build. `npm test` runs vitest before `npm run build`, hence
// the build here when out/main is missing (main and preload build even while the renderer fails).

const root = resolve(import.meta.dirname, '../..');
const node = join(root, 'node_modules', '.bin', 'node');
const bin = join(root, 'bin', 'opsbench.js');
const cliBuild = join(root, 'out', 'main', 'cli.js');

if (!existsSync(cliBuild)) {
  try {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'ignore', timeout: 300_000 });
  } catch {
    // judged below by whether out/main/cli.js exists
  }
}
const built = existsSync(cliBuild);
const rendererBuilt = existsSync(join(root, 'out', 'renderer', 'index.html'));

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'opsbench-cli-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function opsbench(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(node, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, OPSBENCH_DATA_DIR: '', ...env }, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.skipIf(!built)(`opsbench command${built ? '' : ' (skipped: npm run build could not produce out/main/cli.js)'}`, () => {
  it('prints the package version', () => {
    const { code, stdout } = opsbench(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('prints help for the program and for each command', () => {
    const main = opsbench(['--help']);
    expect(main.code).toBe(0);
    for (const command of ['web', 'demo', 'backup']) expect(main.stdout).toContain(command);
    const web = opsbench(['web', '--help']);
    expect(web.code).toBe(0);
    expect(web.stdout).toContain('--no-open');
  });

  it('exits 2 with a hint for an unknown command, option or value', () => {
    for (const args of [['frobnicate'], [], ['web', '--frob'], ['demo', '--data-dir', tempDir(), '--scale', 'huge'], ['backup', 'explode']]) {
      const { code, stderr } = opsbench(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr, args.join(' ')).toContain('--help');
    }
  });

  it('writes the demo workspace, then lists, creates and restores backups', () => {
    const dataDir = tempDir();
    const demo = opsbench(['demo', '--data-dir', dataDir, '--seed', '7']);
    expect(demo.code, demo.stderr).toBe(0);
    expect(demo.stdout).toMatch(/\d+ accounts, \d+ columns, \d+ members/);
    const created = opsbench(['backup', 'create', '--data-dir', dataDir]);
    expect(created.code, created.stderr).toBe(0);
    const name = /Backup created: (\S+\.sqlite)/.exec(created.stdout)?.[1];
    expect(name).toBeDefined();
    const list = opsbench(['backup', 'list', '--json'], { OPSBENCH_DATA_DIR: dataDir });
    expect(list.code, list.stderr).toBe(0);
    expect((JSON.parse(list.stdout) as Array<{ name: string }>).map((b) => b.name)).toContain(name);
    const restored = opsbench(['backup', 'restore', name!, '--data-dir', dataDir]);
    expect(restored.code, restored.stderr).toBe(0);
  });

  it('imports a GBK calendar CSV (a dry run first) and exports the calendar as .xlsx and .ics', () => {
    const dataDir = tempDir();
    expect(opsbench(['demo', '--data-dir', dataDir]).code).toBe(0);
    const csv = join(root, 'test', 'fixtures', 'calendar', 'import-gbk.csv');
    const dry = opsbench(['import', 'calendar', csv, '--dry-run', '--data-dir', dataDir]);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('Dry run: 4 items would be imported (0 duplicates skipped, 1 with errors)');
    expect(dry.stderr).toMatch(/^row 5\tdate\tvalidation\.import\.badDate\t\{"value":"2026-12-32"\}$/m);
    const imported = opsbench(['import', 'calendar', csv, '--json', '--data-dir', dataDir]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ created: 4, duplicates: 0, invalid: 1 });
    const out = join(tempDir(), 'december.ics');
    const exported = opsbench(['export', 'calendar', '--from', '2026-12-01', '--to', '2026-12-31', '--out', out, '--data-dir', dataDir]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(readFileSync(out, 'utf8').match(/BEGIN:VEVENT/g)).toHaveLength(4);
    const xlsx = opsbench(['export', 'calendar', '--from', '2026-12-01', '--to', '2026-12-31', '--out', join(tempDir(), 'december.xlsx'), '--data-dir', dataDir]);
    expect(xlsx.code, xlsx.stderr).toBe(0);
    expect(opsbench(['export', 'calendar', '--from', '2026-12-31', '--to', '2026-12-01', '--data-dir', dataDir]).code).toBe(2);
    expect(opsbench(['import', 'menus', csv, '--data-dir', dataDir]).code).toBe(2);
  });

  it('fails with exit 1 and a message, without a stack trace, when a command cannot be done', () => {
    const dataDir = tempDir();
    const { code, stderr } = opsbench(['backup', 'restore', 'workspace-missing.sqlite', '--data-dir', dataDir]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^opsbench: .*workspace-missing\.sqlite/m);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it.skipIf(!rendererBuilt)(`web prints one ready line, serves the app and stops on SIGTERM${rendererBuilt ? '' : ' (skipped: out/renderer not built)'}`, async () => {
    const child = spawn(node, [bin, 'web', '--no-open', '--port', '0', '--data-dir', tempDir()], { cwd: root });
    let stdout = '';
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const url = await new Promise<string>((done, fail) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /^OpsBench ready: (http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64})\n/.exec(stdout);
        if (match) done(match[1]!);
      });
      child.on('exit', () => fail(new Error(`web exited before it was ready: ${stdout}`)));
    });
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('set-cookie')).toContain('HttpOnly');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
  });
});

const oldNode = '/usr/bin/node';
const oldVersion = existsSync(oldNode) ? spawnSync(oldNode, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim() : '';
const [major = 0, minor = 0] = oldVersion.split('.').map(Number);
const tooOld = oldVersion !== '' && (major < 22 || (major === 22 && minor < 14));

describe('bin/opsbench.js on an old Node', () => {
  it.skipIf(!tooOld)(`says which Node it needs and exits 1${tooOld ? '' : ` (skipped: ${oldNode} is ${oldVersion || 'missing'}, not older than 22.14)`}`, () => {
    const result = spawnSync(oldNode, [bin, '--version'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining(`opsbench needs Node.js 22.14 or newer (this is ${oldVersion})`)]);
  });
});
