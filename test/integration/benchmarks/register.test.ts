import { describe, expect, it } from 'vitest';
import { anAccount, aMember, failureOf, openTestBackend } from '../../helpers/backend';
import { base64, pngImage } from '../../fixtures/library/images';
import { aPeer, aPost } from '../../fixtures/benchmarks/inputs';

describe('peer accounts (对标账号)', () => {
  it('are created, listed by name, changed field by field, deleted and restored', async () => {
    const { api } = openTestBackend();
    const mixc = await api.benchmarks.createPeer(aPeer());
    const joy = await api.benchmarks.createPeer(aPeer({ name: '大悦城·上海', handle: '', tags: undefined }));
    expect(mixc).toMatchObject({ name: '万象城·苏州', handle: 'mixc_sz', ownerCompany: '华润万象生活', tags: ['购物中心', '华东'], reason: '同城头部商场' });
    expect(joy).toMatchObject({ handle: '', tags: [] });
    // Pinyin order: 大 (da) before 万 (wan).
    expect((await api.benchmarks.listPeers({})).map((p) => p.name)).toEqual(['大悦城·上海', '万象城·苏州']);

    const changed = await api.benchmarks.updatePeer({ id: mixc.id, reason: '会员活动做得好' });
    expect(changed).toMatchObject({ name: '万象城·苏州', handle: 'mixc_sz', reason: '会员活动做得好', tags: ['购物中心', '华东'] });

    await api.benchmarks.deletePeer({ id: mixc.id });
    expect((await api.benchmarks.listPeers({})).map((p) => p.name)).toEqual(['大悦城·上海']);
    expect((await failureOf(api.benchmarks.updatePeer({ id: mixc.id, name: '改名' }))).code).toBe('not_found');
    expect((await api.benchmarks.restorePeer({ id: mixc.id })).reason).toBe('会员活动做得好');
    expect((await api.benchmarks.listPeers({})).map((p) => p.name)).toEqual(['大悦城·上海', '万象城·苏州']);
  });

  it('sit after the own accounts in the benchmark list, and deleted ones leave it', async () => {
    const { api } = openTestBackend();
    const own = await api.accounts.create(anAccount());
    const peer = await api.benchmarks.createPeer(aPeer());
    expect(await api.benchmarks.listAccounts({})).toEqual([
      { id: own.id, kind: 'own', platform: 'wechat_subscription', name: own.name },
      { id: peer.id, kind: 'peer', platform: 'wechat_subscription', name: '万象城·苏州' },
    ]);
    await api.accounts.remove({ id: own.id });
    await api.benchmarks.deletePeer({ id: peer.id });
    expect(await api.benchmarks.listAccounts({})).toEqual([]);
  });

  it('hide their learnings and figures while deleted, and bring them back when restored', async () => {
    const { api } = openTestBackend();
    const peer = await api.benchmarks.createPeer(aPeer());
    const learning = await api.benchmarks.createLearning({ peerId: peer.id, kind: 'activity', text: '每周五会员日抽奖' });
    await api.benchmarks.saveSnapshots({ rows: [{ accountId: peer.id, period: { kind: 'month', start: '2026-11-01' }, followers: 52000 }] });
    await api.benchmarks.savePosts({ rows: [aPost(peer.id)] });

    await api.benchmarks.deletePeer({ id: peer.id });
    expect(await api.benchmarks.listLearnings({})).toEqual([]);
    expect(await api.benchmarks.listSnapshots({ accountId: peer.id, kind: 'month' })).toEqual([]);
    expect(await api.benchmarks.listPosts({ from: '2026-11-01', to: '2026-11-30' })).toEqual([]);
    expect((await failureOf(api.benchmarks.updateLearning({ id: learning.id, text: '改' }))).code).toBe('not_found');
    // A deleted peer takes no new figures.
    const refused = await failureOf(api.benchmarks.savePosts({ rows: [aPost(peer.id, { title: '新文章' })] }));
    expect(refused.issues).toEqual([{ path: ['rows', 0, 'accountId'], message: 'validation.unknown.account' }]);

    await api.benchmarks.restorePeer({ id: peer.id });
    expect((await api.benchmarks.listLearnings({})).map((l) => l.text)).toEqual(['每周五会员日抽奖']);
    expect((await api.benchmarks.listSnapshots({ accountId: peer.id, kind: 'month' })).map((s) => s.followers)).toEqual([52000]);
    expect((await api.benchmarks.listPosts({ from: '2026-11-01', to: '2026-11-30' })).map((p) => p.title)).toEqual(['双十一会员日攻略']);
  });
});

describe('learnings (值得学的做法)', () => {
  it('carry the member at the keyboard and a library image, newest first, per peer or all', async () => {
    const { api } = openTestBackend();
    const member = await api.team.create(aMember());
    await api.team.setKeyboard({ memberId: member.id });
    const { asset } = await api.library.uploadAsset({ name: '海报.png', dataBase64: base64(pngImage(8, 8)) });
    const mixc = await api.benchmarks.createPeer(aPeer());
    const joy = await api.benchmarks.createPeer(aPeer({ name: '大悦城·上海' }));
    const first = await api.benchmarks.createLearning({ peerId: mixc.id, kind: 'layout', text: '头图统一品牌色', link: 'https://mp.weixin.qq.com/s/abc', assetId: asset.id });
    expect(first).toMatchObject({ peerId: mixc.id, kind: 'layout', link: 'https://mp.weixin.qq.com/s/abc', assetId: asset.id, memberId: member.id });
    await api.benchmarks.createLearning({ peerId: joy.id, kind: 'menu', text: '菜单放停车缴费' });
    expect((await api.benchmarks.listLearnings({})).map((l) => l.text)).toEqual(['菜单放停车缴费', '头图统一品牌色']);
    expect((await api.benchmarks.listLearnings({ peerId: mixc.id })).map((l) => l.text)).toEqual(['头图统一品牌色']);

    const moved = await api.benchmarks.updateLearning({ id: first.id, peerId: joy.id, assetId: null });
    expect(moved).toMatchObject({ peerId: joy.id, assetId: null, text: '头图统一品牌色' });
    await api.benchmarks.deleteLearning({ id: first.id });
    expect((await api.benchmarks.listLearnings({})).map((l) => l.text)).toEqual(['菜单放停车缴费']);
  });

  it('refuse a peer or an image that is not there, naming the field', async () => {
    const { api } = openTestBackend();
    const peer = await api.benchmarks.createPeer(aPeer());
    const { asset } = await api.library.uploadAsset({ name: '海报.png', dataBase64: base64(pngImage(8, 8)) });
    await api.library.removeAsset({ id: asset.id });
    expect((await failureOf(api.benchmarks.createLearning({ peerId: peer.id, kind: 'copy', text: '标题用数字', assetId: asset.id }))).issues).toEqual([{ path: ['assetId'], message: 'validation.unknown.asset' }]);
    expect((await failureOf(api.benchmarks.createLearning({ peerId: 'no-such-peer', kind: 'copy', text: '标题用数字' }))).issues).toEqual([{ path: ['peerId'], message: 'validation.unknown.account' }]);
    expect(await api.benchmarks.listLearnings({})).toEqual([]);
  });
});
