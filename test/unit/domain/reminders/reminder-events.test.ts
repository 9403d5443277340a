import { describe, expect, it, vi } from 'vitest';
import { dueEvents, reminderEvents, type ReminderItem } from '../../../../src-shared/domain/reminders/reminder-events';
import { isWecomRobotUrl } from '../../../../src-shared/domain/reminders/wecom-robot';
import { startDigestSchedule } from '../../../../src-main/services/reminders/digest-schedule';
import { loopbackOrigin } from '../../../../src-main/services/reminders/wecom-robot-client';

const item = (fields: Partial<ReminderItem>): ReminderItem => ({
  id: 'i1',
  title: '周末去哪儿',
  accountName: '悦汇·上海生活',
  platform: 'wechat_subscription',
  date: '',
  time: '',
  slot: 1,
  dueDate: '',
  status: 'scheduled',
  ...fields,
});

describe('reminder events', () => {
  it('has a push event for a timed item not yet out and a due event for a draft with a due date', () => {
    const events = reminderEvents([
      item({ id: 'a', date: '2026-12-15', time: '10:01' }),
      item({ id: 'b', date: '2026-12-15', time: '20:00', status: 'published' }),
      item({ id: 'c', date: '2026-12-17', time: '', dueDate: '2026-12-15', status: 'writing' }),
      item({ id: 'd', date: '2026-12-17', dueDate: '2026-12-15', status: 'approved' }),
    ]);
    expect(events.map((e) => [e.key, e.at])).toEqual([
      ['push:a:2026-12-15 10:01', '2026-12-15 10:01'],
      ['due:c:2026-12-15', '2026-12-15 09:00'],
    ]);
  });

  it('is due from its time: a push for half an hour, a due date all its day', () => {
    const events = reminderEvents([item({ id: 'a', date: '2026-12-15', time: '10:01' }), item({ id: 'c', dueDate: '2026-12-15', status: 'review' })]);
    const keys = (now: string, since: string) => dueEvents(events, now, since).map((e) => e.key);
    expect(keys('2026-12-15 08:59', '2026-12-15 08:29')).toEqual([]);
    expect(keys('2026-12-15 10:00', '2026-12-15 09:30')).toEqual(['due:c:2026-12-15']);
    expect(keys('2026-12-15 10:01', '2026-12-15 09:31')).toEqual(['push:a:2026-12-15 10:01', 'due:c:2026-12-15']);
    expect(keys('2026-12-15 10:40', '2026-12-15 10:10')).toEqual(['due:c:2026-12-15']);
    expect(keys('2026-12-16 09:00', '2026-12-16 08:30')).toEqual([]);
  });
});

describe('the group robot address', () => {
  it('is a real robot’s, and the test override is loopback only', () => {
    expect(isWecomRobotUrl('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa')).toBe(true);
    expect(isWecomRobotUrl('https://user:pw@qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6')).toBe(false);
    expect(isWecomRobotUrl('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6#x')).toBe(false);
    expect(isWecomRobotUrl('not a url')).toBe(false);
    expect(loopbackOrigin('http://127.0.0.1:4567')).toBe('http://127.0.0.1:4567');
    for (const origin of ['http://example.com', 'https://127.0.0.1:4567', 'http://localhost:4567', 'http://127.0.0.1:4567/path', undefined, '']) expect(loopbackOrigin(origin), String(origin)).toBeUndefined();
  });
});

describe('the digest schedule', () => {
  it('looks shortly after start, to catch up a day missed, then every minute, until stopped', () => {
    vi.useFakeTimers();
    const runDaily = vi.fn(() => Promise.resolve('off' as const));
    const stop = startDigestSchedule({ runDaily });
    vi.advanceTimersByTime(5_000);
    expect(runDaily).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000 * 3);
    expect(runDaily).toHaveBeenCalledTimes(4);
    stop();
    vi.advanceTimersByTime(60_000 * 3);
    expect(runDaily).toHaveBeenCalledTimes(4);
    vi.useRealTimers();
  });
});
