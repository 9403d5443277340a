import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../../src-main/session/backend';
import { apiOf } from '../../helpers/backend';
import { anAccount } from '../../fixtures/account-input';
import { workbook } from './import-helpers';

// `opsbench import benchmarks FILE` as an operator or a script runs it: the built command
// (bin/opsbench.js → out/main/cli.js; vitest's global setup builds it when missing).

const root = resolve(import.meta.dirname, '../../..');
const node = join(root, 'node_modules', '.bin', 'node');
const bin = join(root, 'bin', 'opsbench.js');
const built = existsSync(join(root, 'out', 'main', 'cli.js'));

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'opsbench-bench-cli-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function opsbench(args: string[], lang = '') {
  const result = spawnSync(node, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, OPSBENCH_DATA_DIR: '', LC_ALL: '', LC_MESSAGES: '', LANG: lang }, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A workspace with own WeChat accounts of these names (closed again, so the command can take the lock). */
async function workspace(...names: string[]): Promise<string> {
  const dataDir = tempDir();
  const backend = openBackend({ dataDir });
  try {
    for (const [i, name] of names.entries()) await apiOf(backend).accounts.create(anAccount({ name, handle: `own_${i}` }));
  } finally {
    backend.close();
  }
  return dataDir;
}

async function newrankFile(dir: string): Promise<string> {
  const path = join(dir, '新榜导出.xlsx');
  writeFileSync(
    path,
    await workbook([
      ['公众号', '发布时间', '位置', '标题', '阅读数', '在看数', '点赞数', '转发数'],
      ['魔都生活家', '2026-11-03 20:30', '头条', '冬日火锅季', '10万+', '1,203', '2.1k', 856],
      ['魔都生活家', '2026-11-03 20:30', '次条', '周末市集', '1.2万', 35, 80, 12],
      ['杭州本地宝', '2026-11-04 08:00', '头条', '西湖边的咖啡', '-12', 1, 1, 1],
    ]),
  );
  return path;
}

// Each test starts the command three or four times (about a second each, far more on a busy machine).
describe.skipIf(!built)('opsbench import benchmarks', { timeout: 120_000 }, () => {
  it('imports a 新榜 file with no flags, names the peers it creates, says its counts in Chinese and English, and adds nothing the second time', async () => {
    const dataDir = await workspace('悦汇·上海生活');
    const file = await newrankFile(tempDir());

    const dry = opsbench(['import', 'benchmarks', file, '--dry-run', '--data-dir', dataDir]);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('将新建对标账号 1 个：魔都生活家');
    expect(dry.stdout).toContain('试运行（新榜文章列表）：可导入 2 条，更新 0 条，重复 0 条，有错误 1 条，没有写入任何数据。');
    expect(dry.stderr).toContain('第 4 行，阅读：「-12」是负数，这里不能为负');

    const rejectedPath = join(tempDir(), '有错误的行.csv');
    const run = opsbench(['import', 'benchmarks', file, '--data-dir', dataDir, '--rejected', rejectedPath, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const body = JSON.parse(run.stdout) as { counts: Record<string, number>; newPeers: string[]; layout: string };
    expect(body).toMatchObject({ counts: { imported: 2, updated: 0, duplicates: 0, rejected: 1 }, newPeers: ['魔都生活家'], layout: 'newrank_posts' });
    const rejected = readFileSync(rejectedPath, 'utf8');
    expect(rejected).toContain('杭州本地宝');
    expect(rejected).toContain('问题');

    // Nothing new and a row still rejected: exit 1, as for every import.
    const again = opsbench(['import', 'benchmarks', file, '--data-dir', dataDir], 'en_US.UTF-8');
    expect(again.code, again.stderr).toBe(1);
    expect(again.stdout).toContain('Imported 0 rows (Newrank (新榜) article list): 0 updated, 2 duplicates skipped, 1 rejected.');
    expect(again.stdout).not.toContain('peer account');
  });

  it('refuses a file that is no benchmarks file, naming the missing columns, and writes nothing', async () => {
    const dataDir = await workspace('悦汇·上海生活');
    const path = join(tempDir(), '表.csv');
    writeFileSync(path, '\ufeff账号,标题\n魔都生活家,冬日火锅\n');
    const run = opsbench(['import', 'benchmarks', path, '--data-dir', dataDir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('缺少 发布时间、阅读 列');
    expect(opsbench(['backup', 'list', '--data-dir', dataDir, '--json']).stdout).not.toContain('before-import');
  });

  it('puts a 用户分析 file on the account --account names when the workspace has two WeChat accounts', async () => {
    const dataDir = await workspace('悦汇·上海生活', '悦汇·杭州生活');
    const path = join(tempDir(), '用户增长.csv');
    writeFileSync(path, '时间,新关注人数,取消关注人数,净增关注人数,累积关注人数\n2026-11-01,120,30,90,12090\n');
    const asked = opsbench(['import', 'benchmarks', path, '--data-dir', dataDir]);
    expect(asked.code).toBe(1);
    expect(asked.stderr).toContain('请选择它属于哪个自有公众号');
    const run = opsbench(['import', 'benchmarks', path, '--data-dir', dataDir, '--account', '悦汇·杭州生活']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('已导入 1 条（公众号后台 · 用户分析）');
  });
});
