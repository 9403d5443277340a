import type { Language } from '../../src-shared/contract/settings';
import { translate, type MessageKey, type MessageParams } from '../../src-shared/i18n';

// How `opsbench hq` speaks: the user's language from the locale (zh-CN unless it names English),
// exit codes 0 done, 1 failed, 2 usage.

const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

export function hqLanguage(env: NodeJS.ProcessEnv): Language {
  for (const name of LOCALE_VARIABLES) {
    const value = env[name]?.trim();
    if (!value || /^(C|POSIX)(\..*)?$/.test(value)) continue;
    return /^en([_.@-]|$)/i.test(value) ? 'en' : 'zh-CN';
  }
  return 'zh-CN';
}

export interface Said {
  key: MessageKey;
  params?: MessageParams;
}

export const said = (key: MessageKey, params?: MessageParams): Said => ({ key, params });

/** A failure the command reports in words and an exit code (1 failed, 2 usage: with the help hint of `usageOf`). */
export class HqCliError extends Error {
  override name = 'HqCliError';
  constructor(
    readonly text: Said,
    readonly exitCode: 1 | 2,
    readonly usageOf?: string,
  ) {
    super(text.key);
  }
}

export const usageError = (command: string, text: Said): HqCliError => new HqCliError(text, 2, command);

const isSaid = (value: unknown): value is Said => typeof value === 'object' && value !== null && 'key' in value;

/** The text in `language`; a param that is itself a `Said` is said in the same language; a string is said as it is. */
export function say(language: Language, text: Said | string): string {
  if (typeof text === 'string') return text;
  const params = text.params && Object.fromEntries(Object.entries(text.params).map(([name, value]) => [name, isSaid(value) ? say(language, value) : value]));
  return translate(language, text.key, params);
}
