import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/run';
import { readXlsxRows } from '../../../src-main/export/xlsx-reader';
import { openBackend } from '../../../src-main/session/backend';
import { anAccount, apiOf, openTestBackend, tempDataDir } from '../../helpers/backend';
import { aPeer, aPost } from '../../fixtures/benchmarks/inputs';

const HEADER = ['排名', '账号', '类型(自有/对标)', '粉丝', '发文数', '总阅读', '头条阅读', '最高阅读', '在看', '点赞', '转发', 'WCI', 'O', 'A', 'H', 'P'];
const LIMITS = { maxRows: 1000, maxColumns: 64 };

/** An own account and two peers with November's articles; one peer has no figures. */
async function fill(api: ReturnType<typeof apiOf>) {
  const own = await api.accounts.create(anAccount());
  const peer = await api.benchmarks.createPeer(aPeer());
  await api.benchmarks.createPeer(aPeer({ name: '没有数据的号' }));
  await api.benchmarks.savePosts({ rows: [aPost(peer.id, { reads: 100001 }), aPost(peer.id, { position: 2, title: '次条', reads: 3000 }), aPost(own.id, { reads: 4000 })] });
  await api.benchmarks.saveSnapshots({ rows: [{ accountId: peer.id, period: { kind: 'month', start: '2026-11-01' }, followers: 88000 }] });
  return { own, peer };
}

describe('the ranking export', () => {
  it('writes a workbook under Chinese headers, ranked, with WCI and its terms and 10万+ as written', async () => {
    const { api } = openTestBackend();
    const { own } = await fill(api);
    const file = await api.benchmarks.exportRanking({ period: { kind: 'month', start: '2026-11-01' }, format: 'xlsx' });
    expect(file.fileName).toBe('对标排名_2026-11.xlsx');
    const rows = readXlsxRows(Buffer.from(file.base64, 'base64'), LIMITS).map((r) => r.cells);
    const ranking = await api.benchmarks.ranking({ period: { kind: 'month', start: '2026-11-01' } });
    expect(rows[0]).toEqual(HEADER);
    expect(rows[1]!.slice(0, 11)).toEqual([1, '万象城·苏州', '对标', 88000, 2, 103001, '10万+', '10万+', 20, 40, 60]);
    expect(rows[1]![11]).toBeCloseTo(ranking.rows[0]!.wci!.wci, 2);
    expect(rows[1]![15]).toBeCloseTo(ranking.rows[0]!.wci!.peak, 2);
    expect(rows[2]!.slice(0, 3)).toEqual([2, own.name, '自有']);
    // No figures: no rank, no WCI.
    expect(rows[3]).toEqual([null, '没有数据的号', '对标']);
  });

  it('writes a week as CSV with a byte-order mark, named by its Sunday', async () => {
    const { api } = openTestBackend();
    await fill(api);
    const file = await api.benchmarks.exportRanking({ period: { kind: 'week', start: '2026-11-01' }, format: 'csv' });
    expect(file.fileName).toBe('对标排名_2026-11-01周.csv');
    const bytes = Buffer.from(file.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8').split('\r\n')[0]).toBe(HEADER.join(','));
  });
});

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

/** The same command in this process (usage errors need no build and no child process). */
async function inProcess(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), env: { LANG: 'zh_CN.UTF-8' }, waitForStop: () => new Promise(() => {}) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe.skipIf(!built)('opsbench export benchmarks', () => {
  it('writes a month’s ranking as .xlsx or .csv and says how many accounts it wrote', { timeout: 120_000 }, async () => {
    const dataDir = tempDataDir();
    const backend = openBackend({ dataDir });
    await fill(apiOf(backend));
    backend.close();

    const xlsx = join(dataDir, 'ranking.xlsx');
    const run = opsbench(['export', 'benchmarks', '--period', '2026-11', '--format', 'xlsx', '--out', xlsx, '--data-dir', dataDir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`已导出 2026-11 的对标排名（3 个账号）：${xlsx}`);
    const rows = readXlsxRows(readFileSync(xlsx), LIMITS);
    expect(rows.map((r) => r.cells[1])).toEqual(['账号', '万象城·苏州', '悦汇·苏州购物中心', '没有数据的号']);

    const csv = join(dataDir, 'week.csv');
    const week = opsbench(['export', 'benchmarks', '--week', '--period', '2026-11-01', '--out', csv, '--data-dir', dataDir, '--json']);
    expect(week.code).toBe(0);
    expect(JSON.parse(week.stdout)).toMatchObject({ ok: true, counts: { exported: 3 }, format: 'csv', period: { kind: 'week', start: '2026-11-01' } });
    expect(readFileSync(csv).subarray(3).toString('utf8').split('\r\n')[1]).toMatch(/^1,万象城·苏州,对标,,2,103001,10万\+,10万\+,/);
  });

  it('refuses a period that is not a month, or a week that does not start on a Sunday, with a usage error', async () => {
    const dataDir = tempDataDir();
    const month = await inProcess(['export', 'benchmarks', '--period', '2026-13', '--data-dir', dataDir]);
    expect(month.code).toBe(2);
    expect(month.err).toContain('「2026-13」不是月份');
    const week = await inProcess(['export', 'benchmarks', '--week', '--period', '2026-11-02', '--data-dir', dataDir]);
    expect(week.code).toBe(2);
    expect(week.err).toContain('「2026-11-02」不是周日');
    expect((await inProcess(['export', 'benchmarks', '--data-dir', dataDir])).err).toContain('需要 --period YYYY-MM');
  });
});
