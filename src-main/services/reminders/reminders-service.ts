import type { DigestFailure, DigestStatus, ReminderSettings, Reminders } from '../../../src-shared/contract/reminders';
import { localDate, localTime } from '../../../src-shared/domain/dates';
import { createCalendarAttentionService } from '../calendar/attention';
import type { ServiceContext } from '../context';
import { readWorkspace } from '../workspace/workspace-service';
import { composeDigest } from './digest';
import { dayItems, upcomingItems } from './reminder-items';
import { reminderState, type DailyDigest } from './reminder-state';
import { postToRobot, type RobotAnswer, type RobotOptions } from './wecom-robot-client';

// Reminders of this device: the settings, the shown-once record of desktop notifications, and
// the daily 排期 digest posted to a WeChat Work group robot by the back end.

export interface RemindersOptions extends RobotOptions {
  /** The clock (tests set it). */
  now?: () => Date;
}

/** A failed daily digest is tried again this long after, at most DAILY_ATTEMPTS times a day. */
export const DAILY_RETRY_MS = 10 * 60 * 1000;
export const DAILY_ATTEMPTS = 3;

export type DailyOutcome = 'off' | 'early' | 'done' | 'waiting' | 'sent' | 'failed';

export function createRemindersService(ctx: ServiceContext, options: RemindersOptions = {}) {
  const now = options.now ?? (() => new Date());
  const state = reminderState(ctx);
  const get = (): Reminders => ({ settings: state.settings(), digest: state.digest() });

  /** Posts the digest of `day`; keeps how it went for 设置. */
  async function send(robotUrl: string, day: string, test: boolean): Promise<boolean> {
    let answer: RobotAnswer;
    try {
      const { pushes, due } = dayItems(ctx, day);
      const overdue = createCalendarAttentionService(ctx).attention({ today: day }).overdueTotal;
      const content = composeDigest({ day, workspace: readWorkspace(ctx)?.name ?? '', pushes, due, overdue, test });
      answer = await postToRobot(robotUrl, content, options);
    } catch (error) {
      // Reading the day or composing failed: 设置 says so, as it does a failed post.
      answer = { ok: false, failure: { kind: 'internal', detail: (error as Error).message } };
    }
    const at = now().toISOString();
    const before = state.digest();
    const status: DigestStatus = answer.ok ? { lastSentAt: at, lastError: null } : { ...before, lastError: { ...answer.failure, at } satisfies DigestFailure };
    state.saveDigest(status);
    return answer.ok;
  }

  /** Saving settings whose time has passed today starts tomorrow: setting up at 15:00 for 09:00 sends nothing at once. */
  function skipTodayIfPast(settings: ReminderSettings): void {
    const moment = now();
    const today = localDate(moment);
    if (!settings.digest.enabled || localTime(moment) < settings.digest.time || state.daily().day === today) return;
    state.saveDaily({ day: today, state: 'skipped', attempts: 0, lastAttemptAt: '' });
  }

  let running: Promise<DailyOutcome> | undefined;

  return {
    get,
    update(patch: Partial<ReminderSettings>): Reminders {
      const settings = { ...state.settings(), ...patch };
      state.saveSettings(settings);
      if (patch.digest) skipTodayIfPast(settings);
      return get();
    },
    async sendTest({ robotUrl }: { robotUrl: string }): Promise<{ sent: boolean; reminders: Reminders }> {
      const sent = await send(robotUrl, localDate(now()), true);
      return { sent, reminders: get() };
    },
    upcoming: ({ from, to }: { from: string; to: string }) => upcomingItems(ctx, from, to),
    markNotified: ({ keys }: { keys: string[] }) => ({ fresh: state.markNotified(keys, now()) }),

    /**
     * The daily digest, once its time has come: sent once a day (a restart the same day sends
     * nothing more), caught up when the app opens after the time, a failure tried again later.
     * One run at a time.
     */
    runDaily(): Promise<DailyOutcome> {
      running ??= runDailyOnce().finally(() => (running = undefined));
      return running;
    },
  };

  async function runDailyOnce(): Promise<DailyOutcome> {
    const { digest } = state.settings();
    if (!digest.enabled || !digest.robotUrl) return 'off';
    const moment = now();
    const today = localDate(moment);
    if (localTime(moment) < digest.time) return 'early';
    const daily = state.daily();
    const tried: DailyDigest = daily.day === today ? daily : { day: today, state: 'failed', attempts: 0, lastAttemptAt: '' };
    if (daily.day === today && (daily.state !== 'failed' || daily.attempts >= DAILY_ATTEMPTS)) return 'done';
    if (tried.lastAttemptAt && moment.getTime() - Date.parse(tried.lastAttemptAt) < DAILY_RETRY_MS) return 'waiting';
    // Recorded before sending: should the process die meanwhile, a restart does not send again at once.
    state.saveDaily({ ...tried, state: 'failed', attempts: tried.attempts + 1, lastAttemptAt: moment.toISOString() });
    const sent = await send(digest.robotUrl, today, false);
    if (sent) state.saveDaily({ ...state.daily(), state: 'sent' });
    return sent ? 'sent' : 'failed';
  }
}

export type RemindersService = ReturnType<typeof createRemindersService>;
