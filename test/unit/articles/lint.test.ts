import { getSchema } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import { TableKit } from '@tiptap/extension-table';
import { Node as PmNode } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { describe, expect, it } from 'vitest';
import { BUILTIN_WORDS, effectiveWords } from '../../../src-shared/domain/articles/builtin-words';
import { docFromParagraphs, docText, type DocNode } from '../../../src-shared/domain/articles/doc';
import { positionedText } from '../../../src-shared/domain/articles/doc-positions';
import { countFindings, isBlocking, lintArticle, type LintFinding, type LintInput } from '../../../src-shared/domain/articles/lint';

const schema = getSchema([StarterKit, Image, TableKit]);

function lint(over: Partial<LintInput> = {}): LintFinding[] {
  return lintArticle({ title: '一篇稿件', author: '编辑部', digest: '摘要', doc: docFromParagraphs('正文'), words: BUILTIN_WORDS, exemptions: [], ...over });
}

const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const t = (text: string, marks?: DocNode['marks']): DocNode => ({ type: 'text', text, ...(marks ? { marks } : {}) });
const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });
const ofRule = (findings: LintFinding[], rule: string) => findings.filter((f) => f.rule === rule);

/** The text the editor would select for a finding, through TipTap's real schema. */
function selected(body: DocNode, f: LintFinding): string {
  const node = PmNode.fromJSON(schema, body);
  return node.textBetween(f.from ?? 0, f.to ?? 0, '\n', '\uFFFC');
}

describe('field lengths', () => {
  it('warns past 32 title characters and refuses past 64, counting emoji as one', () => {
    expect(ofRule(lint({ title: '字'.repeat(32) }), 'title-length')).toEqual([]);
    const warn = ofRule(lint({ title: '字'.repeat(31) + '😀😀' }), 'title-length');
    expect(warn.map((f) => [f.severity, f.params.count])).toEqual([['warning', 33]]);
    const refuse = ofRule(lint({ title: 'x'.repeat(500) }), 'title-length');
    expect(refuse.map((f) => [f.severity, f.message])).toEqual([['error', 'lint.message.titleTooLong']]);
  });

  it('refuses an author past 16 characters and a digest past 120', () => {
    const findings = lint({ author: '作'.repeat(17), digest: '摘'.repeat(121) });
    expect(findings.filter(isBlocking).map((f) => f.rule)).toEqual(['author-length', 'digest-length']);
  });

  it('shows the body’s first 54 characters when the digest is empty, as WeChat takes them', () => {
    const body = doc({ type: 'heading', attrs: { level: 1 }, content: [t('小标题')] }, p(t('甲'.repeat(60))));
    const [empty] = ofRule(lint({ digest: '', doc: body }), 'digest-empty');
    expect(empty?.severity).toBe('info');
    expect(empty?.params.digest).toBe(`小标题 ${'甲'.repeat(50)}`);
  });

  it('refuses a body past 20,000 characters as WeChat counts them', () => {
    expect(ofRule(lint({ doc: docFromParagraphs('字'.repeat(20_000)) }), 'body-length')).toEqual([]);
    const [long] = ofRule(lint({ doc: docFromParagraphs('字'.repeat(20_001)) }), 'body-length');
    expect(long?.severity).toBe('error');
    expect(long?.params.count).toBe(20_001);
  });
});

