import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import validate from '@ooxml-tools/validate';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDocx } from '../../../src-docs/docx/write-docx';
import { COST_ITEMS, COST_TOTAL, EMPTY_MODEL, LONG_NAME, SECTION_TITLES, sampleModel } from './sample-model';

// The .docx writer on a rich model: the package is well-formed and valid OOXML, says what Word and
// WPS need (named fonts, fixed table widths, repeated header rows, no text boxes, a native chart),
// and LibreOffice lays it out with the contents, the tables and 第 X 页 共 Y 页.

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const TEXT_WIDTH = 8306;

let dir = '';
let bytes: Uint8Array;
let parts: Record<string, Uint8Array>;
const part = (name: string) => strFromU8(parts[name]!);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'opsbench-docx-'));
  bytes = await writeDocx(sampleModel());
  parts = unzipSync(bytes);
  writeFileSync(join(dir, 'plan.docx'), bytes);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeDocx', () => {
  it('writes a package whose every XML part is well-formed (xmllint)', () => {
    const xmlParts = Object.keys(parts).filter((name) => /\.(xml|rels)$/.test(name));
    expect(xmlParts).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', 'word/charts/chart1.xml', '[Content_Types].xml']));
    const files = xmlParts.map((name) => {
      const file = join(dir, 'parts', name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, parts[name]!);
      return file;
    });
    const lint = spawnSync('xmllint', ['--noout', ...files], { encoding: 'utf8' });
    expect(lint.error).toBeUndefined();
    expect(lint.stderr).toBe('');
    expect(lint.status).toBe(0);
  });

  it('passes the OOXML schema validator (Office 2019), and so does an empty model', { timeout: 120_000 }, async () => {
    expect(await validate(bytes, 'docx', 'Office2019')).toEqual([]);
    const empty = await writeDocx(EMPTY_MODEL);
    expect(Object.keys(unzipSync(empty))).toContain('word/document.xml');
    expect(await validate(empty, 'docx', 'Office2019')).toEqual([]);
  });

  it('names 黑体 and 宋体 in all four font slots and embeds no font', () => {
    const fonts = [...part('word/styles.xml').matchAll(/<w:rFonts ([^>]*)\/>/g)].map((m) => m[1]!);
    expect(fonts.length).toBeGreaterThan(1);
    for (const attrs of fonts) {
      const name = /w:ascii="([^"]+)"/.exec(attrs)![1];
      expect(['宋体', '黑体']).toContain(name);
      for (const slot of ['hAnsi', 'eastAsia', 'cs']) expect(attrs).toContain(`w:${slot}="${name}"`);
    }
    expect(part('word/styles.xml')).toMatch(/<w:docDefaults>.*<w:rFonts w:ascii="宋体"/);
    expect(part('word/styles.xml')).toMatch(/w:styleId="Heading1".*?<w:rFonts w:ascii="黑体"/);
    expect(Object.keys(parts).some((name) => /fonts\/|\.odttf$/.test(name))).toBe(false);
    expect(part('word/fontTable.xml')).not.toContain('w:embed');
  });

  it('writes A4 pages, the cover on a first page without header or footer, the footer in the model’s language', async () => {
    const document = part('word/document.xml');
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(document).toContain('<w:titlePg/>');
    expect(document).toMatch(/<w:headerReference w:type="first"/);
    expect(document).toMatch(/<w:footerReference w:type="first"/);
    const footers = Object.keys(parts).filter((name) => /^word\/footer\d+\.xml$/.test(name)).map(part);
    expect(footers.filter((xml) => xml.includes('PAGE') && xml.includes('NUMPAGES') && xml.includes('第'))).toHaveLength(1);
    expect(Object.keys(parts).filter((name) => /^word\/header\d+\.xml$/.test(name)).map(part).join('')).toContain('某某科技 · 2027年第一季度运营方案');
    const english = unzipSync(await writeDocx(sampleModel('en')));
    const englishFooter = Object.keys(english).filter((name) => /^word\/footer\d+\.xml$/.test(name)).map((name) => strFromU8(english[name]!)).join('');
    expect(englishFooter).toMatch(/Page .*PAGE.* of .*NUMPAGES/);
  });

  it('holds no text boxes, keeps emoji whole and drops control characters', () => {
    const all = Object.keys(parts).filter((name) => name.endsWith('.xml')).map(part).join('');
    expect(all).not.toContain('txbxContent');
    const document = part('word/document.xml');
    expect(document).toContain('同业甲 🚀');
    expect(document).toContain('短视频与图文联动 😀');
    expect(document).toContain('控制字符与竖线|测试');
    // eslint-disable-next-line no-control-regex
    expect(document).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(document).toContain(LONG_NAME);
  });

  it('gives every table fixed column widths in twips over the text width and a header row repeated on each page', () => {
    const tables = part('word/document.xml').match(/<w:tbl>.*?<\/w:tbl>/g)!;
    expect(tables).toHaveLength(3);
    for (const table of tables) {
      expect(table).toContain('<w:tblLayout w:type="fixed"/>');
      const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(grid.reduce((sum, width) => sum + width, 0)).toBe(TEXT_WIDTH);
      const rows = table.match(/<w:tr>.*?<\/w:tr>/g)!;
      expect(rows[0]).toContain('<w:tblHeader/>');
      expect(rows.slice(1).join('')).not.toContain('<w:tblHeader/>');
      for (const cell of table.match(/<w:tc>.*?<\/w:tc>/g)!) expect(cell).toMatch(/<w:tcW w:type="dxa" w:w="\d+"\/>/);
    }
    const [peers, empty, costs] = tables as [string, string, string];
    expect([...peers.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))).toEqual([4153, 2768, 1385]);
    expect(empty).toMatch(/<w:gridSpan w:val="2"\/>.*暂无数据/);
    const longRow = peers.match(/<w:tr>.*?<\/w:tr>/g)!.find((row) => row.includes(LONG_NAME))!;
    expect(longRow).not.toContain('<w:cantSplit/>');
    const costRows = costs.match(/<w:tr>.*?<\/w:tr>/g)!;
    expect(costRows).toHaveLength(COST_ITEMS.length + 3);
    expect(costRows.filter((row) => row.includes('<w:cantSplit/>'))).toHaveLength(costRows.length);
    const total = costRows.at(-1)!;
    expect(total).toContain('合计');
    expect(total).toContain('<w:b/>');
    expect(total).toContain('w:fill="E7E6E6"');
    expect(costRows[1]).toContain('<w:jc w:val="right"/>');
  });

  it('writes the contents as a clean TOC field with an entry linked to a bookmark on each section heading', () => {
    const document = part('word/document.xml');
    const toc = /<w:sdt>.*?<\/w:sdt>/.exec(document)![0];
    expect(toc).toContain('TOC \\h \\o &quot;1-1&quot;');
    expect(toc).not.toContain('w:dirty="true"');
    expect(toc).not.toContain('PAGEREF');
    for (const [i, title] of SECTION_TITLES.entries()) {
      expect(toc).toContain(`<w:hyperlink w:history="1" w:anchor="_Toc_section_${i + 1}">`);
      expect(toc).toContain(title);
      expect(document).toMatch(new RegExp(`<w:pStyle w:val="Heading1"/>.*?<w:bookmarkStart w:name="_Toc_section_${i + 1}" w:id="\\d+"/>.*?${title}`));
    }
  });

  it('leaves no blank page for a break at the start, at the end or after another break', async () => {
    const breaks = (xml: string) => xml.match(/<w:pageBreakBefore\/>/g)?.length ?? 0;
    const base = sampleModel();
    const doubled = await writeDocx({ ...base, cover: null, blocks: [{ kind: 'pageBreak' }, ...base.blocks, { kind: 'pageBreak' }, { kind: 'pageBreak' }] });
    expect(breaks(strFromU8(unzipSync(doubled)['word/document.xml']!))).toBe(breaks(part('word/document.xml')) - 1);
  });

  it('writes runs with their marks, external links and real Word lists', () => {
    const document = part('word/document.xml');
    expect(document).toMatch(/<w:b\/>.*?重点学习/);
    expect(document).toMatch(/<w:i\/>.*?其内容节奏与/);
    expect(document).toMatch(/<w:color w:val="C00000"\/>.*?<w:u w:val="single"\/>.*?互动方式|<w:u w:val="single"\/>.*?<w:color w:val="C00000"\/>.*?互动方式/);
    expect(part('word/_rels/document.xml.rels')).toMatch(/Target="https:\/\/example\.com\/guide\?a=1&amp;b=2" TargetMode="External"/);
    const numIds = new Set([...document.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]));
    expect(numIds.size).toBe(2);
    expect(part('word/numbering.xml')).toContain('<w:numFmt w:val="bullet"/>');
    expect(part('word/numbering.xml')).toContain('<w:numFmt w:val="decimal"/>');
  });

  it('writes each chart as a native Word chart part with its values cached, gaps left empty', () => {
    const rels = part('word/_rels/document.xml.rels');
    expect(rels).toMatch(/Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/chart" Target="charts\/chart1\.xml"/);
    expect(part('[Content_Types].xml')).toContain('PartName="/word/charts/chart1.xml"');
    expect(part('word/document.xml')).toContain('<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">');
    const line = part('word/charts/chart1.xml');
    expect(line).toContain('<c:lineChart>');
    expect(line).toContain('<c:strCache>');
    expect(line).toContain('<c:v>2027Q1</c:v>');
    expect(line).toMatch(/<c:numCache>.*<c:v>2800<\/c:v>/);
    expect(line).toContain('<c:dispBlanksAs val="gap"/>');
    // 历史 has values at two of the four categories only.
    const history = /<c:ser>.*?<c:val>(.*?)<\/c:val>/.exec(line)![1]!;
    expect(history).toMatch(/<c:ptCount val="4"\/>/);
    expect([...history.matchAll(/<c:pt idx="(\d)">/g)].map((m) => m[1])).toEqual(['0', '1']);
    expect(part('word/charts/chart2.xml')).toContain('<c:barDir val="col"/>');
    expect(parts['word/charts/chart3.xml']).toBeUndefined();
  });
});

