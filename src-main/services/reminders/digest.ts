import { hasPushSlots } from '../../../src-shared/domain/calendar/slots';
import { weekdayOf } from '../../../src-shared/domain/dates';
import type { ReminderItem } from '../../../src-shared/domain/reminders/reminder-events';
import { WECOM_MARKDOWN_MAX_BYTES } from '../../../src-shared/domain/reminders/wecom-robot';
import { translate, type MessageKey, type MessageParams } from '../../../src-shared/i18n';
import { platformLabel, slotLabel, statusLabel } from '../calendar/labels';

// The daily 排期 digest as the group reads it: today's pushes by account with time and slot,
// the drafts due today, how many are overdue. In Chinese, whatever this device's UI language:
// it goes to a Chinese team's group.

const LANGUAGE = 'zh-CN';
const say = (key: MessageKey, params?: MessageParams) => translate(LANGUAGE, key, params);
/** Room kept under the robot's limit for the lines that close the message. */
const CLOSING_BYTES = 400;

export interface DigestDay {
  day: string;
  workspace: string;
  pushes: readonly ReminderItem[];
  due: readonly ReminderItem[];
  overdue: number;
  test?: boolean;
}

/** 头条, 次条 …; nothing off WeChat. */
const slotWord = (item: ReminderItem) => (hasPushSlots(item.platform) ? slotLabel(item.slot) : '');

function pushLine(item: ReminderItem): string {
  const when = item.time || say('reminders.digest.message.noTime');
  const done = item.status === 'published' ? `（${statusLabel('published')}）` : '';
  return `> ${[when, slotWord(item)].filter(Boolean).join(' ')}｜${item.title}${done}`;
}

/** The digest's markdown, at most the robot's 4096 bytes: lines past the limit are counted instead. */
export function composeDigest({ day, workspace, pushes, due, overdue, test }: DigestDay): string {
  const date = say('reminders.digest.message.date', { month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)), weekday: say(`calendar.weekday.${weekdayOf(day)}` as MessageKey) });
  const head = [`## ${say('reminders.digest.message.title', { date })}${test ? say('reminders.digest.message.test') : ''}`];
  const body: string[] = [];
  let account = '';
  for (const item of pushes) {
    const heading = `**${item.accountName}** ${platformLabel(item.platform)}`;
    if (heading !== account) body.push((account = heading));
    body.push(pushLine(item));
  }
  if (pushes.length === 0) body.push(say('reminders.digest.message.none'));
  if (due.length > 0) {
    body.push(`**${say('reminders.digest.message.due', { count: due.length })}**`);
    for (const item of due) body.push(`> ${item.accountName}｜${item.title}（${statusLabel(item.status)}）`);
  }
  const closing = [
    ...(overdue > 0 ? [`<font color="warning">${say('reminders.digest.message.overdue', { count: overdue })}</font>`] : []),
    `<font color="comment">${say('reminders.digest.message.footer', { workspace })}</font>`,
  ];

  const bytes = (lines: readonly string[]) => Buffer.byteLength(lines.join('\n'), 'utf8');
  const kept = [...head];
  let dropped = 0;
  for (const line of body) {
    if (dropped === 0 && bytes([...kept, line]) <= WECOM_MARKDOWN_MAX_BYTES - CLOSING_BYTES) kept.push(line);
    else if (line.startsWith('> ')) dropped++;
  }
  if (dropped > 0) kept.push(say('reminders.digest.message.more', { count: dropped }));
  return [...kept, ...closing].join('\n');
}