describe('广告法 and 诱导 words', () => {
  it('finds each occurrence with its editor positions, line, reason and suggestion', () => {
    const body = doc({ type: 'heading', attrs: { level: 2 }, content: [t('开篇')] }, p(t('这是'), t('最佳', [{ type: 'bold' }]), t('的选择，'), t('全网第一', [{ type: 'italic' }])), {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [p(t('😀国家级'), { type: 'hardBreak' }, t('顶级体验'))] }],
    });
    const words = lint({ doc: body }).filter((f) => f.field === 'body');
    expect(words.map((f) => [f.word, f.line, selected(body, f)])).toEqual([
      ['最佳', 2, '最佳'],
      ['第一', 2, '第一'],
      ['国家级', 3, '国家级'],
      ['顶级', 4, '顶级'],
    ]);
    const best = words[0];
    expect(best?.severity).toBe('error');
    expect(best?.reason).toEqual({ text: expect.stringContaining('广告法') });
    expect(best?.suggestion).toEqual({ text: '优秀、出色' });
    expect(best?.context).toBe('这是最佳的选择，全网');
  });

  it('checks the title and the digest too', () => {
    const findings = lint({ title: '史上最强攻略', digest: '关注领奖，转发集赞' });
    expect(findings.filter((f) => f.word).map((f) => [f.field, f.word, f.severity])).toEqual([
      ['title', '最强', 'error'],
      ['digest', '关注领奖', 'error'],
      ['digest', '转发集赞', 'error'],
    ]);
  });

  it('prefers the longest word at a place and folds case and full-width forms', () => {
    const findings = lint({ doc: docFromParagraphs('全场最低价，品质ＮＯ．１，no.1 品牌，效果１００％') });
    expect(findings.filter((f) => f.word).map((f) => f.text)).toEqual(['最低价', 'ＮＯ．１', 'no.1', '１００％']);
  });

  it('does not flag ordinary prose that merely contains a word', () => {
    const prose = '最近天气转凉，最后一天报名。最终结果：第一次参加的同学最好不要迟到。最高气温 12 度，营收同比增长100%。关注我们的最新消息。';
    expect(lint({ doc: docFromParagraphs(prose) }).filter((f) => f.word)).toEqual([]);
  });

  it('still flags 最新 and 第一 when they make a claim', () => {
    const findings = lint({ doc: docFromParagraphs('最新款上市，销量全国第一') });
    expect(findings.filter((f) => f.word).map((f) => f.word)).toEqual(['最新', '全国第一']);
  });

  it('makes time pressure a warning and 诱导分享 an error', () => {
    const findings = lint({ doc: docFromParagraphs('限时秒杀！分享到朋友圈领取红包') });
    expect(findings.filter((f) => f.word).map((f) => [f.word, f.rule, f.severity])).toEqual([
      ['秒杀', 'adlaw', 'warning'],
      ['分享到朋友圈领取', 'induce', 'error'],
    ]);
  });

  it('skips a disabled word and adds a workspace word', () => {
    const words = effectiveWords([
      { word: '最佳', category: 'adlaw-superlative', reason: '', suggestion: '', disabled: true },
      { word: '内部资料', category: 'custom', reason: '', suggestion: '不要外传', disabled: false },
    ]);
    const findings = lint({ words, doc: docFromParagraphs('最佳的内部资料') });
    expect(findings.filter((f) => f.word).map((f) => [f.word, f.rule, f.severity])).toEqual([['内部资料', 'custom-word', 'warning']]);
  });
});

describe('exemptions', () => {
  it('exempts one occurrence, which then blocks nothing, and keeps it after edits elsewhere', () => {
    const before = docFromParagraphs('我们的产品是最佳选择。\n另一处最佳方案不同。');
    const [first, second] = lint({ doc: before }).filter((f) => f.word === '最佳');
    const exemptions = [{ rule: first!.rule, word: '最佳', context: first!.context }];
    const after = docFromParagraphs('开头新加了一段。\n我们的产品是最佳选择。\n另一处最佳方案不同。');
    const findings = lint({ doc: after, exemptions }).filter((f) => f.word === '最佳');
    expect(findings.map((f) => [f.id, f.exempted])).toEqual([
      [first!.id, true],
      [second!.id, false],
    ]);
    expect(countFindings(findings)).toEqual({ error: 1, warning: 0, info: 0, exempted: 1 });
  });

  it('gives repeats of one context distinct ids', () => {
    const ids = lint({ doc: docFromParagraphs('最佳\n最佳') })
      .filter((f) => f.word)
      .map((f) => f.id);
    expect(new Set(ids).size).toBe(2);
  });

  it('never cuts an emoji in half in a context', () => {
    const [f] = lint({ doc: docFromParagraphs('😀😀😀😀最佳😀😀😀😀') }).filter((x) => x.word);
    expect(f?.context).toBe('😀😀😀最佳😀😀😀');
    expect(f?.context).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});

describe('links and images', () => {
  it('warns about each link outside mp.weixin.qq.com, with its position', () => {
    const link = (href: string) => [{ type: 'link' as const, attrs: { href } }];
    const body = doc(p(t('见'), t('官网', link('https://example.com')), t('和'), t('往期', link('https://mp.weixin.qq.com/s/abc'))));
    const [ext, ...rest] = ofRule(lint({ doc: body }), 'external-link');
    expect(rest).toEqual([]);
    expect([ext?.severity, ext?.params.href, selected(body, ext!)]).toEqual(['warning', 'https://example.com', '官网']);
  });

  it('counts images and flags one too large for WeChat', () => {
    const img = (bytes: number) => ({ type: 'image', attrs: { src: 'asset:x', alt: '图', bytes } });
    const body = doc(p(t('前')), img(1_000_000), img(12 * 1024 * 1024), p(t('后')));
    const findings = lint({ doc: body });
    expect(ofRule(findings, 'image-count')[0]?.params.count).toBe(2);
    const [large] = ofRule(findings, 'image-size');
    expect([large?.severity, selected(body, large!)]).toEqual(['error', '\uFFFC']);
  });
});

describe('the body text', () => {
  it('is docText’s, with control characters, tables and empty blocks', () => {
    const cell = (text: string) => ({ type: 'tableCell', content: [p(t(text))] });
    const body = doc(p(t('控制\u0007字符\u200b')), p(), { type: 'table', content: [{ type: 'tableRow', content: [cell('甲'), cell('最佳')] }] }, { type: 'blockquote', content: [p(t('引用'))] });
    expect(positionedText(body).text).toBe(docText(body));
    const [best] = lint({ doc: body }).filter((f) => f.word);
    expect(selected(body, best!)).toBe('最佳');
  });
});
