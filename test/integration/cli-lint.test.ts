import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import type { LintFinding } from '../../src-shared/domain/articles/lint';
import { openTestBackend } from '../helpers/backend';

// `opsbench lint FILE` as a user or an HQ IT script runs it: the real bin/opsbench.js on files of
// each kind it reads, no workspace unless --data-dir names one.

const root = resolve(import.meta.dirname, '../..');
const node = join(root, 'node_modules', '.bin', 'node');
const bin = join(root, 'bin', 'opsbench.js');
const built = existsSync(join(root, 'out', 'main', 'cli.js'));
const gbkText = join(root, 'test', 'fixtures', 'articles', 'gbk.txt');

const dirs: string[] = [];
function tempFile(name: string, content: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'opsbench-lint-'));
  dirs.push(dir);
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function lint(args: string[]) {
  const result = spawnSync(node, [bin, 'lint', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, OPSBENCH_DATA_DIR: '', LC_ALL: '', LC_MESSAGES: '', LANG: '' }, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function lintJson(args: string[]) {
  const run = lint([...args, '--json']);
  const body = JSON.parse(run.stdout) as { title: string; counts: Record<string, number>; findings: LintFinding[] };
  return { ...run, ...body, words: body.findings.filter((f) => f.field === 'body' && f.word !== null).map((f) => [f.line, f.text]) };
}

const MARKDOWN = `---
title: 冬季新品攻略
author: 编辑部
digest: 一年一度的冬季上新
---

这是今年**最佳**的选择。

- 转发集赞可领取礼品
- 详见[官网](https://example.com)
`;

describe.skipIf(!built)('opsbench lint', () => {
  it('prints each finding of a Markdown file with its line, text, rule and reason, and exits 1 on an error', () => {
    const run = lint([tempFile('draft.md', MARKDOWN)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('2 个错误，1 个警告');
    expect(run.stdout).toMatch(/第 1 行 {2}错误 {2}广告法用语 {2}最佳/);
    expect(run.stdout).toContain('原因：最高级用语');
    expect(run.stdout).toMatch(/第 2 行 {2}错误 {2}诱导分享\/关注 {2}转发集赞/);
    expect(run.stdout).toMatch(/第 3 行 {2}警告 {2}外部链接 {2}官网/);
  });

  it('says it in English and as JSON on request, the title from the front matter', () => {
    const english = lint([tempFile('draft.md', MARKDOWN), '--lang', 'en']);
    expect(english.stdout).toContain('2 errors, 1 warnings');
    expect(english.stdout).toContain('Reason:');
    const json = lintJson([tempFile('draft.md', MARKDOWN)]);
    expect(json.title).toBe('冬季新品攻略');
    expect(json.counts).toMatchObject({ error: 2, warning: 1 });
    expect(json.words).toEqual([
      [1, '最佳'],
      [2, '转发集赞'],
      [3, '官网'],
    ]);
  });

  it('exits 0 for a clean article', () => {
    const run = lint([tempFile('clean.md', '# 冬日散步\n\n天气转凉，出门记得添衣。\n')]);
    expect([run.code, run.stdout]).toEqual([0, expect.stringContaining('0 个错误')]);
  });

  it('reads an HTML page: its first heading as the title, scripts and styles ignored', () => {
    const html = '<html><head><title>页面标题</title><style>.x{}</style><script>var a="最佳"</script></head><body><h1>国家级非遗</h1><p>我们的<b>顶级</b>工艺</p><table><tr><td>特供</td></tr></table></body></html>';
    const run = lintJson([tempFile('page.html', html)]);
    expect(run.title).toBe('国家级非遗');
    expect(run.findings.find((f) => f.field === 'title')?.word).toBe('国家级');
    expect(run.words).toEqual([
      [1, '顶级'],
      [2, '特供'],
    ]);
  });

  it('reads a Word document', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('年终回馈')] }),
            new Paragraph({ children: [new TextRun('关注公众号领取'), new TextRun({ text: '优惠券', bold: true })] }),
            new Paragraph({ children: [new ExternalHyperlink({ link: 'https://example.com/shop', children: [new TextRun('商城')] })] }),
          ],
        },
      ],
    });
    const run = lintJson([tempFile('report.docx', await Packer.toBuffer(doc))]);
    expect(run.code).toBe(1);
    expect(run.title).toBe('年终回馈');
    expect(run.words).toEqual([
      [1, '关注公众号领取'],
      [2, '商城'],
    ]);
  });

  it('reads plain text in GBK and in UTF-16, the title from the file name', () => {
    const gbk = lintJson([gbkText]);
    expect(gbk.title).toBe('gbk');
    expect(gbk.words).toEqual([[2, '最低价']]);
    const utf16 = lintJson([tempFile('通知.txt', Buffer.from('\ufeff第一行\n史上最强\n', 'utf16le'))]);
    expect(utf16.title).toBe('通知');
    expect(utf16.words).toEqual([[2, '最强']]);
  });

  it('refuses a file that is not text and a damaged .docx with a clear message, exit 1', () => {
    const binary = lint([tempFile('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe, 0]))]);
    expect([binary.code, binary.stderr]).toEqual([1, expect.stringContaining('不是 UTF-8、UTF-16 或 GBK 编码的文本')]);
    const damaged = lint([tempFile('broken.docx', 'not a zip')]);
    expect([damaged.code, damaged.stderr]).toEqual([1, expect.stringContaining('无法读取')]);
    expect(lint([join(tmpdir(), 'no-such-article.md')]).code).toBe(1);
  });

  it('answers a missing file name or an unknown type as a usage error, exit 2', () => {
    const unknown = lint([tempFile('slides.pptx', 'x')]);
    expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringContaining('不支持的文件类型 .pptx')]);
    expect(lint([]).code).toBe(2);
  });

  it('uses the workspace’s words with --data-dir', async () => {
    const backend = openTestBackend();
    await backend.api.lintWords.addWord({ word: '内部资料', category: 'custom' });
    await backend.api.lintWords.setWordDisabled({ word: '最佳', disabled: true });
    const file = tempFile('draft.md', '最佳的内部资料\n');
    expect(lintJson([file]).words).toEqual([[1, '最佳']]);
    const run = lintJson([file, '--data-dir', backend.dataDir]);
    expect(run.findings.filter((f) => f.word).map((f) => [f.word, f.severity])).toEqual([['内部资料', 'warning']]);
    expect(run.code).toBe(0);
  });
});
