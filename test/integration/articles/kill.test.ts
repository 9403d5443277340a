import { describe, expect, it } from 'vitest';
import { BodyEditor } from '../../helpers/article-body';
import { anAccount, openTestBackend, tempDataDir } from '../../helpers/backend';
import { callApi, startServer } from '../../helpers/web-server';

// The loss bound of the write path (docs/ARCHITECTURE.md, "Loss bound"): an acknowledged push
// is committed, so killing the back end while the editor is typing loses only what was not yet
// acknowledged. A real `opsbench web` is killed with SIGKILL while a push is in flight.

describe('a back end killed mid-typing', () => {
  it('keeps every update it acknowledged', { timeout: 60_000 }, async () => {
    const dataDir = tempDataDir();
    const server = await startServer(dataDir);
    const exited = new Promise((resolve) => server.process.once('exit', resolve));
    const account = (await callApi(server, 'accounts.create', anAccount({ name: '悦汇·上海生活' }))) as { id: string };
    const article = (await callApi(server, 'articles.create', { accountId: account.id, title: '门店焕新' })) as { id: string };
    const editor = new BodyEditor(((await callApi(server, 'articles.body', { id: article.id })) as { state: string }).state);

    const acknowledged: string[] = [];
    for (let i = 0; ; i++) {
      const sentence = `第${i}句。`;
      editor.type(0, Number.MAX_SAFE_INTEGER, sentence);
      const push = callApi(server, 'articles.pushUpdates', { id: article.id, updates: editor.take() });
      // The 60th push is on its way when the process dies.
      if (i === 60) server.process.kill('SIGKILL');
      try {
        await push;
        acknowledged.push(sentence);
      } catch {
        break;
      }
    }
    await exited;

    const backend = openTestBackend({ dataDir });
    const text = new BodyEditor((await backend.api.articles.body({ id: article.id })).state).text();
    expect(acknowledged.length).toBeGreaterThanOrEqual(60);
    expect(text.startsWith(acknowledged.join(''))).toBe(true);
    expect((await backend.api.articles.get({ id: article.id })).chars).toBe(text.length);
  });
});
