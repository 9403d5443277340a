import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../src-main/db/backup';
import { openSqlite } from '../../../src-main/db/connection';
import { defaultMigrationsDir } from '../../../src-main/db/migrate';
import { createAccountsService } from '../../../src-main/services/accounts/accounts-service';
import { insertItem } from '../../../src-main/services/calendar/item-rows';
import { openWorkspaceSession, WORKSPACE_FILE } from '../../../src-main/session/workspace-session';
import { anAccount, openTestBackend, tempDataDir } from '../../helpers/backend';

// The migration clear_non_wechat_slots on a workspace of the version before it, whose Weibo items
// hold 头条/次条: their slots become 0, and the change is stamped for sync (a field clock newer than
// the old one and an outbox row per item), once.

const MIGRATION = 'clear_non_wechat_slots';

/** The real migrations up to (not including) this one, as the version before shipped them. */
function migrationsBefore(name: string): string {
  const dir = join(tempDataDir(), 'migrations');
  cpSync(defaultMigrationsDir(), dir, { recursive: true });
  const journalFile = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: Array<{ tag: string }> };
  const index = journal.entries.findIndex((entry) => entry.tag.endsWith(`_${name}`));
  expect(index).toBeGreaterThan(0);
  writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, index) }));
  return dir;
}

/** A workspace as the version before wrote it: a 订阅号 item in 头条 and two Weibo items in 头条 and 次条. */
function oldWorkspace(): { dataDir: string; sub: string; weibo: string[] } {
  const dataDir = tempDataDir();
  const session = openWorkspaceSession(dataDir, migrationsBefore(MIGRATION), 'the version before');
  try {
    const { ctx } = session;
    const accounts = createAccountsService(ctx);
    const subAccount = accounts.create(anAccount({ platform: 'wechat_subscription' }));
    const weiboAccount = accounts.create(anAccount({ name: '悦汇华东', platform: 'weibo' }));
    const item = (accountId: string, slot: number, title: string) =>
      insertItem(ctx, { accountId, date: '2026-10-06', time: '', slot, columnId: null, title, notes: '', ownerId: null, dueDate: '', status: 'writing', sourceKey: '', tags: [] });
    const sub = item(subAccount.id, 1, '订阅号头条');
    const weibo = [item(weiboAccount.id, 1, '微博头条'), item(weiboAccount.id, 2, '微博次条')];
    // That version had no stamping step: nothing says it ran.
    ctx.sqlite.prepare("DELETE FROM local_state WHERE key LIKE 'stamped.%'").run();
    return { dataDir, sub, weibo };
  } finally {
    session.close();
  }
}

interface SlotState {
  clocks: Map<string, string>;
  outbox: Array<{ row_id: string; value: string; hlc: string }>;
}

function slotState(dataDir: string): SlotState {
  const sqlite = openSqlite(join(dataDir, WORKSPACE_FILE));
  try {
    const clocks = sqlite.prepare("SELECT row_id, hlc FROM field_clocks WHERE tbl = 'calendar_items' AND field = 'slot'").all() as Array<{ row_id: string; hlc: string }>;
    const outbox = sqlite.prepare("SELECT row_id, value, hlc FROM outbox WHERE tbl = 'calendar_items' AND field = 'slot' ORDER BY seq").all() as SlotState['outbox'];
    return { clocks: new Map(clocks.map((c) => [c.row_id, c.hlc])), outbox };
  } finally {
    sqlite.close();
  }
}

describe(`migration ${MIGRATION}`, () => {
  it('clears the slots of Weibo items of an existing workspace and stamps the change for sync, once', async () => {
    const { dataDir, sub, weibo } = oldWorkspace();
    const before = slotState(dataDir);

    const backend = openTestBackend({ dataDir });
    expect(listBackups(dataDir).map((b) => b.reason)).toContain('before-migrate');
    const items = await backend.api.calendar.listItems({ from: '2026-10-01', to: '2026-10-31' });
    expect(items.map((i) => [i.title, i.slot])).toEqual([
      ['订阅号头条', 1],
      ['微博头条', 0],
      ['微博次条', 0],
    ]);

    const after = slotState(dataDir);
    const added = after.outbox.slice(before.outbox.length);
    expect(added.map((o) => [o.row_id, o.value]).sort()).toEqual(weibo.map((id) => [id, '0']).sort());
    for (const id of weibo) {
      expect(after.clocks.get(id)! > before.clocks.get(id)!).toBe(true);
      expect(added.find((o) => o.row_id === id)?.hlc).toBe(after.clocks.get(id));
    }
    expect(after.clocks.get(sub)).toBe(before.clocks.get(sub));

    // A later write orders after the stamp, and opening again stamps nothing more.
    const edited = await backend.api.calendar.updateItem({ id: weibo[0]!, patch: { title: '微博头条改' } });
    expect(edited.slot).toBe(0);
    backend.close();
    openTestBackend({ dataDir }).close();
    expect(slotState(dataDir).outbox).toHaveLength(after.outbox.length);
  });
});
