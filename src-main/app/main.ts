// Electron lifecycle only: data folder, back end, IPC, window — in that order (STYLE.md).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { openBackend, type Backend } from '../session/backend';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { prepareDataFolder } from './data-folder';
import { registerIpc } from './ipc';
import { devServerUrl, isAppUrl } from './navigation';
import { registerSavePdf } from './print-pdf';
import { electronPdfDeps } from './print-pdf-dialog';
import { createMainWindow, hardenWebContents, lockDownSession, preloadPath } from './window';

const mainDir = fileURLToPath(new URL('.', import.meta.url));

const dataDir = prepareDataFolder(app, process.argv, process.env);
const devServer = devServerUrl(app.isPackaged, process.env);
registerAppScheme();

let backend: Backend | undefined;
let disposeIpc: (() => void) | undefined;
let disposePdf: (() => void) | undefined;

function start(): void {
  try {
    backend = openBackend({ dataDir, program: 'OpsBench 桌面版', scheduleDigest: true, syncInBackground: true, appVersion: app.getVersion() });
  } catch (error) {
    dialog.showErrorBox('OpsBench 运营台', `无法打开数据 / Could not open the workspace in ${dataDir}\n\n${error instanceof Error ? error.message : String(error)}`);
    app.quit();
    return;
  }
  lockDownSession();
  serveRenderer(join(mainDir, '..', 'renderer'), dataDir);
  disposeIpc = registerIpc(
    ipcMain,
    backend,
    () => BrowserWindow.getAllWindows(),
    (url) => isAppUrl(url, devServer),
  );
  disposePdf = registerSavePdf(ipcMain, electronPdfDeps, (url) => isAppUrl(url, devServer));
  createMainWindow(preloadPath(mainDir), devServer);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win?.isMinimized()) win.restore();
    win?.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devServer));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (backend && BrowserWindow.getAllWindows().length === 0) createMainWindow(preloadPath(mainDir), devServer);
  });
  app.on('will-quit', () => {
    disposeIpc?.();
    disposePdf?.();
    backend?.close();
  });
  void app.whenReady().then(start);
}
