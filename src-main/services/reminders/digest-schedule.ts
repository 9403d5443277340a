import type { RemindersService } from './reminders-service';

// The daily digest's clock while the app runs (Electron, `opsbench web`; not the one-shot CLI
// commands): a look shortly after start (to catch up a day the app was closed at its time),
// then once a minute. Timers are unref'd: they never keep a process alive.

export const DIGEST_CHECK_MS = 60_000;
const FIRST_CHECK_MS = 5_000;

export function startDigestSchedule(service: Pick<RemindersService, 'runDaily'>, every = DIGEST_CHECK_MS): () => void {
  const check = () => void service.runDaily().catch(() => undefined);
  const first = setTimeout(check, Math.min(FIRST_CHECK_MS, every));
  const timer = setInterval(check, every);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
