import { describe, expect, it } from 'vitest';
import { TEN_WAN_PLUS } from '../../../src-shared/domain/benchmarks/numbers';
import { encodeGbk } from '../../fixtures/files/gbk';
import { anAccount, failureOf } from '../../helpers/backend';
import { b64, count, setUp, stored, workbook } from './import-helpers';

// Benchmarks files through the one import pipeline, as an operator brings them: 新榜 and 西瓜数据
// exports of peers' articles, the WeChat backend's exports of an own account, our templates.

const NEWRANK_HEADER = ['公众号', '微信号', '发布时间', '位置', '标题', '阅读数', '在看数', '点赞数', '转发数', '原文链接', '类型'];
const newrankRows = (reads: [unknown, unknown, unknown]) => [
  NEWRANK_HEADER,
  ['魔都生活家', 'modu_life', '2026-11-03 20:30:00', '头条', '冬日火锅季｜这 10 家店本地人都在排队', reads[0], '1,203', '2.1k', '856', 'https://mp.weixin.qq.com/s/a1', '探店'],
  ['魔都生活家', 'modu_life', '2026-11-03 20:30:00', '次条', '周末市集攻略', reads[1], 35, 80, 12, '', '攻略'],
  ['城市漫游指南', '', new Date(Date.UTC(2026, 10, 4, 8, 5)), 1, '开春咖啡地图', reads[2], '—', '', '3,400', '', ''],
];

