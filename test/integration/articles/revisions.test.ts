import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../../src-main/db/connection';
import { BodyEditor, outboxChanges } from '../../helpers/article-body';
import { anAccount, openTestBackend, tempDataDir } from '../../helpers/backend';
import { join } from 'node:path';

async function setUp(dataDir?: string) {
  const backend = openTestBackend(dataDir ? { dataDir } : {});
  const account = await backend.api.accounts.create(anAccount({ name: '悦汇·上海生活' }));
  const body = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: '第一版正文' }] }] };
  const article = await backend.api.articles.create({ accountId: account.id, title: '门店焕新', body });
  const open = async () => new BodyEditor((await backend.api.articles.body({ id: article.id })).state);
  const push = (editor: BodyEditor) => backend.api.articles.pushUpdates({ id: article.id, updates: editor.take() });
  const text = async () => (await open()).text();
  return { backend, api: backend.api, article, account, open, push, text };
}

describe('article revisions', () => {
  it('saves named revisions, diffs any two and the body now, and restores one as a new revision', async () => {
    const { api, article, open, push, text } = await setUp();
    const first = await api.articles.saveRevision({ id: article.id, name: '初稿' });
    const editor = await open();
    editor.type(0, 5, '，加上活动细节');
    await push(editor);
    const second = await api.articles.saveRevision({ id: article.id, name: '补充细节' });
    editor.erase(0, 0, 3);
    await push(editor);
    expect(await text()).toBe('正文，加上活动细节');

    expect(await api.articles.diff({ from: first.id, to: second.id })).toEqual([
      { kind: 'same', text: '第一版正文' },
      { kind: 'added', text: '，加上活动细节' },
    ]);
    expect(await api.articles.diff({ from: second.id, to: null })).toEqual([
      { kind: 'removed', text: '第一版' },
      { kind: 'same', text: '正文，加上活动细节' },
    ]);
    expect(await api.articles.revisionText({ id: first.id })).toMatchObject({ revision: { name: '初稿', chars: 5 }, text: '第一版正文' });

    const restored = await api.articles.restoreRevision({ id: first.id });
    expect(restored).toMatchObject({ reason: 'restore', name: first.id, chars: 5 });
    expect(await text()).toBe('第一版正文');
    expect((await api.articles.get({ id: article.id })).chars).toBe(5);
    const reasons = (await api.articles.revisions({ id: article.id })).map((r) => `${r.reason}:${r.reason === 'restore' ? '' : r.name}`);
    expect(reasons).toEqual(['restore:', 'named:补充细节', 'named:初稿', 'status:writing']);

    // The editor that was open receives the restore as an edit, and keeps typing on top of it.
    editor.receive((await api.articles.body({ id: article.id })).state);
    expect(editor.text()).toBe('第一版正文');
  });

  it('saves a status revision when the status changes, from the article form or the calendar', async () => {
    const { api, article } = await setUp();
    await api.articles.update({ id: article.id, patch: { status: 'review' } });
    await api.articles.update({ id: article.id, patch: { digest: '换个摘要' } });
    await api.calendar.updateItem({ id: article.item.id, patch: { status: 'approved' } });
    await api.calendar.moveItems({ ids: [article.item.id], status: 'scheduled' });
    const revisions = await api.articles.revisions({ id: article.id });
    expect(revisions.filter((r) => r.reason === 'status').map((r) => r.name)).toEqual(['scheduled', 'approved', 'review', 'writing']);
    expect(revisions.every((r) => r.title === '门店焕新')).toBe(true);
  });

  it('saves an automatic revision when edits come 30 minutes after the newest one', async () => {
    const dataDir = tempDataDir();
    const { api, article, open, push } = await setUp(dataDir);
    const editor = await open();
    editor.type(0, 0, '早上');
    await push(editor);
    expect((await api.articles.revisions({ id: article.id })).map((r) => r.reason)).toEqual(['status']);

    // Half an hour passes (the newest revision is made older; the back end reads the real clock).
    const sqlite = openSqlite(join(dataDir, 'workspace.sqlite'));
    sqlite.prepare('UPDATE article_revisions SET created_at = ? WHERE article_id = ?').run(new Date(Date.now() - 31 * 60 * 1000).toISOString(), article.id);
    sqlite.close();
    editor.type(0, 0, '中午');
    await push(editor);
    editor.type(0, 0, '下午');
    await push(editor);
    const revisions = await api.articles.revisions({ id: article.id });
    expect(revisions.map((r) => r.reason)).toEqual(['auto', 'status']);
    expect((await api.articles.revisionText({ id: revisions[0]!.id })).text).toBe('中午早上第一版正文');
  });

  it('restores on one device and, after sync, the other holds the revision’s text once, not twice', async () => {
    const a = await setUp();
    const b = openTestBackend();
    b.applyRemote(outboxChanges(a.backend.dataDir).changes);
    const onB = new BodyEditor((await b.api.articles.body({ id: a.article.id })).state);
    expect(onB.text()).toBe('第一版正文');

    const mark = outboxChanges(a.backend.dataDir).lastSeq;
    const revision = await a.api.articles.saveRevision({ id: a.article.id, name: '初稿' });
    const editor = await a.open();
    editor.type(0, 5, '，第二版');
    await a.push(editor);
    await a.api.articles.restoreRevision({ id: revision.id });
    b.applyRemote(outboxChanges(a.backend.dataDir, mark).changes);
    expect(new BodyEditor((await b.api.articles.body({ id: a.article.id })).state).text()).toBe('第一版正文');
    expect((await b.api.articles.get({ id: a.article.id })).chars).toBe(5);
    expect((await b.api.articles.revisions({ id: a.article.id })).map((r) => r.reason)).toEqual(['restore', 'named', 'status']);
  });
});