describe.skipIf(!has('soffice'))('the .docx in LibreOffice (skipped where LibreOffice, soffice, is not installed)', () => {
  let pages: string[] = [];

  beforeAll(() => {
    const profile = join(dir, 'lo-profile');
    const convert = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'plan.docx')], { encoding: 'utf8', timeout: 150_000 });
    expect(convert.status).toBe(0);
    const text = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', join(dir, 'plan.pdf'), '-'], { encoding: 'utf8' });
    expect(text.status).toBe(0);
    pages = text.stdout.split('\f').filter((page) => page.trim());
  }, 180_000);

  /** A page's text without the spaces pdftotext puts between Chinese characters and digits. */
  const squeezed = (page: string) => page.replace(/[ \t]+/g, '');

  it('shows the cover, then the contents and every section heading', () => {
    expect(squeezed(pages[0]!)).toContain('2027年第一季度运营方案');
    expect(pages[0]).not.toMatch(/第\s*1\s*页/);
    const contents = squeezed(pages[1]!);
    expect(contents).toContain('目录');
    for (const title of SECTION_TITLES) {
      expect(contents).toContain(title);
      expect(pages.slice(2).some((page) => squeezed(page).includes(title))).toBe(true);
    }
  });

  it('numbers every page after the cover 第 X 页 共 Y 页, counting the cover', () => {
    const total = pages.length;
    expect(total).toBeGreaterThan(4);
    pages.slice(1).forEach((page, i) => expect(squeezed(page)).toContain(`第${i + 2}页共${total}页`));
  });

  it('lays the cost table across pages with its header row on each and its total', () => {
    const withCosts = pages.filter((page) => /物料\s*\d\d/.test(page));
    expect(withCosts.length).toBeGreaterThan(1);
    for (const page of withCosts) expect(squeezed(page)).toContain('金额（元）');
    const all = squeezed(pages.join(''));
    for (const item of COST_ITEMS) expect(all).toContain(item.name);
    expect(all).toContain(`合计${COST_TOTAL.toLocaleString('en-US')}`);
    expect(all).toContain('暂无数据');
  });

  it('draws the charts with their titles and categories', () => {
    const all = squeezed(pages.join(''));
    for (const text of ['粉丝数预测', '2026Q3', '2027Q2', '季度新增']) expect(all).toContain(text);
  });
});
