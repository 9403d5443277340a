import { z } from 'zod';
import { isIsoDate } from '../domain/dates';
import { isWecomRobotUrl } from '../domain/reminders/wecom-robot';
import { ItemStatus } from './calendar';
import { Id } from './common';
import { defineDomain, method } from './define';

// Reminders (issue 8), per device: desktop notifications when a push time or a draft's due date
// comes, and a daily 排期 digest posted to a WeChat Work group robot (企业微信群机器人).

const IsoDate = z.string('validation.required').refine(isIsoDate, 'validation.invalid');

/** A group robot's webhook: https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…, or '' for none. */
export const RobotUrl = z
  .string()
  .trim()
  .max(300, 'validation.tooLong')
  .refine((v) => v === '' || isWecomRobotUrl(v), 'validation.reminders.robotUrl');

/** 'HH:mm', 00:00–23:59. */
export const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.reminders.timeOfDay');

export const DigestSettings = z
  .object({
    enabled: z.boolean(),
    robotUrl: RobotUrl,
    /** When the digest goes out each day, local time. */
    time: TimeOfDay,
  })
  .refine((d) => !d.enabled || d.robotUrl !== '', { path: ['robotUrl'], message: 'validation.reminders.robotUrlNeeded' });
export type DigestSettings = z.infer<typeof DigestSettings>;

export const ReminderSettings = z.object({
  /** Desktop notifications of push times and due dates (the browser's or Electron's). */
  notifications: z.boolean(),
  digest: DigestSettings,
});
export type ReminderSettings = z.infer<typeof ReminderSettings>;

/** Why a digest did not reach the group: no answer (network, timeout), an HTTP error, or the robot's own errcode. */
export const DigestFailure = z.object({
  at: z.string(),
  kind: z.enum(['network', 'timeout', 'http', 'robot', 'internal']),
  /** The HTTP status, or the robot's `errcode: errmsg`, or the network error's message. */
  detail: z.string(),
});
export type DigestFailure = z.infer<typeof DigestFailure>;

export const DigestStatus = z.object({
  /** ISO time of the last digest that reached the group (the daily one or a test), '' for none. */
  lastSentAt: z.string(),
  /** The last failure, until a digest gets through again. */
  lastError: DigestFailure.nullable(),
});
export type DigestStatus = z.infer<typeof DigestStatus>;

export const Reminders = z.object({ settings: ReminderSettings, digest: DigestStatus });
export type Reminders = z.infer<typeof Reminders>;

/** What a reminder shows of an item, with its account's name. */
export const ReminderItem = z.object({
  id: Id,
  title: z.string(),
  accountName: z.string(),
  platform: z.string(),
  date: z.string(),
  time: z.string(),
  slot: z.number(),
  dueDate: z.string(),
  status: ItemStatus,
});

export const remindersContract = defineDomain('reminders', {
  get: method('The reminder settings of this device and how the last 排期 digest went.', z.object({}), Reminders),
  update: method('Changes the reminder settings (notifications on or off; the digest: on or off, robot address, time of day).', ReminderSettings.partial(), Reminders),
  sendTest: method(
    "Posts today's 排期 digest to a group robot now, marked as a test, and answers how it went (the failure is kept for 设置 too).",
    z.object({ robotUrl: RobotUrl.refine((v) => v !== '', 'validation.reminders.robotUrlNeeded') }),
    z.object({ sent: z.boolean(), reminders: Reminders }),
  ),
  upcoming: method(
    'Items with a push time on a day of the range (not yet published or cancelled) or a due date in it (still topic, writing or review), at most 7 days.',
    z.object({ from: IsoDate, to: IsoDate }).refine((r) => r.from <= r.to && Date.parse(r.to) - Date.parse(r.from) <= 6 * 86_400_000, { path: ['to'], message: 'validation.invalid' }),
    z.array(ReminderItem),
  ),
  markNotified: method(
    'Records reminders as shown on this device; answers those not shown before, so a reload or a second window never shows one twice.',
    z.object({ keys: z.array(z.string().min(1).max(200)).max(200) }),
    z.object({ fresh: z.array(z.string()) }),
  ),
});
