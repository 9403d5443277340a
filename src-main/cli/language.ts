import { Language } from '../../src-shared/contract/settings';
import { message, UsageError } from './command';

// The language the CLI speaks: --lang, else the locale the shell names, else Chinese.

/** The locale variables in the order POSIX consults them for messages. */
const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/** `C`, `POSIX` (and `C.UTF-8`, the C locale with a charset) name no language: they count as unset. */
const NO_LANGUAGE = /^(C|POSIX)(\..*)?$/;

/** en_US.UTF-8, en_GB, en → English; zh_CN.UTF-8 and every other language → Chinese (the default). */
export function localeLanguage(env: NodeJS.ProcessEnv): Language {
  for (const name of LOCALE_VARIABLES) {
    const value = env[name]?.trim();
    if (!value || NO_LANGUAGE.test(value)) continue;
    return /^en([_.@-]|$)/i.test(value) ? 'en' : 'zh-CN';
  }
  return 'zh-CN';
}

/** `--lang zh-CN|en` wins over the locale; any other value is a usage error (said in the locale's language). */
export function cliLanguage(flag: string | undefined, env: NodeJS.ProcessEnv): Language {
  if (flag === undefined) return localeLanguage(env);
  const parsed = Language.safeParse(flag);
  if (!parsed.success) throw new UsageError(message('cli.usage.badLanguage', { value: flag }));
  return parsed.data;
}
