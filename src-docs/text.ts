import { LONE_SURROGATE, stripInvisible } from '../src-shared/contract/common';

const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/**
 * Text as a document may hold it: the control characters XML 1.0 cannot carry (all but tab and line
 * breaks), invisible direction marks, lone surrogates and U+FFFE/U+FFFF go; emoji (whole surrogate
 * pairs) and every other character stay. Both writers use it, so the .docx and the Markdown agree.
 */
export function docText(value: string): string {
  return stripInvisible(value)
    .replace(LONE_SURROGATES, '')
    .replace(/[\ufffe\uffff]/g, '');
}
