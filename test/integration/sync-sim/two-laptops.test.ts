import { afterEach, describe, expect, it } from 'vitest';
import { BodyEditor } from '../../helpers/article-body';
import { anAccount, openTestBackend, type TestBackend } from '../../helpers/backend';
import { startHq, type StartedHq } from '../../helpers/hq-server';

// Issue 14's promise for the editor: two laptops of one subsidiary edit the same article while
// offline; once both have synced through HQ, both show the same text, holding both edits.

let hq: StartedHq | undefined;
afterEach(async () => {
  await hq?.close();
  hq = undefined;
});

async function bodyText(laptop: TestBackend, articleId: string): Promise<string> {
  return new BodyEditor((await laptop.api.articles.body({ id: articleId })).state).text();
}

/** Types as the editor does: a Y.Doc over the stored body, its updates pushed through the articles API. */
async function edit(laptop: TestBackend, articleId: string, change: (editor: BodyEditor) => void): Promise<void> {
  const editor = new BodyEditor((await laptop.api.articles.body({ id: articleId })).state);
  change(editor);
  await laptop.api.articles.pushUpdates({ id: articleId, updates: editor.take() });
}

describe('two laptops, one article', () => {
  it('converge to the same text holding both offline edits once both have synced', { timeout: 120_000 }, async () => {
    hq = await startHq();
    const { code } = await hq.addTenant('华东分公司');
    const first = openTestBackend();
    const second = openTestBackend();
    const account = await first.api.accounts.create(anAccount({ name: '悦汇·上海生活' }));
    const article = await first.api.articles.create({ accountId: account.id, title: '门店焕新', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '共同的开头' }] }] } });
    await first.api.sync.enroll({ hqUrl: hq.url, code, deviceName: '笔记本甲' });
    await second.api.sync.enroll({ hqUrl: hq.url, code, deviceName: '笔记本乙' });
    // Offline from here: no background sync until each is told to sync.
    await first.api.sync.setAuto({ auto: false });
    await second.api.sync.setAuto({ auto: false });
    expect(await bodyText(second, article.id)).toBe('共同的开头');

    await edit(first, article.id, (editor) => editor.type(0, '共同的开头'.length, '，甲补充了营业时间'));
    await edit(second, article.id, (editor) => {
      editor.type(0, 0, '【乙】');
      editor.addParagraph(1, '乙写的第二段：停车免费');
    });
    await first.api.articles.update({ id: article.id, patch: { digest: '甲的摘要' } });
    await second.api.articles.update({ id: article.id, patch: { digest: '乙的摘要' } });
    expect(await bodyText(first, article.id)).toBe('共同的开头，甲补充了营业时间');

    await first.api.sync.syncNow({});
    await second.api.sync.syncNow({});
    await first.api.sync.syncNow({});

    const [textOne, textTwo] = [await bodyText(first, article.id), await bodyText(second, article.id)];
    expect(textTwo).toBe(textOne);
    expect(textOne).toContain('【乙】共同的开头，甲补充了营业时间');
    expect(textOne).toContain('乙写的第二段：停车免费');
    // A plain field both changed: one of the two values wins, the same on both.
    const [digestOne, digestTwo] = [(await first.api.articles.get({ id: article.id })).digest, (await second.api.articles.get({ id: article.id })).digest];
    expect(digestTwo).toBe(digestOne);
    expect(['甲的摘要', '乙的摘要']).toContain(digestOne);
    // The search index and derived body follow the merged text too.
    expect((await second.api.articles.search({ query: '营业时间' })).map((hit) => hit.article.id)).toContain(article.id);
  });
});
