import { describe, expect, it } from 'vitest';
import { b64, count, setUp, stored, workbook } from './import-helpers';

// Peers an import creates: their ids come from their names, so the same file on two devices syncs
// to one peer and one set of articles; a file naming a deleted peer brings that peer back.

const file = async () => ({
  fileName: '新榜导出.xlsx',
  base64: b64(
    await workbook([
      ['公众号', '微信号', '发布时间', '位置', '标题', '阅读数'],
      ['魔都生活家', 'modu_life', '2026-11-03 20:30:00', '头条', '冬日火锅季', 12_000],
      ['魔都生活家', 'modu_life', '2026-11-03 20:30:00', '次条', '周末市集攻略', 3_000],
    ]),
  ),
});

const peersNamed = (backend: Awaited<ReturnType<typeof setUp>>['backend'], name: string) => stored(backend, 'SELECT id, deleted_at FROM peer_accounts WHERE name = ?', name);

describe('benchmarks import: peers it creates', () => {
  it('gives the same file the same peer id and the same article ids in two workspaces', async () => {
    const one = await setUp();
    const two = await setUp();
    await one.backend.api.benchmarks.commitImport(await file());
    await two.backend.api.benchmarks.commitImport(await file());
    const [a] = peersNamed(one.backend, '魔都生活家');
    const [b] = peersNamed(two.backend, '魔都生活家');
    expect(a!.id).toMatch(/^peer:[0-9a-f]{40}$/);
    expect(b!.id).toBe(a!.id);
    const posts = (backend: typeof one.backend) => stored(backend, 'SELECT id, account_id FROM post_metrics ORDER BY id');
    expect(posts(one.backend)).toHaveLength(2);
    expect(posts(two.backend)).toEqual(posts(one.backend));
  });

  it('brings a deleted peer back when a file names it, instead of making a second one', async () => {
    const { backend } = await setUp();
    await backend.api.benchmarks.commitImport(await file());
    const [peer] = peersNamed(backend, '魔都生活家');
    await backend.api.benchmarks.deletePeer({ id: peer!.id as string });
    expect(count(backend, 'peer_accounts')).toBe(1);

    const result = await backend.api.benchmarks.commitImport(await file());
    expect(result).toMatchObject({ invalid: 0, rejected: null });
    expect(peersNamed(backend, '魔都生活家')).toEqual([{ id: peer!.id, deleted_at: null }]);
    expect(count(backend, 'peer_accounts')).toBe(2);
    expect((await backend.api.benchmarks.listPeers({})).map((p) => p.name)).toContain('魔都生活家');
  });

  it('brings back a deleted peer registered by hand (a random id), by its name', async () => {
    const { backend } = await setUp();
    const db = stored(backend, "SELECT id FROM peer_accounts WHERE name = '城市漫游指南'");
    await backend.api.benchmarks.deletePeer({ id: db[0]!.id as string });
    const named = {
      fileName: '新榜导出.xlsx',
      base64: b64(
        await workbook([
          ['公众号', '发布时间', '位置', '标题', '阅读数'],
          ['城市漫游指南', '2026-11-04 08:05', 1, '开春咖啡地图', 8_120],
        ]),
      ),
    };
    expect(await backend.api.benchmarks.commitImport(named)).toMatchObject({ created: 1, invalid: 0 });
    expect(peersNamed(backend, '城市漫游指南')).toEqual([{ id: 'peer-known', deleted_at: null }]);
    expect(stored(backend, 'SELECT account_id FROM post_metrics')).toEqual([{ account_id: 'peer-known' }]);
  });
});
