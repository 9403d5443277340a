import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFen } from '../../../src-shared/domain/money/money';
import { openTestBackend, tempDataDir } from '../../helpers/backend';
import { docxParts, malformedXmlParts, pdfText, schemaErrors, TOOLS } from '../../helpers/docx-check';
import { cliBuilt, opsbench } from '../../helpers/opsbench-cli';

// `opsbench export plan` as a boss's assistant runs it: from the demo (which holds a plan for the
// quarter after its today) and from a workspace with nothing in it, as .docx, Markdown and PDF.

/** The demo's today: December, so the plan's quarter (2027Q1) has the demo's January costs and calendar. */
const DEMO_TODAY = '2026-12-10';
const QUARTER = { from: '2027-01-01', to: '2027-03-31' };

function demoDir(): string {
  const dataDir = tempDataDir();
  expect(opsbench(['demo', '--data-dir', dataDir, '--today', DEMO_TODAY]).code).toBe(0);
  return dataDir;
}

/** What the document must show, read from the same workspace through the API. */
async function expectations(dataDir: string) {
  const backend = openTestBackend({ dataDir, access: 'read' });
  const [plan] = await backend.api.plans.list({});
  const model = await backend.api.plans.preview({ id: plan!.id });
  const headings = model.blocks.flatMap((block) => (block.kind === 'heading' && block.level === 1 ? [block.text] : []));
  const names = (await backend.api.team.list({})).map((member) => member.name);
  const costs = await backend.api.costs.totals(QUARTER);
  const exports = await backend.api.plans.exports({ planId: plan!.id });
  backend.close();
  return { plan: plan!, headings, names, totalFen: costs.totalFen, exports };
}

async function expectValidDocx(file: string) {
  const bytes = readFileSync(file);
  expect(Object.keys(docxParts(bytes))).toContain('word/document.xml');
  expect(malformedXmlParts(bytes)).toEqual([]);
  expect(await schemaErrors(bytes)).toEqual([]);
  return bytes;
}

