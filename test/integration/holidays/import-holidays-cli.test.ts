import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/run';
import { openBackend } from '../../../src-main/session/backend';
import { apiOf, tempDataDir } from '../../helpers/backend';

const fixture = (year: number) => join(import.meta.dirname, '../../fixtures/holidays', `${year}.txt`);

async function opsbench(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), env: { LANG: 'zh_CN.UTF-8' }, waitForStop: () => new Promise(() => {}) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function layers(dataDir: string, from: string, to: string) {
  const backend = openBackend({ dataDir });
  try {
    return await apiOf(backend).calendarLayers.list({ from, to });
  } finally {
    backend.close();
  }
}

describe('opsbench import holidays', () => {
  it('imports the State Council notice as published and says what it imported', async () => {
    const dataDir = tempDataDir();
    const result = await opsbench(['import', 'holidays', fixture(2026), '--data-dir', dataDir]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('已导入 2026 年放假安排：休 7 段，班 6 天');
    const { sources, days } = await layers(dataDir, '2026-02-01', '2026-02-28');
    // 设置 lists the year as imported (pasted there, it would be entered).
    expect(sources).toEqual([{ year: 2026, source: 'imported' }]);
    expect(days.filter((d) => d.kind === 'workday').map((d) => d.date)).toEqual(['2026-02-14', '2026-02-28']);
  });

  it('imports a CSV 开始,结束,休/班,名称 with --json counts', async () => {
    const dataDir = tempDataDir();
    const csv = join(dataDir, '2027.csv');
    writeFileSync(csv, '开始,结束,休/班,名称\n2027-02-05,2027-02-12,休,春节\n2027/1/31,,班,春节\n2027-02-20,2027-02-20,班,春节\n');
    const result = await opsbench(['import', 'holidays', csv, '--data-dir', dataDir, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ ok: true, counts: { years: 1, off: 1, work: 2 }, format: 'csv', years: [2027] });
    const { days } = await layers(dataDir, '2027-02-01', '2027-02-28');
    expect(days.filter((d) => d.kind === 'holiday').map((d) => d.date)).toHaveLength(8);
  });

  it('refuses a 班 on a weekday with the reason, and imports nothing', async () => {
    const dataDir = tempDataDir();
    const csv = join(dataDir, 'bad.csv');
    writeFileSync(csv, '2027-02-05,2027-02-12,休,春节\n2027-02-15,2027-02-15,班,春节\n');
    const result = await opsbench(['import', 'holidays', csv, '--data-dir', dataDir]);
    expect(result.code).not.toBe(0);
    expect(result.err).toContain('2027-02-15 不是周六或周日');
    expect((await layers(dataDir, '2027-02-01', '2027-02-28')).sources).toEqual([{ year: 2027, source: 'estimated' }]);
  });
});
