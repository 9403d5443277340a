import { afterEach, describe, expect, it } from 'vitest';
import { hasPushSlots } from '../../../src-shared/domain/calendar/slots';
import { failureOf, openTestBackend, tempDataDir } from '../../helpers/backend';
import { startRobot, type StandInRobot } from '../../helpers/wecom-robot';

// The daily 排期 digest posted to a WeChat Work group robot, against a stand-in robot on
// 127.0.0.1 (the back end's `origin` override; the address itself stays a real robot's).

const ROBOT_URL = 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa';
const TODAY = '2026-12-01';

let robot: StandInRobot;
afterEach(async () => robot?.close());

/** A back end on `dataDir` whose clock reads `clock.now` and whose robot is the stand-in. */
function backendAt(dataDir: string, clock: { now: Date }, timeoutMs?: number) {
  return openTestBackend({ dataDir, reminders: { now: () => clock.now, origin: robot.origin, timeoutMs } });
}

const at = (day: string, time: string) => new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), Number(time.slice(0, 2)), Number(time.slice(3, 5)));

describe('the daily 排期 digest', () => {
  it("lists today's pushes by account with time and slot, the drafts due today and the overdue count, in Chinese", async () => {
    robot = await startRobot();
    const clock = { now: at(TODAY, '08:30') };
    const backend = backendAt(tempDataDir(), clock);
    const { api } = backend;
    await api.workspace.loadDemo({ today: TODAY });
    await api.reminders.update({ digest: { enabled: true, robotUrl: ROBOT_URL, time: '09:00' } });
    clock.now = at(TODAY, '09:00');
    const service = (await api.accounts.list({})).find((a) => a.platform === 'wechat_service')!;
    await api.calendar.createItem({ accountId: service.id, date: TODAY, time: '12:30', slot: 1, title: '会员日午间快讯', status: 'scheduled' });
    await api.calendar.createItem({ accountId: service.id, date: '2026-12-05', dueDate: TODAY, title: '周末活动预告初稿', status: 'writing' });

    expect(await backend.reminders.runDaily()).toBe('sent');
    expect(robot.received).toHaveLength(1);
    const [message] = robot.received;
    expect(message!.path).toBe('/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa');
    expect(message!.body.msgtype).toBe('markdown');
    const content = message!.body.markdown.content;
    expect(content.split('\n')[0]).toBe('## 今日排期 · 12月1日 周二');
    expect(Buffer.byteLength(content)).toBeLessThanOrEqual(4096);

    const accounts = new Map((await api.accounts.list({})).map((a) => [a.id, a]));
    const attention = await api.calendar.attention({ today: TODAY });
    expect(attention.today.length).toBeGreaterThan(1);
    for (const item of attention.today) {
      const account = accounts.get(item.accountId)!;
      const slot = hasPushSlots(account.platform) ? (['头条', '次条'][item.slot - 1] ?? `第${item.slot}条`) : '';
      expect(content).toContain(`> ${[item.time || '时间未定', slot].filter(Boolean).join(' ')}｜${item.title}`);
      expect(content).toContain(`**${account.name}** `);
    }
    expect(content).toContain('> 12:30 头条｜会员日午间快讯');
    // The pushes come under their account's heading.
    expect(content.indexOf(`**${service.name}** 服务号`)).toBeLessThan(content.indexOf('会员日午间快讯'));
    expect(content).toMatch(/\*\*今日截稿 \d+ 篇\*\*/);
    expect(content).toContain(`> ${service.name}｜周末活动预告初稿（撰写中）`);
    expect(content).toContain(`逾期稿件 ${attention.overdueTotal} 篇`);
    expect(content).toContain('华东分公司 · 运营台');

    const { digest } = await api.reminders.get({});
    expect(digest).toEqual({ lastSentAt: clock.now.toISOString(), lastError: null });
  });

  it('goes out once a day at its time, catches up once when the app opens after it, and never twice the same day', async () => {
    robot = await startRobot();
    const dataDir = tempDataDir();
    const clock = { now: at(TODAY, '08:00') };
    let backend = backendAt(dataDir, clock);
    await backend.api.workspace.loadDemo({ today: TODAY });
    await backend.api.reminders.update({ digest: { enabled: true, robotUrl: ROBOT_URL, time: '09:00' } });
    expect(await backend.reminders.runDaily()).toBe('early');
    clock.now = at(TODAY, '09:00');
    expect(await backend.reminders.runDaily()).toBe('sent');
    clock.now = at(TODAY, '09:01');
    expect(await backend.reminders.runDaily()).toBe('done');

    // A restart the same day sends nothing more.
    backend.close();
    clock.now = at(TODAY, '15:00');
    backend = backendAt(dataDir, clock);
    expect(await backend.reminders.runDaily()).toBe('done');
    expect(robot.received).toHaveLength(1);

    // Closed at 09:00 the next day: the app sends that day's digest once when it opens.
    backend.close();
    clock.now = at('2026-12-02', '14:20');
    backend = backendAt(dataDir, clock);
    expect(await backend.reminders.runDaily()).toBe('sent');
    expect(await backend.reminders.runDaily()).toBe('done');
    expect(robot.received).toHaveLength(2);
    expect(robot.received[1]!.body.markdown.content).toMatch(/^## 今日排期 · 12月2日 周三\n/);
  });

  it('set up after its time, it starts the next day rather than at once', async () => {
    robot = await startRobot();
    const clock = { now: at(TODAY, '15:00') };
    const backend = backendAt(tempDataDir(), clock);
    await backend.api.reminders.update({ digest: { enabled: true, robotUrl: ROBOT_URL, time: '09:00' } });
    expect(await backend.reminders.runDaily()).toBe('done');
    clock.now = at('2026-12-02', '09:00');
    expect(await backend.reminders.runDaily()).toBe('sent');
    expect(robot.received).toHaveLength(1);
  });

  it('reports a failure (the robot’s errcode, an HTTP error, no answer, no robot) with its time, until one gets through', async () => {
    robot = await startRobot();
    const clock = { now: at(TODAY, '10:00') };
    const backend = backendAt(tempDataDir(), clock, 300);
    const { api } = backend;

    robot.reply({ errcode: 93000, errmsg: 'invalid webhook url, hint: [1733045400]' });
    let answer = await api.reminders.sendTest({ robotUrl: ROBOT_URL });
    expect(answer).toMatchObject({ sent: false, reminders: { digest: { lastSentAt: '', lastError: { kind: 'robot', detail: '93000: invalid webhook url, hint: [1733045400]', at: clock.now.toISOString() } } } });
    expect(robot.received[0]!.body.markdown.content.split('\n')[0]).toBe('## 今日排期 · 12月1日 周二（测试）');

    robot.reply({ status: 502 });
    answer = await api.reminders.sendTest({ robotUrl: ROBOT_URL });
    expect(answer.reminders.digest.lastError).toMatchObject({ kind: 'http', detail: '502' });

    robot.reply('hang');
    answer = await api.reminders.sendTest({ robotUrl: ROBOT_URL });
    expect(answer.reminders.digest.lastError).toMatchObject({ kind: 'timeout' });

    robot.reply({ errcode: 0, errmsg: 'ok' });
    clock.now = at(TODAY, '10:05');
    answer = await api.reminders.sendTest({ robotUrl: ROBOT_URL });
    expect(answer).toMatchObject({ sent: true, reminders: { digest: { lastSentAt: clock.now.toISOString(), lastError: null } } });

    await robot.close();
    answer = await api.reminders.sendTest({ robotUrl: ROBOT_URL });
    expect(answer.reminders.digest).toMatchObject({ lastSentAt: clock.now.toISOString(), lastError: { kind: 'network' } });
  });

  it('tries a failed daily digest again ten minutes later, three times at most', async () => {
    robot = await startRobot();
    const clock = { now: at(TODAY, '08:00') };
    const backend = backendAt(tempDataDir(), clock);
    await backend.api.reminders.update({ digest: { enabled: true, robotUrl: ROBOT_URL, time: '09:00' } });
    robot.reply({ errcode: 45009, errmsg: 'api freq out of limit' });
    const outcomes: string[] = [];
    for (const time of ['09:00', '09:05', '09:10', '09:20', '09:30', '10:00']) {
      clock.now = at(TODAY, time);
      outcomes.push(await backend.reminders.runDaily());
    }
    expect(outcomes).toEqual(['failed', 'waiting', 'failed', 'failed', 'done', 'done']);
    expect(robot.received).toHaveLength(3);
    expect((await backend.api.reminders.get({})).digest.lastError).toMatchObject({ kind: 'robot', detail: '45009: api freq out of limit' });
  });

  it('takes only a real group robot’s address: https, qyapi.weixin.qq.com, its path and a key', async () => {
    robot = await startRobot();
    const { api } = backendAt(tempDataDir(), { now: at(TODAY, '08:00') });
    for (const robotUrl of [
      'http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx',
      `${robot.origin}/cgi-bin/webhook/send?key=693a91f6-7xxx`,
      'https://qyapi.weixin.qq.com.evil.cn/cgi-bin/webhook/send?key=693a91f6-7xxx',
      'https://qyapi.weixin.qq.com:8443/cgi-bin/webhook/send?key=693a91f6-7xxx',
      'https://qyapi.weixin.qq.com/cgi-bin/webhook/send',
      'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx&debug=1',
      'https://qyapi.weixin.qq.com/cgi-bin/other?key=693a91f6-7xxx',
    ]) {
      expect(await failureOf(api.reminders.update({ digest: { enabled: true, robotUrl, time: '09:00' } })), robotUrl).toMatchObject({
        issues: [{ path: ['digest', 'robotUrl'], message: 'validation.reminders.robotUrl' }],
      });
    }
    expect(await failureOf(api.reminders.update({ digest: { enabled: true, robotUrl: '', time: '09:00' } }))).toMatchObject({ issues: [{ path: ['digest', 'robotUrl'], message: 'validation.reminders.robotUrlNeeded' }] });
    expect(await failureOf(api.reminders.update({ digest: { enabled: false, robotUrl: '', time: '9:00' } }))).toMatchObject({ issues: [{ path: ['digest', 'time'], message: 'validation.reminders.timeOfDay' }] });
    expect(await failureOf(api.reminders.sendTest({ robotUrl: '' }))).toMatchObject({ issues: [{ message: 'validation.reminders.robotUrlNeeded' }] });
    expect(robot.received).toHaveLength(0);
    expect((await api.reminders.update({ digest: { enabled: false, robotUrl: ` ${ROBOT_URL} `, time: '18:30' } })).settings.digest).toEqual({ enabled: false, robotUrl: ROBOT_URL, time: '18:30' });
  });
});
