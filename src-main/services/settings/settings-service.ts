import { eq } from 'drizzle-orm';
import { Language, type Settings } from '../../../src-shared/contract/settings';
import { localState } from '../../db/schema';
import type { ServiceContext } from '../context';

const LANGUAGE_KEY = 'settings.language';

/** Device preferences live in the local table: they are not the subsidiary's data. */
export function createSettingsService(ctx: ServiceContext) {
  function get(): Settings {
    const row = ctx.db.select().from(localState).where(eq(localState.key, LANGUAGE_KEY)).get();
    const language = Language.safeParse(row?.value);
    return { language: language.success ? language.data : 'zh-CN' };
  }
  return {
    get,
    update(patch: Partial<Settings>): Settings {
      if (patch.language) {
        ctx.db
          .insert(localState)
          .values({ key: LANGUAGE_KEY, value: patch.language })
          .onConflictDoUpdate({ target: localState.key, set: { value: patch.language } })
          .run();
      }
      return get();
    },
  };
}
