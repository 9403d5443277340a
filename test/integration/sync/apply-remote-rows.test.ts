import { describe, expect, it } from 'vitest';
import type { WireRow } from '../../../src-shared/contract/sync-protocol';
import { encodeHlc } from '../../../src-shared/domain/sync/hlc';
import { wholeStateRows } from '../../../src-main/sync/whole-state';
import { readWorkspace } from '../../helpers/article-body';
import { anAccount, openTestBackend } from '../../helpers/backend';
import { articleTexts, fieldClocks, syncedRows } from '../../helpers/sync-workspace';

// The bulk path a pull applies pages with (`applyRemoteRows`) against the per-change path it
// replaces (`applyRemote`): the same rows, clocks and derived article bodies.

const TODAY = '2026-12-02';

function stateOf(dataDir: string): WireRow[] {
  return readWorkspace(dataDir, (sqlite) => [...wholeStateRows(sqlite)]);
}

describe('applying pulled rows in bulk', () => {
  it('gives a fresh workspace the same rows, clocks and article bodies as the per-change path and as the source', () => {
    const source = openTestBackend();
    source.loadDemo({ scale: 'small', seed: 1, today: TODAY });
    const rows = stateOf(source.dataDir);
    const bulk = openTestBackend();
    const single = openTestBackend();
    let applied = 0;
    for (let at = 0; at < rows.length; at += 2000) applied += bulk.applyRemoteRows(rows.slice(at, at + 2000));
    const changes = rows.flatMap((row) => Object.entries(row.f).map(([field, [value, hlc]]) => ({ table: row.t, rowId: row.r, field, value, hlc })));
    expect(single.applyRemote(changes)).toBe(changes.length);
    expect(applied).toBe(changes.length);
    expect(syncedRows(bulk.dataDir)).toEqual(syncedRows(single.dataDir));
    expect(syncedRows(bulk.dataDir)).toEqual(syncedRows(source.dataDir));
    expect(fieldClocks(bulk.dataDir)).toEqual(fieldClocks(source.dataDir));
    const texts = articleTexts(bulk.dataDir);
    expect(Object.keys(texts).length).toBeGreaterThan(0);
    expect(texts).toEqual(articleTexts(source.dataDir));
    // Applying the same page again changes nothing.
    expect(bulk.applyRemoteRows(rows.slice(0, 2000))).toBe(0);
  });

  it('keeps the newer clock per field, ignores unknown tables and fields and nulls for NOT NULL columns, and merges a row sent twice', async () => {
    const device = openTestBackend();
    const account = await device.api.accounts.create(anAccount({ name: '悦汇华东' }));
    const older = encodeHlc({ wall: 1_000, counter: 0, node: 'other' });
    const newer = encodeHlc({ wall: Date.now() + 60_000, counter: 0, node: 'other' });
    const applied = device.applyRemoteRows([
      { t: 'accounts', r: account.id, f: { name: ['旧名', older], followers: [99, newer], platform: [null, newer], no_such_field: [1, newer] } },
      { t: 'no_such_table', r: 'x', f: { a: [1, newer] } },
      { t: 'accounts', r: account.id, f: { followers: [77, older], verified: [false, newer] } },
    ]);
    expect(applied).toBe(2);
    const list = await device.api.accounts.list({});
    const row = list.find((a) => a.id === account.id)!;
    expect(row.name).toBe('悦汇华东');
    expect(row.followers).toBe(99);
    expect(row.verified).toBe(false);
    expect(row.platform).toBe(account.platform);
  });
});
