import { join } from 'node:path';
import { BrowserWindow, session, shell, type WebContents } from 'electron';
import { APP_ORIGIN, isAppUrl, isExternalAllowed } from './navigation';

/** Permissions the page may have: clipboard writes and the reminders' desktop notifications; everything else (camera, geolocation …) is refused. */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write', 'notifications']);

/**
 * Navigation and pop-ups are blocked for every web contents, whatever created it: our pages stay
 * ours, and allow-listed links open in the system browser.
 */
export function hardenWebContents(contents: WebContents, devServer: string | undefined): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, devServer)) return;
    event.preventDefault();
    if (isExternalAllowed(url)) void shell.openExternal(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devServer)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalAllowed(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

export function lockDownSession(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(ALLOWED_PERMISSIONS.has(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));
}

/** The main window; `preloadFile` is out/preload/preload.cjs; `devServer` only while developing (navigation.ts). */
export function createMainWindow(preloadFile: string, devServer: string | undefined): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'OpsBench 运营台',
    webPreferences: {
      preload: preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      // A middle click would otherwise open a link as a new window (denied anyway, see above).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  void (devServer ? win.loadURL(devServer) : win.loadURL(`${APP_ORIGIN}/index.html`));
  return win;
}

export function preloadPath(mainDir: string): string {
  return join(mainDir, '..', 'preload', 'preload.cjs');
}
