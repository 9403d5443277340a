import { describe, expect, it } from 'vitest';
import type { ConcernInput } from '../../../src-shared/contract/concerns';
import { anAccount, failureOf, openTestBackend, type TestBackend } from '../../helpers/backend';

function aConcern(overrides: Partial<ConcernInput> = {}): ConcernInput {
  return { topic: '停车收费标准', category: 'price', frequency: 3, examples: '停车怎么收费？\n周末停车贵吗', firstSeen: '2026-11-02', ...overrides };
}

async function anArticle({ api }: TestBackend, title: string) {
  const account = await api.accounts.create(anAccount({ name: `悦汇·${title}` }));
  return api.articles.create({ accountId: account.id, title, date: '2026-11-10' });
}

describe('followers’ concerns (用户关注点)', () => {
  it('are created, linked to the articles that answer them, updated and listed most frequent first', async () => {
    const backend = openTestBackend();
    const { api } = backend;
    const parking = await anArticle(backend, '停车指南');
    const hours = await anArticle(backend, '营业时间');
    const created = await api.concerns.create(aConcern({ articleIds: [parking.id] }));
    expect(created).toMatchObject({ topic: '停车收费标准', status: 'new', frequency: 3, articles: [{ id: parking.id, title: '停车指南' }] });

    // The set is replaced: one article out, another in.
    const updated = await api.concerns.update({ id: created.id, patch: { articleIds: [hours.id], status: 'answering' } });
    expect(updated.articles).toEqual([{ id: hours.id, title: '营业时间' }]);
    expect(updated.examples).toBe('停车怎么收费？\n周末停车贵吗');
    // Linking the first one again brings its row back rather than adding a second.
    expect((await api.concerns.update({ id: created.id, patch: { articleIds: [hours.id, parking.id] } })).articleIds).toEqual([parking.id, hours.id]);

    await api.concerns.create(aConcern({ topic: '会员积分怎么用', category: 'service', frequency: 9 }));
    // Among the ties at 3 the new one leads, then the newest.
    await api.concerns.create(aConcern({ topic: '退货太慢', category: 'complaint', frequency: 3, status: 'answered' }));
    await api.concerns.create(aConcern({ topic: '新品什么时候到', category: 'product', frequency: 3 }));
    expect((await api.concerns.list({})).map((c) => c.topic)).toEqual(['会员积分怎么用', '新品什么时候到', '退货太慢', '停车收费标准']);
    expect((await api.concerns.list({ category: 'price' })).map((c) => c.topic)).toEqual(['停车收费标准']);
    expect((await api.concerns.list({ status: 'answered' })).map((c) => c.topic)).toEqual(['退货太慢']);
  });

  it('ranks the top concerns (closed ones left out), counts per category and bumps by one', async () => {
    const { api } = openTestBackend();
    const parking = await api.concerns.create(aConcern({ frequency: 4 }));
    await api.concerns.create(aConcern({ topic: '会员积分', category: 'service', frequency: 5, status: 'answering' }));
    await api.concerns.create(aConcern({ topic: '旧事', category: 'other', frequency: 50, status: 'closed' }));
    // A tie at 5: the new one goes first.
    expect((await api.concerns.bump({ id: parking.id })).frequency).toBe(5);
    expect((await api.concerns.top({ limit: 2 })).map((c) => c.topic)).toEqual(['停车收费标准', '会员积分']);
    expect(await api.concerns.counts({})).toEqual([
      { category: 'product', concerns: 0, frequency: 0 },
      { category: 'service', concerns: 1, frequency: 5 },
      { category: 'complaint', concerns: 0, frequency: 0 },
      { category: 'price', concerns: 1, frequency: 5 },
      { category: 'other', concerns: 1, frequency: 50 },
    ]);
  });

  it('keeps emoji and a 2,000-character message, drops control characters and refuses what does not fit', async () => {
    const { api } = openTestBackend();
    const long = '停'.repeat(1000) + '车'.repeat(1000);
    const created = await api.concerns.create(aConcern({ examples: `能带狗吗🐶👍\n\u0007有\u0000猫吗\u200b？\n${long}` }));
    expect(created.examples.split('\n')).toEqual(['能带狗吗🐶👍', '有猫吗？', long]);
    expect((await api.concerns.get({ id: created.id })).examples).toBe(created.examples);

    expect((await failureOf(api.concerns.create(aConcern({ examples: 'x'.repeat(20_001) })))).issues).toEqual([{ path: ['examples'], message: 'validation.tooLong', params: { max: 20_000 } }]);
    expect((await failureOf(api.concerns.create(aConcern({ topic: '  ' })))).issues?.[0]).toMatchObject({ path: ['topic'], message: 'validation.required' });
    expect((await failureOf(api.concerns.create(aConcern({ frequency: -1 })))).issues?.[0]).toMatchObject({ path: ['frequency'], message: 'validation.nonNegative' });
    expect((await failureOf(api.concerns.create(aConcern({ firstSeen: '2026-13-01' })))).issues?.[0]).toMatchObject({ path: ['firstSeen'], message: 'validation.date' });
    expect((await failureOf(api.concerns.create(aConcern({ examples: 'broken \ud83d' })))).issues?.[0]).toMatchObject({ path: ['examples'], message: 'validation.brokenText' });
  });

  it('refuses an unknown or deleted article and an unknown account, leaving the concern as it was', async () => {
    const backend = openTestBackend();
    const { api } = backend;
    const article = await anArticle(backend, '停车指南');
    const concern = await api.concerns.create(aConcern({ articleIds: [article.id] }));
    expect((await failureOf(api.concerns.update({ id: concern.id, patch: { articleIds: ['no-such-article'], topic: '改了' } }))).issues).toEqual([{ path: ['articleIds'], message: 'validation.unknown.article' }]);
    expect((await failureOf(api.concerns.create(aConcern({ accountId: 'no-such-account' })))).issues).toEqual([{ path: ['accountId'], message: 'validation.unknown.account' }]);
    expect(await api.concerns.get({ id: concern.id })).toMatchObject({ topic: '停车收费标准', articleIds: [article.id] });

    // A deleted article is no longer shown as an answer, nor accepted as a new one.
    await api.articles.remove({ id: article.id });
    expect((await api.concerns.get({ id: concern.id })).articles).toEqual([]);
    expect((await failureOf(api.concerns.create(aConcern({ articleIds: [article.id] })))).issues?.[0]).toMatchObject({ message: 'validation.unknown.article' });
  });

  it('deletes and restores a concern with its articles', async () => {
    const backend = openTestBackend();
    const { api } = backend;
    const article = await anArticle(backend, '停车指南');
    const concern = await api.concerns.create(aConcern({ articleIds: [article.id] }));
    await api.concerns.remove({ id: concern.id });
    expect(await api.concerns.list({})).toEqual([]);
    expect(await api.concerns.top({ limit: 10 })).toEqual([]);
    expect((await api.concerns.counts({})).find((c) => c.category === 'price')).toEqual({ category: 'price', concerns: 0, frequency: 0 });
    const restored = await api.concerns.restore({ id: concern.id });
    expect(restored).toMatchObject({ topic: '停车收费标准', articles: [{ id: article.id, title: '停车指南' }] });
    expect((await api.concerns.list({})).map((c) => c.id)).toEqual([concern.id]);
    expect((await failureOf(api.concerns.remove({ id: 'nope' }))).code).toBe('not_found');
  });
});