describe.skipIf(!cliBuilt)(`opsbench export plan${cliBuilt ? '' : ' (skipped: npm run build could not produce out/main/cli.js)'}`, () => {
  it.skipIf(!TOOLS.xmllint)(
    `exports the demo's plan as a .docx Word accepts and records the export${TOOLS.xmllint ? '' : ' (skipped: xmllint is not installed)'}`,
    async () => {
      const dataDir = demoDir();
      const before = await expectations(dataDir);
      const out = join(tempDataDir(), '方案.docx');
      const run = opsbench(['export', 'plan', '--data-dir', dataDir, '--latest', '--out', out]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain(out);
      expect(run.stdout).toContain('已记入导出记录');
      await expectValidDocx(out);
      const after = await expectations(dataDir);
      expect(after.exports).toHaveLength(before.exports.length + 1);
      expect(after.exports[0]).toMatchObject({ format: 'docx', planId: before.plan.id });
    },
    180_000,
  );

  it('writes Markdown when --out ends in .md, with every section heading', async () => {
    const dataDir = demoDir();
    const { headings } = await expectations(dataDir);
    const out = join(tempDataDir(), 'plan.md');
    expect(opsbench(['export', 'plan', '--data-dir', dataDir, '--out', out]).code).toBe(0);
    const markdown = readFileSync(out, 'utf8');
    for (const heading of headings) expect(markdown).toContain(heading);
  });

  it.skipIf(!TOOLS.soffice || !TOOLS.pdftotext)(
    `exports a PDF holding every section heading, every member's name and the quarter's cost total${TOOLS.soffice && TOOLS.pdftotext ? '' : ' (skipped: LibreOffice (soffice) or pdftotext is not installed)'}`,
    async () => {
      const dataDir = demoDir();
      const { headings, names, totalFen } = await expectations(dataDir);
      const out = join(tempDataDir(), 'plan.pdf');
      const run = opsbench(['export', 'plan', '--data-dir', dataDir, '--format', 'pdf', '--out', out]);
      expect(run.code, run.stderr).toBe(0);
      const text = pdfText(readFileSync(out));
      for (const heading of headings) expect(text).toContain(heading);
      for (const name of names) expect(text).toContain(name);
      expect(totalFen).toBeGreaterThan(0);
      const totalLine = text.split('\n').find((line) => /^\s*合计/.test(line));
      expect(totalLine, text).toContain(formatFen(totalFen, { symbol: false }));
    },
    180_000,
  );

  it.skipIf(!TOOLS.xmllint)(
    `exports the full template from a workspace with nothing in it, 暂无数据 where data is missing${TOOLS.xmllint ? '' : ' (skipped: xmllint is not installed)'}`,
    async () => {
      const dataDir = tempDataDir();
      openTestBackend({ dataDir }).close();
      const out = join(tempDataDir(), 'empty.docx');
      const run = opsbench(['export', 'plan', '--data-dir', dataDir, '--period', '2027Q1', '--out', out]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('2027Q1 还没有运营方案');
      const bytes = await expectValidDocx(out);
      expect(new TextDecoder().decode(docxParts(bytes)['word/document.xml'])).toContain('暂无数据');
      const markdown = join(tempDataDir(), 'empty.md');
      expect(opsbench(['export', 'plan', '--data-dir', dataDir, '--out', markdown]).code).toBe(0);
      expect(readFileSync(markdown, 'utf8')).toContain('暂无数据');
      // Nothing was created: the template is not a plan.
      const backend = openTestBackend({ dataDir, access: 'read' });
      expect(await backend.api.plans.list({})).toEqual([]);
    },
    180_000,
  );

  it('says what is wrong with a bad period, an unknown plan, or two ways of choosing one', () => {
    const dataDir = tempDataDir();
    openTestBackend({ dataDir }).close();
    const badPeriod = opsbench(['export', 'plan', '--data-dir', dataDir, '--period', '2027Q5']);
    expect(badPeriod).toMatchObject({ code: 2, stderr: expect.stringContaining('「2027Q5」不是方案周期') });
    const unknown = opsbench(['export', 'plan', '--data-dir', dataDir, '--plan', 'no-such-plan']);
    expect(unknown).toMatchObject({ code: 1, stderr: expect.stringContaining('没有 ID 为 no-such-plan 的运营方案') });
    const both = opsbench(['export', 'plan', '--data-dir', dataDir, '--plan', 'x', '--latest']);
    expect(both).toMatchObject({ code: 2, stderr: expect.stringContaining('--plan、--latest、--period 只能选一个') });
    const latestForAPeriod = opsbench(['export', 'plan', '--data-dir', dataDir, '--latest', '--period', '2027Q1']);
    expect(latestForAPeriod).toMatchObject({ code: 2, stderr: expect.stringContaining('--plan、--latest、--period 只能选一个') });
    const format = opsbench(['export', 'plan', '--data-dir', dataDir, '--format', 'odt']);
    expect(format.code).toBe(2);
    const mismatch = opsbench(['export', 'plan', '--data-dir', dataDir, '--format', 'pdf', '--out', join(dataDir, 'plan.docx')]);
    expect(mismatch).toMatchObject({ code: 2, stderr: expect.stringContaining('的扩展名与格式 pdf 不符') });
  });

  it('records nothing when the file cannot be written: the boss never got it', async () => {
    const dataDir = demoDir();
    const before = await expectations(dataDir);
    const run = opsbench(['export', 'plan', '--data-dir', dataDir, '--latest', '--out', join(dataDir, 'no-such-folder', 'plan.docx')]);
    expect(run).toMatchObject({ code: 1, stderr: expect.stringContaining('无法写入') });
    expect((await expectations(dataDir)).exports).toHaveLength(before.exports.length);
  });
});
