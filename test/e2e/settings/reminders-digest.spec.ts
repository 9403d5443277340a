import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callApi, startServer, type RunningServer } from '../../helpers/web-server';
import { startRobot, type StandInRobot } from '../../helpers/wecom-robot';
import { expect, test } from '../fixtures';

// 设置 → 提醒's daily 排期 digest: the group robot's address is checked as typed, saved with the
// time, and 「发送测试」 posts today's digest; a failure shows with its time and reason. The
// server is told to send to a stand-in robot on 127.0.0.1 (OPSBENCH_WECOM_ROBOT_ORIGIN); the
// address typed is a real robot's, as production requires.

const ROBOT_URL = 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa';

let robot: StandInRobot;
let server: RunningServer;
let dataDir: string;
test.beforeEach(async () => {
  robot = await startRobot();
  dataDir = mkdtempSync(join(tmpdir(), 'opsbench-e2e-'));
  server = await startServer(dataDir, { OPSBENCH_WECOM_ROBOT_ORIGIN: robot.origin });
});
test.afterEach(async () => {
  await server.stop();
  await robot.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('the digest is set up in 设置 → 提醒, a test reaches the group robot, and a refusal shows with its reason', async ({ page }) => {
  await callApi(server, 'workspace.loadDemo');
  await page.goto(`${server.url}#/settings`);
  const card = page.getByTestId('reminders-card');
  const url = card.getByTestId('reminders-robot-url');
  await expect(card.locator('.ant-form-item-explain-error')).toHaveCount(0);
  await url.fill('http://example.com/hook');
  await expect(card.locator('.ant-form-item-explain-error')).toHaveText('应为企业微信群机器人的 Webhook 地址：https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…');
  await url.fill(ROBOT_URL);
  await expect(card.locator('.ant-form-item-explain-error')).toHaveCount(0);
  await card.getByTestId('reminders-digest-enabled').click();
  await card.getByTestId('reminders-time').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('18:30');
  await page.keyboard.press('Enter');
  await card.getByTestId('reminders-save').click();
  await expect(page.getByText('已保存')).toBeVisible();
  await expect(card.getByTestId('reminders-digest-status')).toHaveText('还没有发送过');

  await card.getByTestId('reminders-test').click();
  await expect(page.getByText('测试消息已发到群里')).toBeVisible();
  await expect(card.getByTestId('reminders-digest-status')).toHaveText(/^上次发送：\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  const sent = robot.received.filter((m) => m.body.markdown.content.includes('（测试）'));
  expect(sent).toHaveLength(1);
  expect(sent[0]!.path).toBe('/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa');
  const content = sent[0]!.body.markdown.content;
  expect(content).toMatch(/^## 今日排期 · \d+月\d+日 周.（测试）\n/);
  expect(content).toMatch(/\n> 20:00 头条｜/);
  expect(content).toContain('华东分公司 · 运营台');

  robot.reply({ errcode: 93000, errmsg: 'invalid webhook url' });
  await card.getByTestId('reminders-test').click();
  await expect(card.getByTestId('reminders-digest-error')).toHaveText(/^发送失败（\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}）：群机器人拒绝了消息：93000: invalid webhook url$/);
  await expect(card.getByTestId('reminders-digest-status')).toContainText('上次发送：');

  // Saved on this device: a reload shows the address, the time and the failure.
  await page.reload();
  await expect(url).toHaveValue(ROBOT_URL);
  await expect(card.getByTestId('reminders-time')).toHaveValue('18:30');
  await expect(card.getByTestId('reminders-digest-enabled')).toBeChecked();
  await expect(card.getByTestId('reminders-digest-error')).toContainText('93000');
});
