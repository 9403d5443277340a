import type { DigestFailure } from '../../../src-shared/contract/reminders';
import { WECOM_ROBOT_ORIGIN } from '../../../src-shared/domain/reminders/wecom-robot';

// Posts a markdown message to a WeChat Work group robot and reads its answer. A robot answers
// HTTP 200 with {"errcode":0,"errmsg":"ok"}, or an errcode (93000: invalid webhook url, 45009:
// sent too often …), so the body decides, not the status alone.

export const ROBOT_TIMEOUT_MS = 10_000;

export interface RobotOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  /**
   * Where requests go instead of https://qyapi.weixin.qq.com, for tests: an `http://127.0.0.1:<port>`
   * stand-in robot. Anything else is ignored, so no setting can send the key elsewhere.
   */
  origin?: string;
}

/** A loopback origin, or undefined: the only override the client takes. */
export function loopbackOrigin(text: string | undefined): string | undefined {
  if (!text) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' && url.hostname === '127.0.0.1' && url.pathname === '/' && !url.search ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

export type RobotAnswer = { ok: true } | { ok: false; failure: Omit<DigestFailure, 'at'> };

export async function postToRobot(robotUrl: string, content: string, options: RobotOptions = {}): Promise<RobotAnswer> {
  const origin = loopbackOrigin(options.origin);
  const target = origin ? robotUrl.replace(WECOM_ROBOT_ORIGIN, origin) : robotUrl;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ msgtype: 'markdown', markdown: { content } }),
      signal: AbortSignal.timeout(options.timeoutMs ?? ROBOT_TIMEOUT_MS),
      redirect: 'error',
    });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') return { ok: false, failure: { kind: 'timeout', detail: '' } };
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { ok: false, failure: { kind: 'network', detail: cause?.code ?? cause?.message ?? (error as Error).message } };
  }
  if (!response.ok) return { ok: false, failure: { kind: 'http', detail: String(response.status) } };
  const answer = (await response.json().catch(() => null)) as { errcode?: unknown; errmsg?: unknown } | null;
  if (answer?.errcode === 0) return { ok: true };
  return { ok: false, failure: { kind: 'robot', detail: answer ? `${String(answer.errcode)}: ${String(answer.errmsg ?? '')}` : 'not JSON' } };
}
