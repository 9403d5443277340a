import { describe, expect, it } from 'vitest';
import { BodyEditor } from '../../helpers/article-body';
import { aMember, anAccount, openTestBackend } from '../../helpers/backend';

// articles.search over real rows written by the articles service (create with a body, pushUpdates,
// calendar edits), on real SQLite with the real migrations and its trigram index.

function body(...paragraphs: string[]) {
  return { type: 'doc' as const, content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
}

async function setUp() {
  const backend = openTestBackend();
  const api = backend.api;
  const shanghai = await api.accounts.create(anAccount({ name: '悦汇·上海生活', handle: 'yuehui_sh' }));
  const hangzhou = await api.accounts.create(anAccount({ name: '悦汇·杭州奥莱', handle: 'yuehui_hz' }));
  const weekend = await api.columns.create({ accountId: shanghai.id, name: '周末去哪儿', cadence: { kind: 'weekly', weekdays: [5] }, ownerId: null });
  const owner = await api.team.create(aMember({ name: '王晓雯' }));
  const write = (accountId: string, title: string, text: string[], more: { columnId?: string; author?: string; date?: string } = {}) => api.articles.create({ accountId, title, body: body(...text), ...more });
  return { backend, api, shanghai, hangzhou, weekend, owner, write };
}

type Api = Awaited<ReturnType<typeof setUp>>['api'];
const titlesOf = async (api: Api, query: Parameters<Api['articles']['search']>[0]) => (await api.articles.search(query)).map((hit) => hit.article.title);

describe('articles.search', () => {
  it('finds 1-, 2- and 3+ character words in bodies and titles, title matches first', async () => {
    const { api, shanghai, write } = await setUp();
    await write(shanghai.id, '周末市集开张啦', ['本周六中庭有手作市集，会员到场领取帆布袋。', '停车免费三小时。']);
    await write(shanghai.id, '会员日停车指南', ['地下车库入口在南门。']);
    await write(shanghai.id, '新品奶茶测评', ['杨枝甘露和芝士奶盖都值得一试。']);

    expect(await titlesOf(api, { query: '茶' })).toEqual(['新品奶茶测评']);
    expect(await titlesOf(api, { query: '露' })).toEqual(['新品奶茶测评']);
    // 停车: the title match comes before the body match.
    expect(await titlesOf(api, { query: '停车' })).toEqual(['会员日停车指南', '周末市集开张啦']);
    expect(await titlesOf(api, { query: '帆布袋' })).toEqual(['周末市集开张啦']);
    expect(await titlesOf(api, { query: '芝士奶盖' })).toEqual(['新品奶茶测评']);
    expect(await titlesOf(api, { query: '没有这句话' })).toEqual([]);
    // Every word of the query, all in the title or all in the body.
    expect(await titlesOf(api, { query: '中庭 帆布袋' })).toEqual(['周末市集开张啦']);
    expect(await titlesOf(api, { query: '中庭 奶盖' })).toEqual([]);
  });

  it('marks the matches in the title and in a snippet of the body', async () => {
    const { api, shanghai, write } = await setUp();
    const long = `${'开场白很长。'.repeat(20)}本周六中庭有手作市集，会员到场领取帆布袋。${'结尾也很长。'.repeat(20)}`;
    await write(shanghai.id, '会员福利｜会员日双倍积分', [long]);

    const [hit] = await api.articles.search({ query: '会员' });
    expect(hit!.title).toEqual([
      { text: '会员', match: true },
      { text: '福利｜', match: false },
      { text: '会员', match: true },
      { text: '日双倍积分', match: false },
    ]);
    const snippet = hit!.snippet.map((part) => part.text).join('');
    expect(snippet.startsWith('…') && snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('本周六中庭有手作市集，会员到场领取帆布袋。');
    expect(hit!.snippet.filter((part) => part.match)).toEqual([{ text: '会员', match: true }]);

    const [byBody] = await api.articles.search({ query: '手作市集' });
    expect(byBody!.title).toEqual([{ text: '会员福利｜会员日双倍积分', match: false }]);
    expect(byBody!.snippet.filter((part) => part.match).map((part) => part.text)).toEqual(['手作市集']);
  });

  it('takes FTS syntax in a query as plain text, and matches Latin letters in any case', async () => {
    const { api, shanghai, write } = await setUp();
    await write(shanghai.id, '快闪店开业', ['活动口号："AND OR NOT"，带 * 号的都打折（NEAR 地铁站）。', 'Mall 会员 App 上线']);
    for (const query of ['"', '""', '*', 'AND', 'OR', 'NOT', 'NEAR(', '(', ')', 'body:', '^', '-', '+', "'", '\\', '%', '_', 'a"b', '{body}: x']) {
      await expect(api.articles.search({ query }), query).resolves.toBeInstanceOf(Array);
    }
    expect(await titlesOf(api, { query: '"AND OR NOT"' })).toEqual(['快闪店开业']);
    expect(await titlesOf(api, { query: '* 号' })).toEqual(['快闪店开业']);
    expect(await titlesOf(api, { query: 'NEAR' })).toEqual(['快闪店开业']);
    expect(await titlesOf(api, { query: 'mall' })).toEqual(['快闪店开业']);
    expect(await titlesOf(api, { query: 'APP' })).toEqual(['快闪店开业']);
  });

  it('filters by status, account, column, owner and author', async () => {
    const { api, shanghai, hangzhou, weekend, owner, write } = await setUp();
    const market = await write(shanghai.id, '周末市集开张啦', ['会员到场领取帆布袋。'], { columnId: weekend.id, author: '王晓雯' });
    const outlet = await write(hangzhou.id, '奥莱会员日', ['会员专享折扣。'], { author: '李明' });
    await api.calendar.updateItem({ id: outlet.item.id, patch: { ownerId: owner.id } });
    await api.articles.update({ id: market.id, patch: { status: 'review' } });

    const search = (filter: Omit<Parameters<Api['articles']['search']>[0], 'query'>) => titlesOf(api, { query: '会员', ...filter }).then((titles) => titles.sort());
    expect(await search({})).toEqual(['周末市集开张啦', '奥莱会员日']);
    expect(await search({ status: ['review'] })).toEqual(['周末市集开张啦']);
    expect(await search({ status: ['writing', 'approved'] })).toEqual(['奥莱会员日']);
    expect(await search({ accountIds: [hangzhou.id] })).toEqual(['奥莱会员日']);
    expect(await search({ columnIds: [weekend.id] })).toEqual(['周末市集开张啦']);
    expect(await search({ ownerIds: [owner.id] })).toEqual(['奥莱会员日']);
    expect(await search({ author: '晓雯' })).toEqual(['周末市集开张啦']);
    expect(await search({ author: '晓雯', accountIds: [hangzhou.id] })).toEqual([]);
  });

  it('never shows a deleted article, an article whose item was deleted, or one of a deleted account', async () => {
    const { api, shanghai, hangzhou, write } = await setUp();
    const removed = await write(shanghai.id, '已删除的稿件', ['会员专享。']);
    const orphaned = await write(shanghai.id, '删除了排期', ['会员专享。']);
    await write(hangzhou.id, '账号已删除', ['会员专享。']);
    await write(shanghai.id, '留下的稿件', ['会员专享。']);
    await api.articles.remove({ id: removed.id });
    await api.calendar.removeItems({ ids: [orphaned.item.id] });
    await api.accounts.remove({ id: hangzhou.id });

    for (const query of ['会', '会员', '会员专享']) expect(await titlesOf(api, { query })).toEqual(['留下的稿件']);
    await api.articles.restore({ id: removed.id });
    expect((await titlesOf(api, { query: '会员专享' })).sort()).toEqual(['已删除的稿件', '留下的稿件']);
  });

  it('finds a title edited in the calendar by its new title, and an edited body by its new text', async () => {
    const { api, shanghai, write } = await setUp();
    const article = await write(shanghai.id, '门店焕新', ['原有正文。']);
    await api.calendar.updateItem({ id: article.item.id, patch: { title: '旗舰店盛大开业' } });
    expect(await titlesOf(api, { query: '盛大开业' })).toEqual(['旗舰店盛大开业']);
    expect(await titlesOf(api, { query: '焕新' })).toEqual([]);

    const editor = new BodyEditor((await api.articles.body({ id: article.id })).state);
    editor.type(0, 5, '新增：屋顶花园开放。');
    await api.articles.pushUpdates({ id: article.id, updates: editor.take() });
    expect(await titlesOf(api, { query: '屋顶花园' })).toEqual(['旗舰店盛大开业']);
    expect(await titlesOf(api, { query: '屋顶' })).toEqual(['旗舰店盛大开业']);
  });

  it('finds a rare short word in an old article behind many newer ones, and fills a page of a common one with the newest', async () => {
    const { api, shanghai, write } = await setUp();
    await write(shanghai.id, '很久以前的稿件', ['那年的桂花糕，配一壶龙井。']);
    for (let i = 0; i < 25; i++) await write(shanghai.id, `日常推文 ${i}`, [`第 ${i} 期：会员到店领取积分。`]);

    // With a page of 5, the newest 20 bodies are read first; the old article is found through the index.
    expect(await titlesOf(api, { query: '龙井', limit: 5 })).toEqual(['很久以前的稿件']);
    expect(await titlesOf(api, { query: '糕', limit: 5 })).toEqual(['很久以前的稿件']);
    expect(await titlesOf(api, { query: '积分', limit: 5 })).toEqual(['日常推文 24', '日常推文 23', '日常推文 22', '日常推文 21', '日常推文 20']);
  });
});
