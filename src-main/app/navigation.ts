// Pure navigation rules of the window (no electron import, so tests can load it).

/** The app's own pages are served from this origin by the `app:` protocol (see app-protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://opsbench`;

/**
 * Sites the operator may open from the app (links in account cards, article sources): the
 * platforms OpsBench manages. They open in the system browser, never inside the window.
 */
export const EXTERNAL_ALLOW_LIST: readonly string[] = [
  'https://mp.weixin.qq.com',
  'https://weixin.qq.com',
  'https://channels.weixin.qq.com',
  'https://work.weixin.qq.com',
  'https://weibo.com',
  'https://www.douyin.com',
  'https://www.xiaohongshu.com',
];

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/**
 * electron-vite's dev server, trusted only while developing: a packaged app ignores the variable,
 * so nothing in the environment can make it load or trust another origin.
 */
export function devServerUrl(isPackaged: boolean, env: NodeJS.ProcessEnv): string | undefined {
  return isPackaged ? undefined : env.ELECTRON_RENDERER_URL || undefined;
}

/** Whether `url` is one of our own pages: the app: origin, or the dev server while developing. */
export function isAppUrl(url: string, devServer: string | undefined): boolean {
  if (url.startsWith(`${APP_ORIGIN}/`)) return true;
  const devOrigin = devServer ? originOf(devServer) : undefined;
  return devOrigin !== undefined && devOrigin !== 'null' && originOf(url) === devOrigin;
}

/** Whether `url` may be handed to the system browser. */
export function isExternalAllowed(url: string): boolean {
  const origin = originOf(url);
  return origin !== undefined && EXTERNAL_ALLOW_LIST.includes(origin);
}
