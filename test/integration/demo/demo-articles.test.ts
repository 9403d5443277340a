import { describe, expect, it } from 'vitest';
import { DEMO_ARTICLES } from '../../../src-main/demo/demo-articles';
import { docFromYDoc } from '../../../src-main/services/articles/yjs-doc';
import { BodyEditor } from '../../helpers/article-body';
import { openTestBackend } from '../../helpers/backend';

// The demo's articles (issue 10): what the operator sees on first open of 稿件.

const TODAY = '2026-10-08';

// Loading the demo writes a year of benchmark figures: seconds on a busy machine, so more than the default timeout.
describe("the demo's articles", { timeout: 120_000 }, () => {
  it('are 30 drafts on the WeChat calendar around today, with the statuses of their items', async () => {
    const { api } = openTestBackend();
    await api.workspace.loadDemo({ today: TODAY });
    const articles = await api.articles.list({});
    expect(articles).toHaveLength(DEMO_ARTICLES);
    const items = await api.calendar.listItems({ from: '2026-09-01', to: '2026-11-30' });
    const byId = new Map(items.map((item) => [item.id, item]));
    const wechat = new Set((await api.accounts.list({})).filter((a) => a.platform.startsWith('wechat')).map((a) => a.id));
    for (const article of articles) {
      const item = byId.get(article.itemId);
      expect(item, article.title).toMatchObject({ title: article.title, status: article.status, date: article.date });
      expect(wechat.has(article.accountId)).toBe(true);
    }
    expect(new Set(articles.map((a) => a.status))).toEqual(new Set(['published', 'scheduled', 'approved', 'review', 'writing']));
    expect(new Set(articles.map((a) => a.author)).size).toBeGreaterThan(1);
  });

  it('give the checks something to show: 极限词, 诱导分享, long titles and a body past 20,000 characters', async () => {
    const { api } = openTestBackend();
    await api.workspace.loadDemo({ today: TODAY });
    for (const word of ['国家级', '顶级', '绝对', '第一', '没有之一', '集赞', '关注领奖', '分享到朋友圈领取']) {
      expect((await api.articles.search({ query: word })).length, word).toBeGreaterThan(0);
    }
    const articles = await api.articles.list({});
    expect(articles.filter((a) => [...a.title].length > 32).length).toBeGreaterThanOrEqual(3);
    expect(articles.filter((a) => a.chars > 20_000)).toHaveLength(1);
    // Headings, lists, quotes and links survive into the stored body.
    const [market] = await api.articles.search({ query: '陶艺摊主' });
    const json = JSON.stringify(docFromYDoc(new BodyEditor((await api.articles.body({ id: market!.article.id })).state).ydoc));
    expect(json).toContain('"type":"heading"');
    expect(json).toContain('"type":"bulletList"');
    expect(json).toContain('"type":"blockquote"');
  });

  it('are replaced with the rest of the demo, never doubled', async () => {
    const { api } = openTestBackend();
    await api.workspace.loadDemo({ today: TODAY });
    const found = (await api.articles.search({ query: '陶艺摊主' })).length;
    await api.workspace.loadDemo({ today: TODAY, replace: true });
    expect(await api.articles.list({})).toHaveLength(DEMO_ARTICLES);
    expect((await api.articles.search({ query: '陶艺摊主' })).length).toBe(found);
  });
});
