import { describe, expect, it } from 'vitest';
import type { FieldChange } from '../../../src-shared/domain/sync/lww';
import { BodyEditor, outboxChanges, readWorkspace } from '../../helpers/article-body';
import { anAccount, openTestBackend, type TestBackend } from '../../helpers/backend';

// Two copies of one workspace (two laptops) edit one article offline, then exchange their
// article_updates rows as sync would: field changes, shuffled, some twice, in several batches.

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function randomOf(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (max: number) => Math.floor(next() * max), pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]! };
}

const WORDS = ['悦汇', '会员日', '满300减50', '停车免费', 'Mall', '🎉', '新品', '，', '。', ' '];

/** One device's offline session: random typing, deleting and new paragraphs, each pushed as the editor would. */
async function editOffline(backend: TestBackend, articleId: string, editor: BodyEditor, seed: number, edits: number): Promise<void> {
  const random = randomOf(seed);
  for (let i = 0; i < edits; i++) {
    const paragraph = random.int(editor.paragraphs);
    const roll = random.next();
    if (roll < 0.65) editor.type(paragraph, random.int(40), random.pick(WORDS));
    else if (roll < 0.9) editor.erase(paragraph, random.int(40), 1 + random.int(4));
    else editor.addParagraph(random.int(editor.paragraphs + 1), random.pick(WORDS));
    const updates = editor.take();
    if (updates.length) await backend.api.articles.pushUpdates({ id: articleId, updates });
  }
}

/** What sync would deliver: the changes shuffled, a fifth of them twice, in three batches. */
function deliver(to: TestBackend, changes: readonly FieldChange[], seed: number): void {
  const random = randomOf(seed);
  const mail = [...changes, ...changes.filter(() => random.next() < 0.2)];
  for (let i = mail.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [mail[i], mail[j]] = [mail[j]!, mail[i]!];
  }
  const third = Math.ceil(mail.length / 3);
  for (let start = 0; start < mail.length; start += third) to.applyRemote(mail.slice(start, start + third));
}

async function bodyText(backend: TestBackend, articleId: string): Promise<string> {
  return new BodyEditor((await backend.api.articles.body({ id: articleId })).state).text();
}

function logOf(backend: TestBackend, articleId: string): { updates: number; snapshots: number; derived: string } {
  return readWorkspace(backend.dataDir, (sqlite) => ({
    updates: (sqlite.prepare("SELECT count(*) AS n FROM article_updates WHERE article_id = ? AND kind = 'update'").get(articleId) as { n: number }).n,
    snapshots: (sqlite.prepare("SELECT count(*) AS n FROM article_updates WHERE article_id = ? AND kind = 'snapshot'").get(articleId) as { n: number }).n,
    derived: (sqlite.prepare('SELECT text FROM article_bodies WHERE article_id = ?').get(articleId) as { text: string }).text,
  }));
}

describe('one article edited offline on two devices', () => {
  it('ends with the same text on both, holding both devices’ edits, across compaction', { timeout: 120_000 }, async () => {
    const laptop = openTestBackend();
    const desktop = openTestBackend();
    const account = await laptop.api.accounts.create(anAccount({ name: '悦汇·上海生活' }));
    const article = await laptop.api.articles.create({ accountId: account.id, title: '门店焕新', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '共同的开头' }] }] } });
    deliver(desktop, outboxChanges(laptop.dataDir).changes, 1);
    expect(await bodyText(desktop, article.id)).toBe('共同的开头');

    const onLaptop = new BodyEditor((await laptop.api.articles.body({ id: article.id })).state);
    const onDesktop = new BodyEditor((await desktop.api.articles.body({ id: article.id })).state);
    let marks = { laptop: outboxChanges(laptop.dataDir).lastSeq, desktop: outboxChanges(desktop.dataDir).lastSeq };
    const exchange = (seed: number) => {
      const fromLaptop = outboxChanges(laptop.dataDir, marks.laptop);
      const fromDesktop = outboxChanges(desktop.dataDir, marks.desktop);
      deliver(desktop, fromLaptop.changes, seed);
      deliver(laptop, fromDesktop.changes, seed + 1);
      // What each device now has is also what its own delivery added to its outbox: nothing (applyRemote sends nothing on).
      marks = { laptop: outboxChanges(laptop.dataDir).lastSeq, desktop: outboxChanges(desktop.dataDir).lastSeq };
    };

    // Round one: 120 edits each, offline, then an exchange; each editor takes in the other's edits.
    await editOffline(laptop, article.id, onLaptop, 11, 120);
    await editOffline(desktop, article.id, onDesktop, 22, 120);
    exchange(100);
    onLaptop.receive((await laptop.api.articles.body({ id: article.id })).state);
    onDesktop.receive((await desktop.api.articles.body({ id: article.id })).state);
    expect(await bodyText(laptop, article.id)).toBe(await bodyText(desktop, article.id));

    // Round two: each log holds 240 rows now, so the first push compacts it, midway through the session; each device ends with its own last sentence.
    await editOffline(laptop, article.id, onLaptop, 33, 60);
    await editOffline(desktop, article.id, onDesktop, 44, 60);
    onLaptop.addParagraph(0, '笔记本上写的最后一句');
    await laptop.api.articles.pushUpdates({ id: article.id, updates: onLaptop.take() });
    onDesktop.addParagraph(onDesktop.paragraphs, '台式机上写的最后一句');
    await desktop.api.articles.pushUpdates({ id: article.id, updates: onDesktop.take() });
    exchange(200);

    const laptopText = await bodyText(laptop, article.id);
    expect(await bodyText(desktop, article.id)).toBe(laptopText);
    expect(laptopText).toContain('笔记本上写的最后一句');
    expect(laptopText).toContain('台式机上写的最后一句');
    for (const backend of [laptop, desktop]) {
      const log = logOf(backend, article.id);
      expect(log.derived).toBe(laptopText);
      expect(log.snapshots).toBeGreaterThan(0);
      // Compacted: what is left is round two's rows (each device's own and the other's), not round one's 240.
      expect(log.updates).toBeLessThan(130);
    }
  });
});