describe('benchmarks import', () => {
  it('reads a 新榜 .xlsx with no flags: detects it, creates the unknown account as a peer, keeps 10万+, and a second import adds nothing', async () => {
    const { backend } = await setUp();
    const file = { fileName: '新榜导出.xlsx', base64: b64(await workbook(newrankRows(['10万+', '1.2万', 8_120]))) };

    const preview = await backend.api.benchmarks.previewImport(file);
    expect(preview).toMatchObject({ format: 'xlsx', layout: 'newrank_posts', missing: [], counts: { valid: 3, invalid: 0, duplicate: 0, update: 0 }, newPeers: ['魔都生活家'] });
    expect(preview.rows.map((r) => r.outcome)).toEqual(['create', 'create', 'create']);

    const result = await backend.api.benchmarks.commitImport(file);
    expect(result).toMatchObject({ created: 3, updated: 0, duplicates: 0, invalid: 0, newPeers: ['魔都生活家'], rejected: null });
    const peers = stored(backend, 'SELECT id, name, handle, platform FROM peer_accounts WHERE deleted_at IS NULL ORDER BY name');
    expect(peers.map((p) => [p.name, p.handle, p.platform])).toEqual([
      ['城市漫游指南', 'city_walk', 'wechat_subscription'],
      ['魔都生活家', 'modu_life', 'wechat_subscription'],
    ]);
    const modu = peers.find((p) => p.name === '魔都生活家')!.id;
    const posts = stored(backend, 'SELECT id, account_id, published_at, position, title, url, kind, reads, zaikan, likes, shares, source, source_name FROM post_metrics ORDER BY published_at, position');
    expect(posts).toEqual([
      expect.objectContaining({
        account_id: modu,
        published_at: '2026-11-03 20:30',
        position: 1,
        reads: TEN_WAN_PLUS,
        zaikan: 1203,
        likes: 2100,
        shares: 856,
        kind: '探店',
        url: 'https://mp.weixin.qq.com/s/a1',
        source: 'import',
        source_name: '新榜',
      }),
      expect.objectContaining({ account_id: modu, position: 2, reads: 12_000, zaikan: 35, url: '', kind: '攻略' }),
      // A date-time cell, a dash for 在看 (not known) and an empty cell stay null.
      expect.objectContaining({ account_id: 'peer-known', published_at: '2026-11-04 08:05', position: 1, reads: 8120, zaikan: null, likes: null, shares: 3400 }),
    ]);
    expect(posts.every((p) => /^post:[0-9a-f]{40}$/.test(p.id as string))).toBe(true);

    // The same file again: every row is there already, nothing is written, no peer is created twice.
    expect(await backend.api.benchmarks.commitImport(file)).toMatchObject({ created: 0, updated: 0, duplicates: 3, invalid: 0, newPeers: [] });
    expect(count(backend, 'post_metrics')).toBe(3);
    expect(count(backend, 'peer_accounts')).toBe(2);
    expect((await backend.api.backups.list({})).filter((b) => b.reason === 'before-import')).toHaveLength(1);
  });

  it('updates known articles from a later file with newer figures', async () => {
    const { backend } = await setUp();
    await backend.api.benchmarks.commitImport({ fileName: '11月3日.xlsx', base64: b64(await workbook(newrankRows([5_000, 900, 700]))) });
    const later = { fileName: '11月10日.xlsx', base64: b64(await workbook(newrankRows([52_000, 900, '1.1万']))) };
    expect(await backend.api.benchmarks.previewImport(later)).toMatchObject({ counts: { valid: 0, update: 2, duplicate: 1 }, newPeers: [] });
    expect(await backend.api.benchmarks.commitImport(later)).toMatchObject({ created: 0, updated: 2, duplicates: 1 });
    expect(stored(backend, 'SELECT reads FROM post_metrics ORDER BY published_at, position').map((r) => r.reads)).toEqual([52_000, 900, 11_000]);
    expect(count(backend, 'post_metrics')).toBe(3);
  });

  it('reads a 西瓜数据 CSV in GBK and finds own and registered accounts by name or WeChat id', async () => {
    const { backend, own } = await setUp();
    const csv = [
      '公众号名称,微信号,文章标题,发文时间,发文位置,阅读量,在看量,点赞量,转发量',
      ',yuehui_sh_life,双12｜年终好物清单,2026/12/1 8:30,1,"12,345",120,3.5w,88',
      '城市漫游指南,,上海周末去哪儿,2026年12月2日,第2条,12 345,0,0,0',
    ].join('\r\n');
    const file = { fileName: '西瓜数据.csv', base64: b64(encodeGbk(csv)) };
    const preview = await backend.api.benchmarks.previewImport(file);
    expect(preview).toMatchObject({ format: 'csv', encoding: 'gb18030', layout: 'xigua_posts', counts: { valid: 2, invalid: 0 }, newPeers: [] });
    expect(await backend.api.benchmarks.commitImport(file)).toMatchObject({ created: 2, newPeers: [] });
    expect(stored(backend, 'SELECT account_id, published_at, position, reads, likes, source_name FROM post_metrics ORDER BY published_at')).toEqual([
      { account_id: own.id, published_at: '2026-12-01 08:30', position: 1, reads: 12_345, likes: 35_000, source_name: '西瓜数据' },
      { account_id: 'peer-known', published_at: '2026-12-02', position: 2, reads: 12_345, likes: 0, source_name: '西瓜数据' },
    ]);
  });

  it('reads UTF-16 (Excel’s Unicode text) and UTF-8 with a BOM: figures per period into snapshots', async () => {
    const { backend, own } = await setUp();
    const rows = ['账号\t周期\t开始日期\t粉丝数\t发文数\t阅读总数\t头条阅读\t最高阅读', '悦汇·上海生活\t月\t2026-11\t12.3万\t31\t45.6万\t30万\t10万+', '城市漫游指南\t周\t2026-11-01\t8万\t7\t7万\t5万\t2万'].join('\r\n');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rows, 'utf16le')]);
    const preview = await backend.api.benchmarks.previewImport({ fileName: '周期数据.txt', base64: b64(utf16) });
    expect(preview).toMatchObject({ encoding: 'utf-16le', layout: 'snapshots', counts: { valid: 2, invalid: 0 } });
    expect(await backend.api.benchmarks.commitImport({ fileName: '周期数据.txt', base64: b64(utf16) })).toMatchObject({ created: 2 });
    expect(stored(backend, 'SELECT id, period, period_start, followers, articles, reads, reads_headline, reads_max, zaikan, source_name FROM metric_snapshots ORDER BY id')).toEqual([
      {
        id: `snap:${own.id}:month:2026-11-01`,
        period: 'month',
        period_start: '2026-11-01',
        followers: 123_000,
        articles: 31,
        reads: 456_000,
        reads_headline: 300_000,
        reads_max: TEN_WAN_PLUS,
        zaikan: null,
        source_name: '周期数据.txt',
      },
      {
        id: 'snap:peer-known:week:2026-11-01',
        period: 'week',
        period_start: '2026-11-01',
        followers: 80_000,
        articles: 7,
        reads: 70_000,
        reads_headline: 50_000,
        reads_max: 20_000,
        zaikan: null,
        source_name: '周期数据.txt',
      },
    ]);

    // UTF-8 with a BOM, our article template; a Monday is no benchmark week's start.
    const bom = '\ufeff账号,发布时间,位置,标题,阅读,在看,点赞,分享,首日新增关注,7日新增关注\n悦汇·上海生活,2026-11-05 12:00,1,会员日积分翻倍,3200,40,55,20,-3,12\n';
    expect(await backend.api.benchmarks.commitImport({ fileName: '文章.csv', base64: b64(bom) })).toMatchObject({ created: 1, invalid: 0 });
    expect(stored(backend, 'SELECT new_followers_day1, new_followers_day7, source_name FROM post_metrics')).toEqual([{ new_followers_day1: -3, new_followers_day7: 12, source_name: '文章.csv' }]);
    const monday = '\ufeff账号,周期,开始日期,粉丝数\n悦汇·上海生活,周,2026-11-02,1000\n';
    const bad = await backend.api.benchmarks.previewImport({ fileName: '周.csv', base64: b64(monday) });
    expect(bad.rows[0]).toMatchObject({ row: 2, outcome: 'invalid', issues: [{ field: 'periodStart', message: 'validation.benchmarks.periodStart' }] });
  });

  it('reads 公众号后台’s 用户分析 into follower days of the only own WeChat account, and asks which account when there are two', async () => {
    const { backend, own } = await setUp();
    const text = '时间,新关注人数,取消关注人数,净增关注人数,累积关注人数\n2026-11-01,120,30,90,12090\n2026-11-02,80,100,-20,12070\n';
    const file = { fileName: '用户增长.csv', base64: b64(text) };
    expect(await backend.api.benchmarks.previewImport(file)).toMatchObject({ layout: 'wechat_users', accountId: own.id, counts: { valid: 2 } });
    expect(await backend.api.benchmarks.commitImport(file)).toMatchObject({ created: 2 });
    expect(stored(backend, 'SELECT id, date, new_followers, unfollows, net_gain, cumulative, source_name FROM follower_days ORDER BY date')).toEqual([
      { id: `fday:${own.id}:2026-11-01`, date: '2026-11-01', new_followers: 120, unfollows: 30, net_gain: 90, cumulative: 12090, source_name: '公众号后台' },
      { id: `fday:${own.id}:2026-11-02`, date: '2026-11-02', new_followers: 80, unfollows: 100, net_gain: -20, cumulative: 12070, source_name: '公众号后台' },
    ]);

    const second = await backend.api.accounts.create(anAccount({ name: '悦汇·杭州生活', handle: 'yuehui_hz_life' }));
    expect(await failureOf(backend.api.benchmarks.previewImport(file))).toMatchObject({ code: 'validation', issues: [{ path: ['accountId'], message: 'validation.import.chooseAccount' }] });
    expect(await backend.api.benchmarks.commitImport({ ...file, accountId: second.id })).toMatchObject({ created: 2 });
    expect(count(backend, 'follower_days')).toBe(4);
  });

  it('reads 公众号后台’s 内容分析 articles: positions by order within a push, 阅读后关注 as 7-day followers', async () => {
    const { backend, own } = await setUp();
    const text = ['内容标题,发表时间,阅读次数,分享次数,在看人数,点赞人数,阅读后关注人数,完读率', '头条文章,2026-11-06 20:00,5000,300,40,60,15,35.2%', '次条文章,2026-11-06 20:00,1200,20,5,8,1,41%'].join('\n');
    const result = await backend.api.benchmarks.commitImport({ fileName: '内容分析.csv', base64: b64(text) });
    expect(result).toMatchObject({ created: 2, invalid: 0 });
    expect(stored(backend, 'SELECT account_id, title, position, reads, shares, new_followers_day7 FROM post_metrics ORDER BY position')).toEqual([
      { account_id: own.id, title: '头条文章', position: 1, reads: 5000, shares: 300, new_followers_day7: 15 },
      { account_id: own.id, title: '次条文章', position: 2, reads: 1200, shares: 20, new_followers_day7: 1 },
    ]);
  });
});
