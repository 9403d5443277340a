import { describe, expect, it } from 'vitest';
import { docFromParagraphs } from '../../../src-shared/domain/articles/doc';
import { lintArticle } from '../../../src-shared/domain/articles/lint';
import { aMember, anAccount, failureOf, openTestBackend, type TestBackend } from '../../helpers/backend';

async function anArticle(backend: TestBackend) {
  const account = await backend.api.accounts.create(anAccount());
  return backend.api.articles.create({ accountId: account.id, title: '冬季新品' });
}

describe('the workspace’s word list', () => {
  it('lists the built-in words, enabled and unchanged, on a new workspace', async () => {
    const backend = openTestBackend();
    const words = await backend.api.lintWords.listWords({});
    const best = words.find((w) => w.word === '最佳');
    expect(best).toMatchObject({ source: 'builtin', category: 'adlaw-superlative', disabled: false, changed: false });
    expect(words.some((w) => w.category === 'induce-share')).toBe(true);
  });

  it('adds, edits and removes a word of its own, and refuses a word already listed', async () => {
    const backend = openTestBackend();
    const added = await backend.api.lintWords.addWord({ word: '内部资料', category: 'custom', suggestion: '不要外传' });
    expect(added).toMatchObject({ source: 'workspace', reason: expect.stringContaining('工作区'), suggestion: '不要外传' });
    expect((await failureOf(backend.api.lintWords.addWord({ word: '内部资料', category: 'custom' }))).code).toBe('conflict');
    expect((await failureOf(backend.api.lintWords.addWord({ word: '最佳', category: 'custom' }))).code).toBe('conflict');
    const edited = await backend.api.lintWords.updateWord({ word: '内部资料', patch: { category: 'adlaw-authority', reason: '公司规定' } });
    expect(edited).toMatchObject({ category: 'adlaw-authority', reason: '公司规定' });
    await backend.api.lintWords.removeWord({ word: '内部资料' });
    expect((await backend.api.lintWords.listWords({})).some((w) => w.word === '内部资料')).toBe(false);
  });

  it('turns a built-in word off and resets it, and the linter follows', async () => {
    const backend = openTestBackend();
    const lintWith = async () => lintArticle({ title: '标题', author: '', digest: '摘要', doc: docFromParagraphs('最佳选择'), words: await backend.api.lintWords.listWords({}), exemptions: [] }).filter((f) => f.word);
    expect(await lintWith()).toHaveLength(1);
    const off = await backend.api.lintWords.setWordDisabled({ word: '最佳', disabled: true });
    expect(off).toMatchObject({ source: 'builtin', disabled: true, changed: true });
    expect(await lintWith()).toHaveLength(0);
    await backend.api.lintWords.removeWord({ word: '最佳' });
    expect((await backend.api.lintWords.listWords({})).find((w) => w.word === '最佳')).toMatchObject({ disabled: false, changed: false });
    expect(await lintWith()).toHaveLength(1);
  });

  it('edits a built-in word’s suggestion and keeps its exceptions', async () => {
    const backend = openTestBackend();
    const edited = await backend.api.lintWords.updateWord({ word: '第一', patch: { suggestion: '名列前茅' } });
    expect(edited.suggestion).toBe('名列前茅');
    expect(edited.except).toContain('第一次');
  });
});

describe('an article’s exemptions', () => {
  it('keeps an accepted occurrence once, with the member at the keyboard, and takes it back', async () => {
    const backend = openTestBackend();
    const article = await anArticle(backend);
    const member = await backend.api.team.create(aMember());
    await backend.api.team.setKeyboard({ memberId: member.id });
    const input = { articleId: article.id, rule: 'adlaw' as const, word: '国家级', context: '荣获国家级\t非遗', note: '经认定的称号' };
    const first = await backend.api.lintWords.addExemption(input);
    const again = await backend.api.lintWords.addExemption(input);
    expect(again.id).toBe(first.id);
    expect(first).toMatchObject({ context: '荣获国家级\t非遗', note: '经认定的称号', memberId: member.id });
    expect(await backend.api.lintWords.listExemptions({ articleId: article.id })).toHaveLength(1);
    await backend.api.lintWords.removeExemption({ id: first.id });
    expect(await backend.api.lintWords.listExemptions({ articleId: article.id })).toEqual([]);
  });

  it('refuses an exemption for an unknown article or a broken context', async () => {
    const backend = openTestBackend();
    expect((await failureOf(backend.api.lintWords.addExemption({ articleId: 'nope', rule: 'adlaw', word: '最佳', context: '最佳' }))).code).toBe('not_found');
    const article = await anArticle(backend);
    const broken = await failureOf(backend.api.lintWords.addExemption({ articleId: article.id, rule: 'adlaw', word: '最佳', context: '\ud83d最佳' }));
    expect(broken.issues?.[0]?.message).toBe('validation.brokenText');
  });
});
