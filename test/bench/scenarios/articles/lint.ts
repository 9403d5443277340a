import { BUILTIN_WORDS } from '../../../../src-shared/domain/articles/builtin-words';
import { wechatChars } from '../../../../src-shared/domain/articles/count';
import { docText, type DocNode } from '../../../../src-shared/domain/articles/doc';
import { lintArticle } from '../../../../src-shared/domain/articles/lint';
import { summarize, type ScenarioResult } from '../../stats';

const RUNS = 50;

// Sentences as a company account writes them; a few carry 极限词, 诱导 phrases and links, so
// the run reports findings as a real draft would.
const SENTENCES = [
  '随着冬季来临，我们在全市新开了三家门店，欢迎大家周末来逛一逛。',
  '这款产品采用最新工艺，口感细腻，是送礼的首选。',
  '活动期间到店消费满一百元即可获赠精美礼品一份，数量有限，送完即止。',
  '第一次来的朋友可以先看看我们的往期推荐，了解品牌背后的故事。',
  '我们坚持用心做好每一件小事，也感谢每一位读者一路以来的陪伴😀。',
  '转发集赞就能领取优惠券的活动已经结束，感谢大家的支持。',
  '团队在研发上投入了大量精力，力求给用户带来更舒适的体验。',
];

/** A body of about 20,000 characters (WeChat's count): headings, paragraphs, links, images. */
export function twentyThousandCharacterDoc(): DocNode {
  const content: DocNode[] = [];
  let chars = 0;
  for (let i = 0; chars < 20_000; i++) {
    if (i % 12 === 0) content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `第${i / 12 + 1}部分：顶级体验` }] });
    if (i % 30 === 0) content.push({ type: 'image', attrs: { src: 'asset:demo', alt: '配图', bytes: 800_000 } });
    const text = SENTENCES[i % SENTENCES.length] ?? '';
    const link = i % 25 === 0 ? [{ type: 'text', text: '了解更多', marks: [{ type: 'link' as const, attrs: { href: 'https://example.com/more' } }] }] : [];
    content.push({ type: 'paragraph', content: [{ type: 'text', text }, ...link] });
    chars += wechatChars(text);
  }
  return { type: 'doc', content };
}

/** Issue 10's budget: the linter over a 20,000-character body ≤ 10 ms (as the editor runs it live). */
export async function lintTwentyThousand(): Promise<ScenarioResult> {
  const doc = twentyThousandCharacterDoc();
  const input = { title: '冬季新品上市：最全攻略', author: '编辑部', digest: '', doc, words: BUILTIN_WORDS, exemptions: [] };
  const samples: number[] = [];
  let findings = 0;
  for (let i = 0; i < RUNS + 3; i++) {
    const start = performance.now();
    findings = lintArticle(input).length;
    const elapsed = performance.now() - start;
    if (i >= 3) samples.push(elapsed); // the first runs warm up the JIT (and build the word matcher once, as the editor does)
  }
  const chars = wechatChars(docText(doc)).toLocaleString('en');
  return { name: `lint ${chars} characters (${findings} findings)`, unit: 'ms', summary: summarize(samples), budget: 10, kind: 'max' };
}
