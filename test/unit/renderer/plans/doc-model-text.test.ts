import { describe, expect, it } from 'vitest';
import type { DocModel } from '../../../../src-shared/contract/doc-model';
import { diffText } from '../../../../src-shared/domain/articles/text-diff';
import { docModelText } from '../../../../src-renderer/lib/doc-model-text';
import { movedOrder } from '../../../../src-renderer/features/plans/composer/store';

const model = (total: string): DocModel => ({
  locale: 'zh-CN',
  meta: { title: '华东运营方案', author: '王芳', subject: '新媒体运营方案' },
  cover: { title: '华东运营方案', subtitle: '新媒体运营方案', lines: [{ label: '编制人', value: '王芳' }] },
  header: '华东运营方案',
  blocks: [
    { kind: 'toc', title: '目录' },
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: '1. 账号运营规划', anchor: 'section-operations' },
    { kind: 'paragraph', runs: [{ text: '以会员日', bold: true }, { text: '为主线🎯' }] },
    { kind: 'list', ordered: true, items: [[{ text: '停车券' }], [{ text: '积分兑换' }]] },
    {
      kind: 'table',
      caption: '费用清单',
      columns: [
        { title: '项目', width: 2 },
        { title: '金额', width: 1, align: 'right' },
      ],
      rows: [{ cells: [[{ text: '海报' }], [{ text: '¥500.00' }]] }, { kind: 'total', cells: [[{ text: '合计' }], [{ text: total }]] }],
    },
    { kind: 'chart', chart: 'line', title: '粉丝预测', categories: ['Q1', 'Q2'], series: [{ name: '粉丝', values: [1200, null] }], unit: '人' },
    { kind: 'paragraph', style: 'empty', runs: [{ text: '暂无数据' }] },
  ],
});

describe('a document model as plain text', () => {
  it('keeps the cover, the contents, the headings, the runs, the list, each table row and each chart series on lines of their own', () => {
    expect(docModelText(model('¥500.00')).split('\n')).toEqual([
      '华东运营方案',
      '新媒体运营方案',
      '编制人: 王芳',
      '目录',
      '1. 账号运营规划',
      '1. 账号运营规划',
      '以会员日为主线🎯',
      '1. 停车券',
      '2. 积分兑换',
      '费用清单',
      '项目 | 金额',
      '海报 | ¥500.00',
      '合计 | ¥500.00',
      '粉丝预测',
      'Q1 | Q2 (人)',
      '粉丝: 1200 | —',
      '暂无数据',
    ]);
  });

  it('shows a changed total as that change when two versions are compared', () => {
    const parts = diffText(docModelText(model('¥500.00')), docModelText(model('¥800.00')));
    expect(
      parts
        .filter((p) => p.kind === 'removed')
        .map((p) => p.text)
        .join(''),
    ).toContain('5');
    expect(
      parts
        .filter((p) => p.kind === 'added')
        .map((p) => p.text)
        .join(''),
    ).toContain('8');
    expect(
      parts
        .filter((p) => p.kind === 'same')
        .map((p) => p.text)
        .join(''),
    ).toContain('费用清单');
  });

  it('is empty for a document with nothing in it', () => {
    expect(docModelText({ locale: 'en', meta: { title: '', author: '', subject: '' }, cover: null, header: '', blocks: [] })).toBe('');
  });
});

describe('moving a section', () => {
  const sections = (['competitors', 'value', 'staff'] as const).map((key) => ({ key, hidden: false, note: null }));

  it('swaps it with its neighbour', () => {
    expect(movedOrder(sections, 'staff', -1)).toEqual(['competitors', 'staff', 'value']);
    expect(movedOrder(sections, 'competitors', 1)).toEqual(['value', 'competitors', 'staff']);
  });

  it('leaves the order as it is at either end', () => {
    expect(movedOrder(sections, 'competitors', -1)).toEqual(['competitors', 'value', 'staff']);
    expect(movedOrder(sections, 'staff', 1)).toEqual(['competitors', 'value', 'staff']);
  });
});
