// 企业微信群机器人 (a WeChat Work group robot): a group's robot is posted to at
// https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=<key> with
// {"msgtype":"markdown","markdown":{"content":"…"}} and answers {"errcode":0,"errmsg":"ok"}.
// Source: https://developer.work.weixin.qq.com/document/path/91770

export const WECOM_ROBOT_ORIGIN = 'https://qyapi.weixin.qq.com';
export const WECOM_ROBOT_PATH = '/cgi-bin/webhook/send';
/** The robot refuses markdown content over 4096 bytes (UTF-8). */
export const WECOM_MARKDOWN_MAX_BYTES = 4096;

const KEY = /^[A-Za-z0-9-]{8,64}$/;

/** Whether `text` is a group robot's webhook address: https, WeChat Work's host, the robot's path and a key, nothing else. */
export function isWecomRobotUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  const params = [...url.searchParams.keys()];
  return (
    url.origin === WECOM_ROBOT_ORIGIN &&
    url.port === '' &&
    url.username === '' &&
    url.password === '' &&
    url.pathname === WECOM_ROBOT_PATH &&
    url.hash === '' &&
    params.length === 1 &&
    KEY.test(url.searchParams.get('key') ?? '')
  );
}
