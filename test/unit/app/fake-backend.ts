import type { Handlers } from '../../../src-shared/contract';
import type { ChangeEvent } from '../../../src-shared/contract/define';

/**
 * A back end whose handlers all answer `{ ok: true }`, except settings which keeps a language in
 * memory and emits `settings.changed`: enough to drive a transport without SQLite.
 */
export function fakeBackend() {
  const listeners = new Set<(event: ChangeEvent) => void>();
  let language: 'zh-CN' | 'en' = 'zh-CN';
  const emit = (event: ChangeEvent): void => listeners.forEach((l) => l(event));
  const anyMethod = new Proxy({}, { get: () => () => ({ ok: true }) });
  const handlers = new Proxy({} as Handlers, {
    get: (_target, domain) =>
      domain === 'settings'
        ? {
            get: () => ({ language }),
            update: (input: { language?: 'zh-CN' | 'en' }) => {
              language = input.language ?? language;
              emit({ domain: 'settings' });
              return { language };
            },
          }
        : anyMethod,
  });
  return {
    handlers,
    emit,
    listenerCount: () => listeners.size,
    onChange(listener: (event: ChangeEvent) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
