import { describe, expect, it } from 'vitest';
import { docText } from '../../../src-shared/domain/articles/doc';
import { failureOf, openTestBackend } from '../../helpers/backend';

const profile = { name: '华东分公司', shortName: '华东', brand: '悦汇', industry: '零售', namingTemplate: '' };
const selection = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '本文由悦汇华东原创，转载请后台留言' }] }] };

describe('the library’s templates and blocks', () => {
  it('gives a new workspace the starter blocks and templates once, however often it opens or loads the demo', async () => {
    const backend = openTestBackend();
    await backend.api.workspace.startEmpty(profile);
    const blocks = await backend.api.library.list({ kind: 'block' });
    expect(blocks.map((b) => [b.name, b.category])).toEqual([
      ['关注引导', 'follow'],
      ['往期推荐', 'recommend'],
      ['签名', 'signature'],
      ['二维码底栏', 'qrcode'],
    ]);
    expect((await backend.api.library.list({ kind: 'template' })).map((t) => t.name)).toEqual(['新品发布', '活动预告', '节日海报文']);
    expect(docText(blocks[0]!.content)).toContain('点击上方蓝字关注我们');
    await backend.api.workspace.startEmpty(profile);
    await backend.api.workspace.loadDemo({ replace: true });
    await backend.api.workspace.loadDemo({ replace: true });
    expect(await backend.api.library.list({})).toHaveLength(7);
  });

  it('keeps a starter block the operator deleted deleted when the workspace is set up again', async () => {
    const backend = openTestBackend();
    await backend.api.workspace.startEmpty(profile);
    const [follow] = await backend.api.library.list({ category: 'follow' });
    await backend.api.library.remove({ id: follow!.id });
    await backend.api.workspace.startEmpty(profile);
    expect(await backend.api.library.list({ category: 'follow' })).toEqual([]);
  });

  it('saves a selection as a block, renames and recategorises it, and undoes its removal', async () => {
    const backend = openTestBackend();
    const block = await backend.api.library.create({ kind: 'block', name: '  版权声明 ', content: selection });
    expect(block).toMatchObject({ kind: 'block', category: 'other', name: '版权声明', content: selection });
    expect(await backend.api.library.update({ id: block.id, patch: { name: '原创声明', category: 'signature' } })).toMatchObject({ name: '原创声明', category: 'signature', content: selection });
    await backend.api.library.remove({ id: block.id });
    expect(await backend.api.library.list({ kind: 'block' })).toEqual([]);
    expect(await backend.api.library.restore({ id: block.id })).toMatchObject({ name: '原创声明' });
  });

  it('refuses content that is not a document, a missing name, and an unknown id', async () => {
    const backend = openTestBackend();
    const notDoc = await failureOf(backend.api.library.create({ kind: 'block', name: '片段', content: { type: 'paragraph' } }));
    expect(notDoc.issues).toEqual([expect.objectContaining({ path: ['content'], message: 'library.problems.notDocument' })]);
    const noName = await failureOf(backend.api.library.create({ kind: 'template', name: '  ', content: selection }));
    expect(noName.issues?.[0]).toMatchObject({ path: ['name'], message: 'validation.required' });
    expect((await failureOf(backend.api.library.update({ id: 'missing', patch: { name: '新名' } }))).code).toBe('not_found');
  });
});
