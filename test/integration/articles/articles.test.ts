import { describe, expect, it } from 'vitest';
import { searchRowId } from '../../../src-main/services/articles/body-store';
import { BodyEditor, readWorkspace } from '../../helpers/article-body';
import { aMember, anAccount, failureOf, openTestBackend, type TestBackend } from '../../helpers/backend';

async function setUp() {
  const backend = openTestBackend();
  const account = await backend.api.accounts.create(anAccount({ name: '悦汇·上海生活' }));
  const other = await backend.api.accounts.create(anAccount({ name: '悦汇·杭州生活', handle: 'yuehui_hz' }));
  const column = await backend.api.columns.create({ accountId: account.id, name: '周末去哪儿', cadence: { kind: 'weekly', weekdays: [5] }, ownerId: null });
  const member = await backend.api.team.create(aMember());
  return { backend, api: backend.api, account, other, column, member, stored: (articleId: string) => readBody(backend, articleId) };
}

/** What the back end derived from the body: the local row, the search row and the log's length. */
function readBody(backend: TestBackend, articleId: string) {
  return readWorkspace(backend.dataDir, (sqlite) => {
    const body = sqlite.prepare('SELECT text, chars, html, images FROM article_bodies WHERE article_id = ?').get(articleId) as { text: string; chars: number; html: string; images: number };
    const search = sqlite.prepare('SELECT title, body FROM article_search WHERE rowid = ?').get(searchRowId(articleId)) as { title: string; body: string } | undefined;
    const log = (sqlite.prepare('SELECT count(*) AS n FROM article_updates WHERE article_id = ?').get(articleId) as { n: number }).n;
    return { ...body, search, log };
  });
}

