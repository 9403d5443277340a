import type { Language } from '../src-shared/contract/settings';
import { translate, type MessageKey, type MessageParams } from '../src-shared/i18n';

/** A document's words in its language: what composers and writers call instead of translate(). */
export type Words = (key: MessageKey, params?: MessageParams) => string;

export function wordsOf(language: Language): Words {
  return (key, params) => translate(language, key, params);
}
