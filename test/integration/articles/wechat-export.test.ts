import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../../src-main/db/connection';
import { unpackWithLimits } from '../../../src-main/export/zip-guard';
import { BodyEditor } from '../../helpers/article-body';
import { everyNodeDoc, PNG_BYTES } from '../../helpers/article-docs';
import { anAccount, failureOf, openTestBackend, tempDataDir, type TestBackend } from '../../helpers/backend';

// 复制到公众号 and the article exports on a real workspace: the article made by the articles
// service, the image a file in the asset folder under its hash (the library's layout).

const PNG_SHA = createHash('sha256').update(PNG_BYTES).digest('hex');

/** The image as the library stores it: the file under assets/<2 hex>/<sha256> and its row. */
function storeImage(backend: TestBackend) {
  mkdirSync(join(backend.dataDir, 'assets', PNG_SHA.slice(0, 2)), { recursive: true });
  writeFileSync(join(backend.dataDir, 'assets', PNG_SHA.slice(0, 2), PNG_SHA), PNG_BYTES);
  const sqlite = openSqlite(join(backend.dataDir, 'workspace.sqlite'));
  try {
    sqlite.prepare("INSERT INTO assets (id, name, mime, bytes, width, height) VALUES (?, 'a.png', 'image/png', ?, 1, 1)").run(PNG_SHA, PNG_BYTES.length);
  } finally {
    sqlite.close();
  }
}

async function anArticle(backend: TestBackend, { withImageFile = true } = {}) {
  if (withImageFile) storeImage(backend);
  const account = await backend.api.accounts.create(anAccount({ name: '悦汇·上海生活' }));
  return backend.api.articles.create({ accountId: account.id, title: '双11会员日攻略', date: '2026-11-11', author: '周婷', theme: 'business', body: everyNodeDoc(`asset:${PNG_SHA}`) as { type: 'doc' } });
}

describe('复制到公众号', () => {
  it("gives the body as inline-styled HTML in the article's theme, the image as a data URI, and two footnotes", async () => {
    const backend = openTestBackend();
    const article = await anArticle(backend);
    const copy = await backend.api.articles.wechatHtml({ id: article.id });
    expect(copy).toMatchObject({ footnotes: 2, skippedImages: 0 });
    expect(copy.html).toContain(`src="data:image/png;base64,${PNG_BYTES.toString('base64')}"`);
    expect(copy.html).toContain('border-left:4px solid #1f3a5f;'); // 商务's h2 bar
    expect(copy.html).not.toMatch(/asset:|127\.0\.0\.1|localhost|file:|class=|<style|<script/);
    expect(copy.plainText).toMatch(/^一级标题\n[\s\S]*参考资料\n\[1\] 官网: https:\/\/example.com\/a/);
    const fresh = await backend.api.articles.wechatHtml({ id: article.id, theme: 'fresh' });
    expect(fresh.html).not.toBe(copy.html);
  });

  it('copies the body as it is after an edit', async () => {
    const backend = openTestBackend();
    const article = await anArticle(backend);
    const editor = new BodyEditor((await backend.api.articles.body({ id: article.id })).state);
    editor.addParagraph(editor.paragraphs, '刚写的结尾 <b>');
    await backend.api.articles.pushUpdates({ id: article.id, updates: editor.take() });
    const copy = await backend.api.articles.wechatHtml({ id: article.id });
    expect(copy.html).toContain('刚写的结尾 &lt;b&gt;');
  });

  it('leaves out an image whose file is not on this computer, and says so', async () => {
    const backend = openTestBackend();
    const article = await anArticle(backend, { withImageFile: false });
    const copy = await backend.api.articles.wechatHtml({ id: article.id });
    expect(copy.skippedImages).toBe(1);
    expect(copy.html).not.toContain('<img');
  });

  it('answers not_found for an unknown article', async () => {
    const backend = openTestBackend();
    expect(await failureOf(backend.api.articles.wechatHtml({ id: '0190a5b2-0000-7000-8000-000000000000' }))).toMatchObject({ code: 'not_found' });
  });
});

