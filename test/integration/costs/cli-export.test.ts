import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/run';
import { readXlsxRows } from '../../../src-main/export/xlsx-reader';
import { openBackend } from '../../../src-main/session/backend';
import { apiOf, tempDataDir } from '../../helpers/backend';
import { aCost } from '../../fixtures/costs/inputs';

const root = resolve(import.meta.dirname, '../../..');
const built = existsSync(join(root, 'out', 'main', 'cli.js'));

function opsbench(args: string[]) {
  const result = spawnSync(join(root, 'node_modules', '.bin', 'node'), [join(root, 'bin', 'opsbench.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, OPSBENCH_DATA_DIR: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8' },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function inProcess(args: string[]) {
  const err: string[] = [];
  const code = await runCli(args, { out: () => {}, err: (l) => err.push(l), env: { LANG: 'zh_CN.UTF-8' }, waitForStop: () => new Promise(() => {}) });
  return { code, err: err.join('\n') };
}

describe.skipIf(!built)('opsbench export costs', () => {
  it('writes the period’s lines with a 合计 row holding the exact sum', { timeout: 120_000 }, async () => {
    const dataDir = tempDataDir();
    const backend = openBackend({ dataDir });
    const api = apiOf(backend);
    // Awkward amounts: tenths of a yuan that floats cannot add, a refund, a quantity.
    const amounts = [10, 20, 10, 20, 10, -333, 123_450, 1_200_000];
    for (const [i, unitFen] of amounts.entries()) await api.costs.create(aCost({ name: `第 ${i + 1} 笔`, unitFen, quantity: i === 6 ? 7 : 1, date: `2026-11-${String(i + 1).padStart(2, '0')}` }));
    await api.costs.create(aCost({ name: '下个月', date: '2026-12-01' }));
    backend.close();
    const exactFen = amounts.reduce((sum, fen) => sum + fen, 0) + 123_450 * 6;

    const out = join(dataDir, 'costs.xlsx');
    const run = opsbench(['export', 'costs', '--from', '2026-11-01', '--to', '2026-11-30', '--out', out, '--data-dir', dataDir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`已导出 2026-11-01 至 2026-11-30 的费用（8 笔，合计 ¥20,638.87）：${out}`);
    const rows = readXlsxRows(readFileSync(out), { maxRows: 100, maxColumns: 20 }).map((r) => r.cells);
    expect(rows).toHaveLength(1 + amounts.length + 1);
    const total = rows.at(-1)!;
    expect(total[0]).toBe('合计');
    expect(total[6]).toBe(exactFen / 100);
    expect(Math.round((total[6] as number) * 100)).toBe(exactFen);
  });

  it('asks for both dates and refuses a range that ends before it starts', async () => {
    const dataDir = tempDataDir();
    expect((await inProcess(['export', 'costs', '--from', '2026-11-01', '--data-dir', dataDir])).err).toContain('需要 --from YYYY-MM-DD 和 --to YYYY-MM-DD');
    const bad = await inProcess(['export', 'costs', '--from', '2026-11-31', '--to', '2026-12-01', '--data-dir', dataDir]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('「2026-11-31」不是日期');
    expect((await inProcess(['export', 'costs', '--from', '2026-11-30', '--to', '2026-11-01', '--data-dir', dataDir])).err).toContain('结束日期 2026-11-01 早于开始日期 2026-11-30');
  });
});
