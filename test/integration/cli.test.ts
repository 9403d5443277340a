import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// These tests run the real command (bin/opsbench.js → out/main/cli.js) the way a user or an HQ
// IT script does, so they need the build, which vitest's global setup makes when it is missing
// (test/helpers/build-once.ts; main and preload build even while the renderer fails).

const root = resolve(import.meta.dirname, '../..');
const node = join(root, 'node_modules', '.bin', 'node');
const bin = join(root, 'bin', 'opsbench.js');
const cliBuild = join(root, 'out', 'main', 'cli.js');
const gbkCsv = join(root, 'test', 'fixtures', 'calendar', 'import-gbk.csv');

const built = existsSync(cliBuild);
const rendererBuilt = existsSync(join(root, 'out', 'renderer', 'index.html'));

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'opsbench-cli-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** No data folder and no locale from the machine running the tests: each test says what it wants. */
const QUIET_ENV = { OPSBENCH_DATA_DIR: '', LC_ALL: '', LC_MESSAGES: '', LANG: '' };

function opsbench(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(node, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...QUIET_ENV, ...env }, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `--json`: exactly one JSON object on stdout. */
function json(args: string[], env: NodeJS.ProcessEnv = {}) {
  const run = opsbench([...args, '--json'], env);
  expect(run.stdout.trim().split('\n'), run.stdout).toHaveLength(1);
  return { ...run, body: JSON.parse(run.stdout) as Record<string, unknown> & { counts: Record<string, number> } };
}

/** The demo around a fixed day, so the December rows imported below meet the same plan on any day. */
function demoDir(): string {
  const dataDir = tempDir();
  expect(opsbench(['demo', '--data-dir', dataDir, '--today', '2026-10-08']).code).toBe(0);
  return dataDir;
}

describe.skipIf(!built)(`opsbench command${built ? '' : ' (skipped: npm run build could not produce out/main/cli.js)'}`, () => {
  it('prints the package version', () => {
    const { code, stdout } = opsbench(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('prints help in Chinese by default, in English on request, for the program and each command', () => {
    const main = opsbench(['--help']);
    expect(main.code).toBe(0);
    expect(main.stdout).toContain('用法：opsbench <命令>');
    for (const command of ['import <对象>', 'export <对象>', 'backup list', 'demo', 'web']) expect(main.stdout).toContain(command);
    expect(opsbench(['--help', '--lang', 'en']).stdout).toContain('Usage: opsbench <command>');
    expect(opsbench(['web', '--help']).stdout).toContain('--no-open');
    const importHelp = opsbench(['import', '--help'], { LANG: 'en_US.UTF-8' });
    expect(importHelp.stdout).toContain('What: calendar, holidays, benchmarks, worklog.');
    expect(importHelp.stdout).toContain('--rejected FILE');
    expect(opsbench(['help', 'export', 'calendar']).stdout).toContain('--from YYYY-MM-DD');
  });

  it('speaks --lang, else LC_ALL, LC_MESSAGES, LANG, where unset, empty, C and POSIX say nothing; else Chinese', () => {
    const chinese = '没有「frob」这个命令';
    const english = 'unknown command "frob"';
    const cases: Array<[NodeJS.ProcessEnv, string[], string]> = [
      [{}, [], chinese],
      [{ LANG: 'en_US.UTF-8' }, [], english],
      [{ LANG: 'zh_CN.UTF-8' }, [], chinese],
      [{ LANG: 'fr_FR.UTF-8' }, [], chinese],
      [{ LC_ALL: 'C', LANG: 'en_US.UTF-8' }, [], english],
      [{ LC_ALL: 'POSIX', LC_MESSAGES: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' }, [], english],
      [{ LC_ALL: 'C.UTF-8', LC_MESSAGES: 'C', LANG: 'en_US.UTF-8' }, [], english],
      [{ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }, [], english],
      [{ LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }, [], chinese],
      [{ LC_ALL: 'C', LANG: 'POSIX' }, [], chinese],
      [{ LANG: 'en_US.UTF-8' }, ['--lang', 'zh-CN'], chinese],
      [{ LANG: 'zh_CN.UTF-8' }, ['--lang=en'], english],
    ];
    for (const [env, flags, expected] of cases) {
      const { code, stderr } = opsbench(['frob', ...flags], env);
      expect(code).toBe(2);
      expect(stderr, JSON.stringify({ env, flags })).toContain(expected);
    }
    const wrong = opsbench(['--lang', 'fr', 'backup', 'list'], { LANG: 'en_US.UTF-8' });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--lang must be zh-CN or en (got "fr")');
  });

  it('exits 2 with a hint for an unknown command, option or value, and with --json says so as one object', () => {
    for (const args of [
      ['frobnicate'],
      [],
      ['web', '--frob'],
      ['demo', '--data-dir', tempDir(), '--scale', 'huge'],
      ['demo', '--data-dir', tempDir(), '--today', '2026-13-01'],
      ['backup', 'explode'],
      ['import'],
      ['import', 'menus', 'x.csv'],
      ['backup', 'restore'],
    ]) {
      const { code, stderr } = opsbench(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr, args.join(' ')).toMatch(/^用法见 opsbench .*--help$/m);
    }
    const { code, body } = json(['import', 'menus', 'x.csv']);
    expect(code).toBe(2);
    expect(body).toEqual({ ok: false, error: { code: 'usage', message: { key: 'cli.usage.unknownWhat', params: { command: 'import', what: 'menus', whats: 'calendar, holidays, benchmarks, worklog' } } } });
  });

  it('writes the demo workspace, then lists, creates and restores backups, saying what it did with counts', { timeout: 300_000 }, () => {
    const dataDir = tempDir();
    const demo = json(['demo', '--data-dir', dataDir, '--seed', '7']);
    expect(demo.code, demo.stderr).toBe(0);
    expect(demo.body).toMatchObject({ ok: true, message: { key: 'cli.demo.done' }, counts: { accounts: expect.any(Number), columns: expect.any(Number), members: expect.any(Number), calendarItems: expect.any(Number) } });
    expect(demo.body.counts.calendarItems).toBeGreaterThan(0);
    const again = opsbench(['demo', '--data-dir', dataDir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('--replace');
    expect(opsbench(['demo', '--data-dir', dataDir, '--lang', 'en', '--replace']).stdout).toMatch(/: \d+ accounts, \d+ columns, \d+ members, \d+ calendar items, \d+ peer accounts, \d+ articles' figures\./);

    const created = opsbench(['backup', 'create', '--data-dir', dataDir], { LANG: 'en_US.UTF-8' });
    expect(created.code, created.stderr).toBe(0);
    const name = /^Backup created: (\S+\.sqlite) \(\d+ KB\)$/m.exec(created.stdout)?.[1];
    expect(name).toBeDefined();
    const list = json(['backup', 'list'], { OPSBENCH_DATA_DIR: dataDir });
    expect(list.code, list.stderr).toBe(0);
    expect(list.body.counts.backups).toBe((list.body.backups as unknown[]).length);
    expect((list.body.backups as Array<{ name: string }>).map((b) => b.name)).toContain(name);
    const text = opsbench(['backup', 'list', '--data-dir', dataDir]);
    expect(text.stdout).toContain(`里有 ${list.body.counts.backups} 个备份`);
    expect(text.stdout).toMatch(new RegExp(`^${name!.replace(/\./g, '\\.')}\t手动备份\t`, 'm'));
    const restored = json(['backup', 'restore', name!, '--data-dir', dataDir]);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.body).toMatchObject({ ok: true, counts: { restored: 1 }, restored: name });
  });

  it('imports a GBK calendar CSV, giving the reasons for bad rows with their row numbers in Chinese or English', () => {
    const dataDir = demoDir();
    const dry = opsbench(['import', 'calendar', gbkCsv, '--dry-run', '--data-dir', dataDir]);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('试运行：可导入 4 条排期（重复 0 条，有错误 1 条），没有写入任何数据。');
    expect(dry.stderr).toContain('第 5 行，日期：日期「2026-12-32」无法使用：这一天不存在（如 2月30日），或写法无法识别（可写成 2026-10-01、2026/10/1 或 2026年10月1日）');
    const english = opsbench(['import', 'calendar', gbkCsv, '--dry-run', '--data-dir', dataDir], { LANG: 'en_US.UTF-8' });
    expect(english.stdout).toContain('Dry run: 4 items would be imported (duplicates: 0, rejected: 1); nothing was written.');
    expect(english.stderr).toContain(
      'Row 5, Date: The date "2026-12-32" cannot be used: the day does not exist (such as February 30), or it is written in a way OpsBench cannot read (write 2026-10-01, 2026/10/1 or 2026年10月1日)',
    );
    for (const output of [dry.stdout, dry.stderr, english.stdout, english.stderr]) expect(output).not.toMatch(/\b(validation|cli|calendarTransfer)\.\w/);

    const imported = json(['import', 'calendar', gbkCsv, '--data-dir', dataDir]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.body).toMatchObject({
      ok: true,
      message: { key: 'cli.import.calendar.done', params: { imported: 4, duplicates: 0, rejected: 1 } },
      counts: { imported: 4, duplicates: 0, rejected: 1 },
      dryRun: false,
      rejected: [{ row: 5, issues: [{ field: 'date', message: 'validation.import.badDate', params: { value: '2026-12-32' } }] }],
    });
    // Everything importable is in already and one row is still wrong: nothing done, exit 1.
    const again = json(['import', 'calendar', gbkCsv, '--data-dir', dataDir]);
    expect(again.code).toBe(1);
    expect(again.body).toMatchObject({ ok: false, counts: { imported: 0, duplicates: 4, rejected: 1 } });
  });

  it('writes the rejected rows as a UTF-8 CSV with a BOM that imports once fixed', () => {
    const dataDir = demoDir();
    const rejected = join(tempDir(), '有错误的行.csv');
    const run = opsbench(['import', 'calendar', gbkCsv, '--rejected', rejected, '--data-dir', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`有错误的 1 行已写入 ${rejected}`);
    const bytes = readFileSync(rejected);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    // The file's own header and cells, plus 问题: the row's problems in words with its row number.
    expect(lines[0]).toBe('账号,发布日期,时间,位置,栏目,标题,选题说明,负责人,截稿日期,状态,标签,问题');
    expect(lines[1]).toMatch(/^悦汇·上海生活,2026-12-32,,头条,,日期写错的一行,.*第 5 行 发布日期：日期「2026-12-32」无法使用/);
    writeFileSync(rejected, readFileSync(rejected).toString('utf8').replace('2026-12-32', '2026-12-30'));
    const fixed = json(['import', 'calendar', rejected, '--data-dir', dataDir]);
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(fixed.body.counts).toEqual({ imported: 1, duplicates: 0, rejected: 0 });
  });

  it('exports the calendar as .ics and .xlsx, saying how many items', () => {
    const dataDir = demoDir();
    expect(opsbench(['import', 'calendar', gbkCsv, '--data-dir', dataDir]).code).toBe(0);
    const out = join(tempDir(), 'december.ics');
    const exported = json(['export', 'calendar', '--from', '2026-12-01', '--to', '2026-12-31', '--out', out, '--data-dir', dataDir]);
    expect(exported.code, exported.stderr).toBe(0);
    const events = readFileSync(out, 'utf8').match(/BEGIN:VEVENT/g)!.length;
    expect(exported.body).toMatchObject({ ok: true, message: { key: 'cli.export.calendar.done' }, counts: { exported: events }, format: 'ics', file: out });
    const xlsx = opsbench(['export', 'calendar', '--from', '2026-12-01', '--to', '2026-12-31', '--out', join(tempDir(), 'december.xlsx'), '--data-dir', dataDir]);
    expect(xlsx.code, xlsx.stderr).toBe(0);
    expect(xlsx.stdout).toContain(`已导出 2026-12-01 至 2026-12-31 的 ${events} 条排期`);
    const backwards = opsbench(['export', 'calendar', '--from', '2026-12-31', '--to', '2026-12-01', '--data-dir', dataDir]);
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toContain('opsbench: 开始日期不能晚于结束日期');
  });

  it('fails with exit 1 and a message in the user’s language, without a stack trace, when a command cannot be done', () => {
    const dataDir = tempDir();
    const { code, stderr } = opsbench(['backup', 'restore', 'workspace-missing.sqlite', '--data-dir', dataDir]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^opsbench: .*没有名为 workspace-missing\.sqlite 的备份/m);
    expect(stderr).not.toMatch(/^\s+at /m);
    const missing = json(['import', 'calendar', join(dataDir, 'nowhere.csv'), '--data-dir', dataDir], { LANG: 'en_US.UTF-8' });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`opsbench: cannot read ${join(dataDir, 'nowhere.csv')}: no such file`);
    expect(missing.body).toEqual({ ok: false, error: { code: 'failed', message: { key: 'cli.error.cannotRead', params: { path: join(dataDir, 'nowhere.csv'), reason: { key: 'cli.fs.missing' } } } } });
  });

  it('exits 1, not 2, for a damaged file and for a file whose every row is rejected: only a misused command is a usage error', () => {
    const dataDir = demoDir();
    const damaged = join(tempDir(), '排期.xlsx');
    writeFileSync(damaged, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]));
    const broken = opsbench(['import', 'calendar', damaged, '--data-dir', dataDir]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('无法读取这个文件');
    const allBad = join(tempDir(), 'bad.csv');
    writeFileSync(allBad, '账号,日期,标题\n没有这个账号,2026-12-04,冬日火锅季\n');
    expect(opsbench(['import', 'calendar', allBad, '--data-dir', dataDir]).code).toBe(1);
  });

  it.skipIf(!rendererBuilt)(`web prints one ready line, serves the app and stops on SIGTERM${rendererBuilt ? '' : ' (skipped: out/renderer not built)'}`, async () => {
    const child = spawn(node, [bin, 'web', '--no-open', '--port', '0', '--data-dir', tempDir()], { cwd: root, env: { ...process.env, ...QUIET_ENV } });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const url = await new Promise<string>((done, fail) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /^OpsBench ready: (http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64})\n/.exec(stdout);
        if (match) done(match[1]!);
      });
      child.on('exit', () => fail(new Error(`web exited before it was ready: ${stdout}`)));
    });
    const page = await fetch(url, { redirect: 'manual' });
    expect(page.status).toBe(303);
    expect(page.headers.get('set-cookie')).toContain('HttpOnly');
    expect(stderr).toContain('按 Ctrl+C 停止');
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
