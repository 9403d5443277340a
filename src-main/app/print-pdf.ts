import type { Envelope } from '../../src-shared/contract/define';
import { SAVE_PDF_CHANNEL } from './preload-api';

// Electron's save as PDF: the window printed with its print CSS (the calendar's 排期表 page: A4
// landscape, page numbers) into a file the operator picks. Browser mode has no such call: the
// browser's print dialog saves as PDF. Structural types instead of electron's, so tests drive it.

/** What printing needs of the page that asks: Electron's `webContents`. */
export interface PdfSender {
  printToPDF(options: { preferCSSPageSize: boolean; printBackground: boolean }): Promise<Uint8Array>;
}

export interface PdfEventLike {
  senderFrame: { url: string } | null;
  sender: PdfSender;
}

export interface PdfIpcMainLike {
  handle(channel: string, listener: (event: PdfEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface SavePdfDeps {
  /** Asks where to save (the system's save dialog, over the asking window); null when cancelled. */
  chooseFile(sender: PdfSender, suggestedName: string): Promise<string | null>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
}

/** The file name the page suggests, made safe for the save dialog: no folders, no control or reserved characters, `.pdf` at the end. */
export function pdfFileName(requested: unknown): string {
  const text = typeof requested === 'string' ? requested : '';
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const words = text.replace(/[\u0000-\u001f<>:"/\\|?*]+/g, ' ').split(/\s+/);
  // `..` and other words of dots alone name folders, not files.
  const base = words
    .filter((word) => word && !/^\.+$/.test(word))
    .join(' ')
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
  const name = base.replace(/\.pdf$/i, '').trim() || 'OpsBench';
  return `${name}.pdf`;
}

/**
 * Registers `app.savePdf`: asks where to save, prints the asking page to PDF and writes it.
 * Answers an envelope like every IPC call: `{saved: path}`, `{saved: null}` when cancelled.
 */
export function registerSavePdf(ipcMain: PdfIpcMainLike, deps: SavePdfDeps, isTrustedSender: (url: string) => boolean): () => void {
  ipcMain.handle(SAVE_PDF_CHANNEL, async (event, fileName): Promise<Envelope<{ saved: string | null }>> => {
    const url = event.senderFrame?.url ?? '';
    if (!isTrustedSender(url)) return { ok: false, error: { code: 'unauthorized', message: `IPC from an untrusted page refused: ${url || 'unknown frame'}` } };
    try {
      const path = await deps.chooseFile(event.sender, pdfFileName(fileName));
      if (!path) return { ok: true, data: { saved: null } };
      const pdf = await event.sender.printToPDF({ preferCSSPageSize: true, printBackground: true });
      await deps.writeFile(path, pdf);
      return { ok: true, data: { saved: path } };
    } catch (error) {
      return { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
    }
  });
  return () => ipcMain.removeHandler(SAVE_PDF_CHANNEL);
}
