import { describe, expect, it } from 'vitest';
import { aMember, failureOf, openTestBackend, withWorkspace, type TestBackend } from '../../helpers/backend';
import { docxParts } from '../../helpers/docx-check';

// Every export is recorded with the document it held, so the operator can see what the boss
// received and compare two versions; the file is named after the plan.

async function aPlan(backend: TestBackend, title = '') {
  await withWorkspace(backend);
  return backend.api.plans.create({ title, author: '', periodKind: 'quarter', periodStart: '2027-01-01', periodEnd: '2027-03-31', template: 'full' });
}

const note = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const bytesOf = (file: { base64: string }) => Buffer.from(file.base64, 'base64');

describe('plan exports', () => {
  it('names the .docx after the plan and records it with the document it held', async () => {
    const backend = openTestBackend();
    const plan = await aPlan(backend);
    const file = await backend.api.plans.exportFile({ id: plan.id, format: 'docx' });
    expect(file.fileName).toBe('华东新媒体运营方案（2027年第一季度）.docx');
    expect(file.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(Object.keys(docxParts(bytesOf(file)))).toContain('word/document.xml');
    const recorded = await backend.api.plans.getExport({ id: file.exportId });
    expect(recorded).toMatchObject({ planId: plan.id, format: 'docx', fileName: file.fileName, title: '华东新媒体运营方案（2027年第一季度）' });
    expect(recorded.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(recorded.snapshot).toEqual(await backend.api.plans.preview({ id: plan.id }));
  });

  it('gives two exports of the same content one checksum, and an edited plan another; newest first', async () => {
    const backend = openTestBackend();
    const plan = await aPlan(backend);
    const first = await backend.api.plans.exportFile({ id: plan.id, format: 'docx' });
    const second = await backend.api.plans.exportFile({ id: plan.id, format: 'md' });
    await backend.api.plans.updateSection({ planId: plan.id, key: 'value', note: note('本季度重点看到店核销。') });
    const third = await backend.api.plans.exportFile({ id: plan.id, format: 'docx' });
    const list = await backend.api.plans.exports({ planId: plan.id });
    expect(list.map((e) => e.id)).toEqual([third.exportId, second.exportId, first.exportId]);
    expect(list[1]!.checksum).toBe(list[2]!.checksum);
    expect(list[0]!.checksum).not.toBe(list[1]!.checksum);
    expect(bytesOf(second).toString('utf8')).toContain('# ');
    const edited = await backend.api.plans.getExport({ id: third.exportId });
    expect(JSON.stringify(edited.snapshot)).toContain('本季度重点看到店核销。');
  });

  it('records who was at the keyboard', async () => {
    const backend = openTestBackend();
    const plan = await aPlan(backend);
    const member = await backend.api.team.create(aMember({ name: '王晓雯' }));
    await backend.api.team.setKeyboard({ memberId: member.id });
    const file = await backend.api.plans.exportFile({ id: plan.id, format: 'md' });
    expect((await backend.api.plans.getExport({ id: file.exportId })).exportedBy).toBe('王晓雯');
  });

  it('keeps file names Windows accepts, whatever the title holds', async () => {
    const backend = openTestBackend();
    const plan = await aPlan(backend, '一季度:方案/草稿*?"<>|\u0007🎉');
    const file = await backend.api.plans.exportFile({ id: plan.id, format: 'md' });
    // eslint-disable-next-line no-control-regex -- control characters are what Windows forbids
    expect(file.fileName).not.toMatch(/[\\/:*?"<>|\u0000-\u001f]/);
    expect(file.fileName).toContain('🎉');
    expect(file.fileName.endsWith('.md')).toBe(true);
  });

  it('exports the template of a period without creating a plan or recording anything', async () => {
    const backend = openTestBackend();
    const file = await backend.api.plans.exportTemplate({ periodKind: 'quarter', periodStart: '2027-04-01', periodEnd: '2027-06-30', format: 'md' });
    expect(bytesOf(file).toString('utf8')).toContain('暂无数据');
    expect(await backend.api.plans.list({})).toEqual([]);
  });

  it('refuses to export a plan or read an export that does not exist', async () => {
    const backend = openTestBackend();
    expect(await failureOf(backend.api.plans.exportFile({ id: 'nope', format: 'docx' }))).toMatchObject({ code: 'not_found' });
    expect(await failureOf(backend.api.plans.getExport({ id: 'nope' }))).toMatchObject({ code: 'not_found' });
  });
});

describe("the demo's plan", () => {
  it('is the quarter after the demo’s today, with the operator’s text and one recorded export', async () => {
    const backend = openTestBackend();
    backend.loadDemo({ scale: 'small', seed: 1, today: '2026-12-10' });
    const [plan, ...others] = await backend.api.plans.list({});
    expect(others).toEqual([]);
    expect(plan).toMatchObject({ periodKind: 'quarter', periodStart: '2027-01-01', periodEnd: '2027-03-31', exports: 1 });
    const written = await backend.api.plans.get({ id: plan!.id });
    expect(written.sections.filter((section) => section.note !== null).map((section) => section.key)).toEqual(['competitors', 'value', 'operations', 'growth']);
    const [recorded] = await backend.api.plans.exports({ planId: plan!.id });
    const { snapshot } = await backend.api.plans.getExport({ id: recorded!.id });
    expect(JSON.stringify(snapshot)).toContain('会员的周末生活指南');
  });
});
