import { describe, expect, it } from 'vitest';
import { anAccount, openTestBackend } from '../../helpers/backend';

describe('articles.byItems', () => {
  it('tells which calendar items have an article, with its length, in one call; a deleted article no longer counts', async () => {
    const { api } = openTestBackend();
    const account = await api.accounts.create(anAccount());
    const written = await api.calendar.createItem({ accountId: account.id, title: '双11会员日攻略', date: '2026-11-11', notes: '会员日三重礼' });
    const planned = await api.calendar.createItem({ accountId: account.id, title: '年货节预告', date: '2026-12-20' });
    const article = await api.articles.create({ itemId: written.id });

    expect(await api.articles.byItems({ itemIds: [written.id, planned.id, 'no-such-item'] })).toEqual([{ itemId: written.id, articleId: article.id, chars: 6 }]);

    await api.articles.remove({ id: article.id });
    expect(await api.articles.byItems({ itemIds: [written.id] })).toEqual([]);
  });

  it('answers for more items than SQLite binds at once', async () => {
    const { api } = openTestBackend();
    const account = await api.accounts.create(anAccount());
    const item = await api.calendar.createItem({ accountId: account.id, title: '最后一条', date: '2026-11-11' });
    const article = await api.articles.create({ itemId: item.id });
    const many = [...Array.from({ length: 2000 }, (_, i) => `item-${i}`), item.id];
    expect(await api.articles.byItems({ itemIds: many })).toEqual([{ itemId: item.id, articleId: article.id, chars: 0 }]);
  });
});
