import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A stand-in for a WeChat Work group robot (企业微信群机器人) on 127.0.0.1: it keeps what it is
// sent and answers as it is told, {"errcode":0,"errmsg":"ok"} unless told otherwise.

export interface RobotMessage {
  path: string;
  body: { msgtype: string; markdown: { content: string } };
}

export type RobotReply = { errcode: number; errmsg: string } | { status: number } | 'hang';

export interface StandInRobot {
  /** http://127.0.0.1:<port>, what the back end sends to instead of https://qyapi.weixin.qq.com. */
  origin: string;
  received: RobotMessage[];
  /** How the robot answers from now on. */
  reply(next: RobotReply): void;
  close(): Promise<void>;
}

export async function startRobot(): Promise<StandInRobot> {
  const received: RobotMessage[] = [];
  let answer: RobotReply = { errcode: 0, errmsg: 'ok' };
  const hanging = new Set<ServerResponse>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => {
      received.push({ path: req.url ?? '', body: JSON.parse(text) as RobotMessage['body'] });
      if (answer === 'hang') return void hanging.add(res);
      if ('status' in answer) return void res.writeHead(answer.status).end('bad gateway');
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    reply: (next) => void (answer = next),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
