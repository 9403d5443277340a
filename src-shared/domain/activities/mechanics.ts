import { BUILTIN_WORDS } from '../articles/builtin-words';
import type { LintWord } from '../articles/lint-types';
import { matchWords } from '../articles/word-matcher';

// WeChat forbids activities that make sharing or following the price of a reward (诱导分享 /
// 诱导关注). The activity form warns with the article linter's own words, so one list serves both.

/** The built-in 诱导分享 / 诱导关注 words (a stable array: the matcher is built once for it). */
const INDUCE_WORDS: readonly LintWord[] = BUILTIN_WORDS.filter((w) => w.category === 'induce-share' || w.category === 'induce-follow');

export interface MechanicWarning {
  /** The flagged word of the list and the text as written (case and width may differ). */
  word: string;
  text: string;
  category: 'induce-share' | 'induce-follow';
  /** The WeChat rule it breaks and what to do instead (Chinese, from the word list). */
  reason: string;
  suggestion: string;
}

/** The 诱导分享/诱导关注 words in a mechanic or plan text, each word once, in order of appearance. */
export function mechanicWarnings(text: string): MechanicWarning[] {
  const seen = new Set<string>();
  const warnings: MechanicWarning[] = [];
  for (const { word, start, end } of matchWords(INDUCE_WORDS, text)) {
    if (seen.has(word.word)) continue;
    seen.add(word.word);
    warnings.push({
      word: word.word,
      text: text.slice(start, end),
      category: word.category as MechanicWarning['category'],
      reason: word.reason,
      suggestion: word.suggestion,
    });
  }
  return warnings;
}