describe('article exports', () => {
  it('writes a .docx with the title, every block, the image embedded and footnotes for external links', async () => {
    const backend = openTestBackend();
    const article = await anArticle(backend);
    const file = await backend.api.articles.exportFile({ id: article.id, format: 'docx' });
    expect(file.fileName).toBe('双11会员日攻略.docx');
    const docx = Buffer.from(file.base64, 'base64');
    const { value: html } = await mammoth.convertToHtml({ buffer: docx });
    expect(html).toMatch(/^<p>双11会员日攻略<\/p><p>周婷 {2}· {2}悦汇·上海生活 {2}· {2}2026-11-11<\/p><h1>一级标题<\/h1><h2>二级标题<\/h2><h3>三级标题<\/h3>/);
    expect(html).toContain('<strong>粗体</strong><em>斜体</em>');
    expect(html).toContain(`<img alt="示意图" src="data:image/png;base64,${PNG_BYTES.toString('base64')}" />`);
    expect(html).toMatch(/<table><tr><td><p><strong>门店<\/p>|<table>.*门店.*南京西路/);
    expect(html).toContain('<ul><li>无序一<ol><li>嵌套有序</li></ol></li><li>无序二</li></ul>');
    // Links keep their address; the two outside WeChat (three uses) have footnotes with it.
    expect(html.match(/<a href="#footnote-\d+" id="footnote-ref-\d+">/g)).toHaveLength(3);
    expect(html).toMatch(/<li id="footnote-1"><p> https:\/\/example.com\/a/);
    // Every font named in all four slots, so Word and WPS on any system agree.
    const parts = unpackWithLimits(docx);
    const fontTags = ['word/styles.xml', 'word/document.xml'].flatMap(
      (name) =>
        parts
          .get(name)!
          .toString('utf8')
          .match(/<w:rFonts [^>]*>/g) ?? [],
    );
    expect(new Set(fontTags)).toEqual(
      new Set([
        '<w:rFonts w:ascii="宋体" w:cs="宋体" w:eastAsia="宋体" w:hAnsi="宋体"/>',
        '<w:rFonts w:ascii="微软雅黑" w:cs="微软雅黑" w:eastAsia="微软雅黑" w:hAnsi="微软雅黑"/>',
        '<w:rFonts w:ascii="Consolas" w:cs="Consolas" w:eastAsia="宋体" w:hAnsi="Consolas"/>',
      ]),
    );
  });

  it('writes Markdown with the title as its heading and html as exactly the clipboard HTML', async () => {
    const backend = openTestBackend();
    const article = await anArticle(backend);
    const md = await backend.api.articles.exportFile({ id: article.id, format: 'md' });
    expect(Buffer.from(md.base64, 'base64').toString('utf8')).toMatch(/^# 双11会员日攻略\n\n# 一级标题\n/);
    const html = await backend.api.articles.exportFile({ id: article.id, format: 'html', theme: 'fresh' });
    expect(Buffer.from(html.base64, 'base64').toString('utf8')).toBe((await backend.api.articles.wechatHtml({ id: article.id, theme: 'fresh' })).html);
  });
});

const root = resolve(import.meta.dirname, '../../..');
const built = existsSync(join(root, 'out', 'main', 'cli.js'));

function opsbench(args: string[]) {
  const result = spawnSync(join(root, 'node_modules', '.bin', 'node'), [join(root, 'bin', 'opsbench.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, OPSBENCH_DATA_DIR: '', LANG: '', LC_ALL: '' },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.skipIf(!built)('opsbench export article', () => {
  it('writes exactly the clipboard HTML, and .docx from the --out extension', async () => {
    const dataDir = tempDataDir();
    const backend = openTestBackend({ dataDir });
    const article = await anArticle(backend);
    const clipboard = (await backend.api.articles.wechatHtml({ id: article.id, theme: 'default' })).html;
    backend.close();
    const out = tempDataDir();
    const html = opsbench(['export', 'article', article.id, '--format', 'html', '--theme', 'default', '--out', join(out, 'a.html'), '--data-dir', dataDir]);
    expect(html.code, html.stderr).toBe(0);
    expect(html.stdout).toContain('已把《双11会员日攻略》导出为 html');
    expect(readFileSync(join(out, 'a.html'), 'utf8')).toBe(clipboard);
    const docx = opsbench(['export', 'article', article.id, '--out', join(out, 'a.docx'), '--data-dir', dataDir]);
    expect(docx.code, docx.stderr).toBe(0);
    expect(readFileSync(join(out, 'a.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('says what is wrong with a missing id, an unknown format or an unknown article', () => {
    const dataDir = tempDataDir();
    expect(opsbench(['export', 'article', '--data-dir', dataDir])).toMatchObject({ code: 2, stderr: expect.stringContaining('后面要写稿件 ID') });
    expect(opsbench(['export', 'article', 'x', '--format', 'pdf', '--data-dir', dataDir]).code).toBe(2);
    const unknown = opsbench(['export', 'article', '0190a5b2-0000-7000-8000-000000000000', '--data-dir', dataDir]);
    expect(unknown.code).toBe(1);
  });
});
