// Characters as WeChat counts them (字数), for the editor's live count, the article list and the
// linter's 20,000 limit (公众号 refuses a body past 20,000 characters).
//
// The rule, as the 公众号 editor's counter behaves: every character a reader sees counts one — a
// Chinese character, a letter, a digit, a punctuation mark (full- or half-width), a space; an
// emoji counts one however many code points it is made of (a flag, a family, a skin tone), as
// does any user-perceived character (grapheme). Line breaks between paragraphs, the tabs between
// table cells and other control characters count nothing. Images count nothing.

const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });
// Line breaks, tabs, other control characters and zero-width spaces; a space is a character the reader sees.
const UNCOUNTED = /[\p{Cc}\u200b\ufeff]/gu;
// What can make several UTF-16 units one character: marks, joiners and selectors, anything beyond the BMP (emoji, flags).
const MAY_COMBINE = /[\p{M}\p{Cf}\u{10000}-\u{10ffff}]/u;

/** The number of characters WeChat counts in `text` (a body's text from `docText`, a title, a digest). */
export function wechatChars(text: string): number {
  const visible = text.replace(UNCOUNTED, '');
  // Most bodies hold no character that combines: one per UTF-16 unit, without segmenting 20,000 characters.
  if (!MAY_COMBINE.test(visible)) return visible.length;
  return [...segmenter.segment(visible)].length;
}
