import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, type WebContents } from 'electron';
import type { PdfSender, SavePdfDeps } from './print-pdf';

/** Save as PDF's Electron side: the system's save dialog over the asking window, in the documents folder. */
export const electronPdfDeps: SavePdfDeps = {
  async chooseFile(sender: PdfSender, suggestedName: string) {
    const options = { defaultPath: join(app.getPath('documents'), suggestedName), filters: [{ name: 'PDF', extensions: ['pdf'] }] };
    const win = BrowserWindow.fromWebContents(sender as WebContents);
    const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  writeFile: (path, data) => writeFile(path, data),
};
