import { describe, expect, it } from 'vitest';
import { en } from '../../../src-shared/i18n';

// English texts use ASCII punctuation: no 「」《》【】, and （）：，。；！？、 only inside a quoted
// Chinese example (a line of the State Council's notice), where the Chinese text keeps its own.

function flatten(tree: object, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) => (value && typeof value === 'object' ? flatten(value, `${prefix}${key}.`) : [[`${prefix}${key}`, String(value)] as [string, string]]));
}

const NEVER = /[「」『』《》【】〈〉]/u;
const CHINESE_PUNCTUATION = /[（）：，。；！？、]/gu;
const HAN = /\p{Script=Han}/u;
/** What may stand next to Chinese punctuation inside a quoted Chinese example: Chinese, digits, more of it, the quote or the line's ends. */
const chineseSide = (c: string | undefined) => c === undefined || c === '\n' || c === '"' || c === "'" || HAN.test(c) || /\d/.test(c) || /[（）：，。；！？、]/u.test(c);

/** The full-width marks of a text that stand where ASCII belongs, with what surrounds them. */
function misplacedPunctuation(text: string): string[] {
  const found: string[] = [];
  if (NEVER.test(text)) found.push(NEVER.exec(text)![0]);
  for (const match of text.matchAll(CHINESE_PUNCTUATION)) {
    const at = match.index;
    const [before, after] = [text[at - 1], text[at + 1]];
    const quoted = chineseSide(before) && chineseSide(after) && (HAN.test(before ?? '') || HAN.test(after ?? ''));
    if (!quoted) found.push(text.slice(Math.max(0, at - 6), at + 7));
  }
  return found;
}

describe('English texts', () => {
  it('tell full-width punctuation in English apart from a quoted Chinese example', () => {
    expect(misplacedPunctuation('write "name（服务号）" or the id')).toHaveLength(1);
    expect(misplacedPunctuation('the title (「20XX年」)')).toEqual(['「']);
    expect(misplacedPunctuation('{{text}}（{{detail}}）')).toHaveLength(2);
    expect(misplacedPunctuation('Saved，done')).toHaveLength(1);
    expect(misplacedPunctuation('e.g. "一、元旦：1月1日（周四）至3日（周六）放假，共3天。"')).toEqual([]);
  });

  it('use ASCII brackets, quotes and stops, not full-width ones', () => {
    const wrong = flatten(en)
      .map(([key, text]) => [key, misplacedPunctuation(text)] as const)
      .filter(([, found]) => found.length > 0);
    expect(wrong).toEqual([]);
  });
});
