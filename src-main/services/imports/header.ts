import { cleanLine } from '../../../src-shared/contract/common';

/** A header cell compared without spaces, case, punctuation around it or parenthesised hints ("阅读数（次）" = "阅读数"). */
export function normalizeHeader(text: string): string {
  return cleanLine(text)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s*:：_-]+/g, '');
}

/** A header's identity for saved mappings: its normalized cells joined by '|'. */
export function headerKeyOf(header: readonly string[]): string {
  return header.map(normalizeHeader).join('|');
}
