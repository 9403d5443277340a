import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { DigestStatus, ReminderSettings } from '../../../src-shared/contract/reminders';
import { localState } from '../../db/schema';
import type { ServiceContext } from '../context';

// What reminders keep on this device, as JSON in `local_state` (never synced: another device has
// its own notifications, and one device posting the digest is enough).

const KEYS = { settings: 'reminders.settings', digest: 'reminders.digest', daily: 'reminders.daily', notified: 'reminders.notified' } as const;

export const DEFAULT_SETTINGS: ReminderSettings = { notifications: false, digest: { enabled: false, robotUrl: '', time: '09:00' } };
const NO_DIGEST_YET: DigestStatus = { lastSentAt: '', lastError: null };

/** The daily digest's day: sent, failed (tried `attempts` times, the last at `lastAttemptAt`) or skipped (set up after its time). */
export const DailyDigest = z.object({ day: z.string(), state: z.enum(['sent', 'failed', 'skipped']), attempts: z.number(), lastAttemptAt: z.string() });
export type DailyDigest = z.infer<typeof DailyDigest>;
const NO_DAY: DailyDigest = { day: '', state: 'skipped', attempts: 0, lastAttemptAt: '' };

/** Reminders shown on this device: key → ISO time shown. */
const Notified = z.record(z.string(), z.string());
type Notified = z.infer<typeof Notified>;

function read<T>(ctx: ServiceContext, key: string, schema: z.ZodType<T>, fallback: T): T {
  const row = ctx.db.select().from(localState).where(eq(localState.key, key)).get();
  if (!row) return fallback;
  try {
    const parsed = schema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

function write(ctx: ServiceContext, key: string, value: unknown): void {
  const json = JSON.stringify(value);
  ctx.db
    .insert(localState)
    .values({ key, value: json })
    .onConflictDoUpdate({ target: localState.key, set: { value: json } })
    .run();
}

export function reminderState(ctx: ServiceContext) {
  return {
    settings: () => read(ctx, KEYS.settings, ReminderSettings, DEFAULT_SETTINGS),
    saveSettings: (settings: ReminderSettings) => write(ctx, KEYS.settings, settings),
    digest: () => read(ctx, KEYS.digest, DigestStatus, NO_DIGEST_YET),
    saveDigest: (status: DigestStatus) => write(ctx, KEYS.digest, status),
    daily: () => read(ctx, KEYS.daily, DailyDigest, NO_DAY),
    saveDaily: (daily: DailyDigest) => write(ctx, KEYS.daily, daily),
    /**
     * Records `keys` as shown at `now` and answers those not shown before, in one transaction, so
     * two windows asking at once show each reminder once. Entries older than a week are dropped.
     */
    markNotified(keys: readonly string[], now: Date): string[] {
      return ctx.sqlite
        .transaction(() => {
          const weekAgo = new Date(now.getTime() - 7 * 86_400_000).toISOString();
          const shown: Notified = Object.fromEntries(Object.entries(read(ctx, KEYS.notified, Notified, {})).filter(([, at]) => at >= weekAgo));
          const fresh = [...new Set(keys)].filter((key) => !(key in shown));
          for (const key of fresh) shown[key] = now.toISOString();
          write(ctx, KEYS.notified, shown);
          return fresh;
        })
        .immediate();
    },
  };
}
export type ReminderState = ReturnType<typeof reminderState>;
