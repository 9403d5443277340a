import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../../src-main/session/backend';
import { aMember, apiOf } from '../../helpers/backend';

// `opsbench import worklog FILE` and `opsbench export worklog` as a script runs them: the built
// command (bin/opsbench.js → out/main/cli.js; vitest's global setup builds it when missing).

const root = resolve(import.meta.dirname, '../../..');
const node = join(root, 'node_modules', '.bin', 'node');
const bin = join(root, 'bin', 'opsbench.js');
const built = existsSync(join(root, 'out', 'main', 'cli.js'));
const gbkCsv = join(root, 'test', 'fixtures', 'worklog', 'import-gbk.csv');

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function opsbench(args: string[]) {
  const result = spawnSync(node, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, OPSBENCH_DATA_DIR: '', LC_ALL: '', LC_MESSAGES: '', LANG: '' }, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A workspace whose team has 周婷 and 王磊 (closed again, so the command can take the lock). */
async function workspace(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'opsbench-worklog-cli-'));
  dirs.push(dataDir);
  const backend = openBackend({ dataDir });
  try {
    await apiOf(backend).team.create(aMember({ name: '周婷' }));
    await apiOf(backend).team.create(aMember({ name: '王磊', kpis: [] }));
  } finally {
    backend.close();
  }
  return dataDir;
}

describe.skipIf(!built)('opsbench import|export worklog', () => {
  it('checks, imports once, skips the same file again, and exports what it imported', async () => {
    const dataDir = await workspace();
    const dry = opsbench(['import', 'worklog', gbkCsv, '--dry-run', '--data-dir', dataDir]);
    expect(dry.stdout).toContain('试运行：可导入 3 条记录（重复 0 条，有错误 3 条）');
    expect(dry.stderr).toContain('第 5 行，成员：团队里没有「不存在的人」');

    const first = opsbench(['import', 'worklog', gbkCsv, '--data-dir', dataDir]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('已导入 3 条记录');
    const again = opsbench(['import', 'worklog', gbkCsv, '--data-dir', dataDir]);
    expect(again.stdout).toContain('已导入 0 条记录（跳过重复 3 条');

    const out = join(dataDir, '日志.csv');
    const exported = opsbench(['export', 'worklog', '--from', '2026-11-01', '--to', '2026-11-30', '--out', out, '--data-dir', dataDir]);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('3 条工作日志');
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\ufeff日期,成员,类别,时长（分钟）,备注,关联')).toBe(true);
    expect(text).toContain('2026-11-04,王磊,会议,90,周会,');
  }, 120_000); // four runs of the built command

  it('asks for the range of an export', () => {
    const run = opsbench(['export', 'worklog']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('需要 --from YYYY-MM-DD 和 --to YYYY-MM-DD');
  });
});
