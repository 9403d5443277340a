import { describe, expect, it } from 'vitest';
import { diffText, type DiffPart } from '../../../src-shared/domain/articles/text-diff';

const side = (parts: DiffPart[], kind: 'added' | 'removed') =>
  parts
    .filter((p) => p.kind === 'same' || p.kind === kind)
    .map((p) => p.text)
    .join('');

function randomText(seed: number, length: number): string {
  const words = ['悦汇', '会员日', '停车', '免费', '满减', '\n', '，', '。', '新品', 'Mall', '🎉'];
  let state = seed;
  let text = '';
  while (text.length < length) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += words[state % words.length];
  }
  return text;
}

describe('text diff', () => {
  it('shows a one-word fix inside a changed line as that word', () => {
    expect(diffText('第一段\n双11会员日满300减50\n结尾', '第一段\n双11会员日满300减80\n结尾')).toEqual([
      { kind: 'same', text: '第一段\n双11会员日满300减' },
      { kind: 'removed', text: '5' },
      { kind: 'added', text: '8' },
      { kind: 'same', text: '0\n结尾' },
    ]);
  });

  it('marks whole added and removed lines', () => {
    expect(diffText('甲\n乙\n丙\n', '甲\n丙\n丁\n')).toEqual([
      { kind: 'same', text: '甲\n' },
      { kind: 'removed', text: '乙\n' },
      { kind: 'same', text: '丙\n' },
      { kind: 'added', text: '丁\n' },
    ]);
  });

  it('gives back both texts exactly, for edited and for unrelated 20,000-character texts', () => {
    const before = randomText(1, 20_000);
    const edited = before.slice(0, 5000) + '新增的一句话。' + before.slice(5100, 15000) + before.slice(15300);
    for (const after of [edited, randomText(2, 20_000), '', before]) {
      const parts = diffText(before, after);
      expect(side(parts, 'removed')).toBe(before);
      expect(side(parts, 'added')).toBe(after);
    }
    expect(diffText(before, before)).toEqual([{ kind: 'same', text: before }]);
  });
});
