import { wechatChars } from '../../../../src-shared/domain/articles/count';
import { docText, nodesOf, type DocNode } from '../../../../src-shared/domain/articles/doc';

/** Reading speed for the estimate: about 400 Chinese characters a minute, the usual figure for reading on a phone (300–500). */
export const CHARS_PER_MINUTE = 400;

export interface DocStats {
  /** Characters as WeChat counts them (its 2 万字 limit). */
  chars: number;
  /** Whole minutes, at least 1 for any text. */
  readingMinutes: number;
  images: number;
}

export function docStats(doc: DocNode): DocStats {
  const chars = wechatChars(docText(doc));
  return { chars, readingMinutes: chars === 0 ? 0 : Math.max(1, Math.round(chars / CHARS_PER_MINUTE)), images: nodesOf(doc, 'image').length };
}