describe('articles', () => {
  it('creates an article on a calendar item, its body seeded once from the 选题说明', async () => {
    const { api, account, stored } = await setUp();
    const item = await api.calendar.createItem({ accountId: account.id, title: '双11会员日攻略', date: '2026-11-11', notes: '会员日三重礼\n停车免费两小时', status: 'topic' });
    const article = await api.articles.create({ itemId: item.id, author: '周婷' });
    expect(article).toMatchObject({ item: { id: item.id, title: '双11会员日攻略', status: 'writing' }, author: '周婷', chars: 13, images: 0 });
    expect(new BodyEditor((await api.articles.body({ id: article.id })).state).text()).toBe('会员日三重礼\n停车免费两小时');
    expect(stored(article.id)).toMatchObject({ text: '会员日三重礼\n停车免费两小时', html: '<p>会员日三重礼</p><p>停车免费两小时</p>', log: 1, search: { title: '双11会员日攻略' } });

    const second = await failureOf(api.articles.create({ itemId: item.id }));
    expect(second).toMatchObject({ code: 'conflict', issues: [{ path: ['itemId'], message: 'validation.articles.itemHasArticle' }] });
  });

  it('makes a pool item for an article without a date, and lists with filters', async () => {
    const { api, account, other, column } = await setUp();
    const pooled = await api.articles.create({ accountId: account.id, title: '秋冬穿搭选题', columnId: column.id });
    const dated = await api.articles.create({ accountId: other.id, title: '杭州店开业', date: '2026-12-05' });
    expect(pooled.item).toMatchObject({ date: '', accountId: account.id, columnId: column.id, status: 'writing' });
    expect((await api.calendar.listPool({})).map((i) => i.title)).toContain('秋冬穿搭选题');

    const titles = (filter: Parameters<typeof api.articles.list>[0]) => api.articles.list(filter).then((rows) => rows.map((r) => r.title).sort());
    expect(await titles({})).toEqual(['杭州店开业', '秋冬穿搭选题']);
    expect(await titles({ pool: true })).toEqual(['秋冬穿搭选题']);
    expect(await titles({ pool: false })).toEqual(['杭州店开业']);
    expect(await titles({ accountIds: [other.id] })).toEqual(['杭州店开业']);
    expect(await titles({ columnIds: [column.id] })).toEqual(['秋冬穿搭选题']);
    expect(await titles({ status: ['review'] })).toEqual([]);

    await api.articles.update({ id: dated.id, patch: { status: 'review', title: '杭州店盛大开业', digest: '三天福利' } });
    expect(await titles({ status: ['review'] })).toEqual(['杭州店盛大开业']);
    expect((await api.calendar.listItems({ from: '2026-12-01', to: '2026-12-31' }))[0]).toMatchObject({ title: '杭州店盛大开业', status: 'review' });

    await api.articles.remove({ id: pooled.id });
    expect(await titles({})).toEqual(['杭州店盛大开业']);
    await api.articles.restore({ id: pooled.id });
    expect(await titles({})).toEqual(['杭州店盛大开业', '秋冬穿搭选题']);
  });

  it('stores a retried push once and keeps the derived text, count and search row current', async () => {
    const { api, account, stored } = await setUp();
    const article = await api.articles.create({ accountId: account.id, title: '门店焕新' });
    const editor = new BodyEditor((await api.articles.body({ id: article.id })).state);
    editor.type(0, 0, '欢迎来到悦汇 Mall 🎉');
    const batch = editor.take();
    expect(await api.articles.pushUpdates({ id: article.id, updates: batch })).toEqual({ stored: 1, chars: 13 });
    expect(await api.articles.pushUpdates({ id: article.id, updates: batch })).toEqual({ stored: 0, chars: 13 });
    expect(stored(article.id)).toMatchObject({ text: '欢迎来到悦汇 Mall 🎉', chars: 13, log: 2, search: { body: '欢迎来到悦汇 Mall 🎉' } });
    expect(new BodyEditor((await api.articles.body({ id: article.id })).state).text()).toBe('欢迎来到悦汇 Mall 🎉');

    // A title edited in the calendar reaches search.
    await api.calendar.updateItem({ id: article.item.id, patch: { title: '门店焕新开业' } });
    expect(stored(article.id).search?.title).toBe('门店焕新开业');
  });

  it('refuses a batch holding a corrupt update, storing none of it and keeping the body', async () => {
    const { api, account, stored } = await setUp();
    const article = await api.articles.create({ accountId: account.id, title: '门店焕新', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '原有正文' }] }] } });
    const editor = new BodyEditor((await api.articles.body({ id: article.id })).state);
    editor.type(0, 4, '，新增一句');
    const good = editor.take();
    const corrupt = { id: '01900000-0000-7000-8000-000000000001', data: Buffer.from('这不是 Yjs 的更新').toString('base64') };
    const failure = await failureOf(api.articles.pushUpdates({ id: article.id, updates: [...good, corrupt] }));
    expect(failure).toMatchObject({ code: 'validation', issues: [{ path: ['updates', 1, 'data'], message: 'validation.articles.corruptUpdate' }] });
    expect(stored(article.id)).toMatchObject({ text: '原有正文', log: 1 });
    expect(new BodyEditor((await api.articles.body({ id: article.id })).state).text()).toBe('原有正文');
    // The good update alone goes through afterwards.
    expect(await api.articles.pushUpdates({ id: article.id, updates: good })).toMatchObject({ stored: 1 });
    expect(stored(article.id).text).toBe('原有正文，新增一句');
  });

  it('compacts a long log into a snapshot that keeps the body', async () => {
    const { api, account, stored } = await setUp();
    const article = await api.articles.create({ accountId: account.id, title: '门店焕新' });
    const editor = new BodyEditor((await api.articles.body({ id: article.id })).state);
    for (let i = 0; i < 230; i++) {
      editor.type(0, i % 7 === 0 ? 0 : 1000, '字');
      if (i % 10 === 9) editor.erase(0, 0, 2);
      await api.articles.pushUpdates({ id: article.id, updates: editor.take() });
    }
    const text = editor.text();
    expect(text).toHaveLength(230 - 2 * 23);
    expect(stored(article.id)).toMatchObject({ text, chars: text.length });
    expect(stored(article.id).log).toBeLessThan(40);
    expect(new BodyEditor((await api.articles.body({ id: article.id })).state).text()).toBe(text);
  });

  it('remembers who is at the keyboard on this device and stamps their updates', async () => {
    const { backend, api, account, member } = await setUp();
    expect(await api.team.keyboard({})).toEqual({ memberId: null });
    expect(await api.team.setKeyboard({ memberId: member.id })).toEqual({ memberId: member.id });
    const article = await api.articles.create({ accountId: account.id, title: '门店焕新' });
    const editor = new BodyEditor((await api.articles.body({ id: article.id })).state);
    editor.type(0, 0, '你好');
    await api.articles.pushUpdates({ id: article.id, updates: editor.take() });
    expect(readWorkspace(backend.dataDir, (sqlite) => sqlite.prepare('SELECT DISTINCT member_id AS m FROM article_updates WHERE article_id = ?').all(article.id))).toEqual([{ m: member.id }]);
    await api.team.remove({ id: member.id });
    expect(await api.team.keyboard({})).toEqual({ memberId: null });
  });
});
