import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { openBackend, type Backend } from '../../../src-main/session/backend';
import { dispatch } from '../../../src-main/services/dispatch';
import { createClient } from '../../../src-shared/contract/client';
import { fromBase64 } from '../../../src-main/services/articles/yjs-doc';
import { encodeHlc } from '../../../src-shared/domain/sync/hlc';
import type { FieldChange } from '../../../src-shared/domain/sync/lww';
import { BodyEditor } from '../../helpers/article-body';
import { callApi, startServer } from '../../helpers/web-server';
import { summarize, type ScenarioResult } from '../stats';
import { BENCH_DIR } from '../workspace';
import { anAccount } from '../../fixtures/account-input';

// Issue 10's body budgets: opening a 20,000-character article (the editor's two calls over the
// real server, and the state decoded into the editor's Y.Doc), and merging two offline sessions
// of 1,000 edits each (one device receives the other's 1,000 update rows as sync delivers them,
// field changes through applyRemote, and rebuilds the derived body).

const SENTENCE = '悦汇购物中心双11会员日，满300减50，停车免费两小时，新品首发限时八折。';

/** About `chars` characters in paragraphs of four sentences. */
function longBody(chars: number) {
  const paragraphs = Array.from({ length: Math.ceil(chars / (SENTENCE.length * 4)) }, (_, i) => ({ type: 'paragraph', content: [{ type: 'text', text: `${i + 1}. ${SENTENCE.repeat(4)}` }] }));
  return { type: 'doc' as const, content: paragraphs };
}

function freshDir(name: string): string {
  const dir = join(BENCH_DIR, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Edits scattered over the body: typing and deleting in random paragraphs, one update each. */
function edit(editor: BodyEditor, count: number, seed: number): Array<{ id: string; data: string }> {
  let state = seed;
  // A linear congruential generator's high bits (its low bits repeat in short cycles).
  const random = (max: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.floor((state / 2147483648) * max);
  };
  const updates: Array<{ id: string; data: string }> = [];
  for (let i = 0; i < count; i++) {
    const paragraph = random(editor.paragraphs);
    if (random(4) === 0) editor.erase(paragraph, random(60), 1 + random(3));
    else editor.type(paragraph, random(60), '改');
    updates.push(...editor.take());
  }
  return updates;
}

/** The typed client over dispatch (test/helpers/backend.ts is vitest's; the bench runs without it). */
function apiOf(backend: Backend) {
  return createClient(async (domain, method, input) => {
    const result = await dispatch(backend.handlers, domain, method, input);
    if (!result.ok) throw new Error(`${domain}.${method}: ${JSON.stringify(result.error)}`);
    return result.data;
  });
}

const ARTICLES = 8;
const RUNS = 40;

export async function articleOpen(): Promise<ScenarioResult> {
  const server = await startServer(freshDir('article-open'));
  try {
    const account = (await callApi(server, 'accounts.create', anAccount())) as { id: string };
    // More articles than the back end keeps open, visited in turn: every open reads its log.
    const ids: string[] = [];
    for (let i = 0; i < ARTICLES; i++) {
      const article = (await callApi(server, 'articles.create', { accountId: account.id, title: `两万字长文 ${i + 1}`, body: longBody(20_000) })) as { id: string; chars: number };
      const editor = new BodyEditor(((await callApi(server, 'articles.body', { id: article.id })) as { state: string }).state);
      await callApi(server, 'articles.pushUpdates', { id: article.id, updates: edit(editor, 150, i + 1) });
      ids.push(article.id);
    }
    const samples: number[] = [];
    for (let run = 0; run < RUNS + ARTICLES; run++) {
      const id = ids[run % ARTICLES]!;
      const start = performance.now();
      const [article, body] = (await Promise.all([callApi(server, 'articles.get', { id }), callApi(server, 'articles.body', { id })])) as [{ chars: number }, { state: string }];
      const ydoc = new Y.Doc();
      Y.applyUpdate(ydoc, fromBase64(body.state));
      const elapsed = performance.now() - start;
      if (article.chars < 19_000) throw new Error(`the article holds ${article.chars} characters`);
      ydoc.destroy();
      if (run >= ARTICLES) samples.push(elapsed);
    }
    return { name: 'articles: open a 20,000-character article (get + body over HTTP, decoded)', unit: 'ms', summary: summarize(samples), budget: 100, kind: 'max' };
  } finally {
    await server.stop();
  }
}

/** One device's update rows as the other receives them: every field of each row, with its clock. */
function asFieldChanges(articleId: string, updates: Array<{ id: string; data: string }>, node: string): FieldChange[] {
  const wall = Date.now();
  return updates.flatMap((update, i) => {
    const hlc = encodeHlc({ wall: wall + i, counter: 0, node });
    const fields: Record<string, unknown> = { created_at: new Date(wall + i).toISOString(), deleted_at: null, article_id: articleId, kind: 'update', data: update.data, member_id: null };
    return Object.entries(fields).map(([field, value]) => ({ table: 'article_updates', rowId: update.id, field, value, hlc }));
  });
}

export async function articleMerge(): Promise<ScenarioResult> {
  const EDITS = 1000;
  // The shared start, then each device's offline session from it.
  const base = freshDir('article-merge-base');
  const setup = openBackend({ dataDir: base });
  const api = apiOf(setup);
  const account = await api.accounts.create(anAccount());
  const article = await api.articles.create({ accountId: account.id, title: '两台电脑各自离线修改', body: longBody(8_000) });
  const state = (await api.articles.body({ id: article.id })).state;
  const ours = edit(new BodyEditor(state), EDITS, 1);
  const { chars: oursChars } = await api.articles.pushUpdates({ id: article.id, updates: ours });
  setup.close();
  const theirs = asFieldChanges(article.id, edit(new BodyEditor(state), EDITS, 2), 'laptop2');

  const samples: number[] = [];
  for (let run = 0; run < 14; run++) {
    const dir = freshDir('article-merge');
    cpSync(base, dir, { recursive: true });
    const backend = openBackend({ dataDir: dir });
    try {
      const start = performance.now();
      backend.applyRemote(theirs);
      const elapsed = performance.now() - start;
      const merged = await apiOf(backend).articles.get({ id: article.id });
      // Both sessions type more than they delete: the merge holds more than either.
      if (merged.chars <= oursChars) throw new Error(`the merge holds ${merged.chars} characters, one session alone ${oursChars}`);
      if (run >= 2) samples.push(elapsed);
    } finally {
      backend.close();
    }
  }
  return { name: `articles: merge two offline sessions of ${EDITS.toLocaleString('en')} edits each (applyRemote + rebuild)`, unit: 'ms', summary: summarize(samples), budget: 200, kind: 'max' };
}
