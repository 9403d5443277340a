import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isAppUrl } from '../../../src-main/app/navigation';
import { SAVE_PDF_CHANNEL } from '../../../src-main/app/preload-api';
import { pdfFileName, registerSavePdf, type PdfEventLike, type PdfIpcMainLike, type PdfSender, type SavePdfDeps } from '../../../src-main/app/print-pdf';

type Listener = (event: PdfEventLike, ...args: unknown[]) => Promise<unknown>;

const PDF = new TextEncoder().encode('%PDF-1.7 fake');

function setup(choice: string | null) {
  const handlers = new Map<string, Listener>();
  const ipcMain: PdfIpcMainLike = {
    handle: (channel, listener) => void handlers.set(channel, listener),
    removeHandler: (channel) => void handlers.delete(channel),
  };
  const printed: unknown[] = [];
  const sender: PdfSender = {
    async printToPDF(options) {
      printed.push(options);
      return PDF;
    },
  };
  const asked: string[] = [];
  const written: Array<[string, Uint8Array]> = [];
  const deps: SavePdfDeps = {
    async chooseFile(_sender, name) {
      asked.push(name);
      return choice;
    },
    async writeFile(path, data) {
      written.push([path, data]);
    },
  };
  const dispose = registerSavePdf(ipcMain, deps, (url) => isAppUrl(url, undefined));
  const invoke = (fileName: unknown, url = `${APP_ORIGIN}/index.html`) => handlers.get(SAVE_PDF_CHANNEL)!({ senderFrame: { url }, sender }, fileName);
  return { handlers, invoke, printed, asked, written, dispose };
}

describe('save as PDF (Electron)', () => {
  it('prints the asking page with its CSS page size into the file the operator picked', async () => {
    const { invoke, printed, asked, written } = setup('/home/op/排期表.pdf');
    expect(await invoke('华东分公司 排期表 2026-10')).toEqual({ ok: true, data: { saved: '/home/op/排期表.pdf' } });
    expect(asked).toEqual(['华东分公司 排期表 2026-10.pdf']);
    expect(printed).toEqual([{ preferCSSPageSize: true, printBackground: true }]);
    expect(written).toEqual([['/home/op/排期表.pdf', PDF]]);
  });

  it('prints and writes nothing when the operator cancels the save dialog', async () => {
    const { invoke, printed, written } = setup(null);
    expect(await invoke('排期表')).toEqual({ ok: true, data: { saved: null } });
    expect(printed).toEqual([]);
    expect(written).toEqual([]);
  });

  it('refuses a page that is not the app', async () => {
    const { invoke, asked } = setup('/tmp/x.pdf');
    const answer = (await invoke('x', 'https://evil.example/')) as { ok: boolean; error: { code: string } };
    expect(answer.ok).toBe(false);
    expect(answer.error.code).toBe('unauthorized');
    expect(asked).toEqual([]);
  });

  it('removes its handler when disposed', () => {
    const { handlers, dispose } = setup(null);
    expect([...handlers.keys()]).toEqual([SAVE_PDF_CHANNEL]);
    dispose();
    expect(handlers.size).toBe(0);
  });

  it('suggests a plain file name: no folders, no reserved characters, .pdf once', () => {
    expect(pdfFileName('../../etc/passwd')).toBe('etc passwd.pdf');
    expect(pdfFileName('排期表 2026-10.PDF')).toBe('排期表 2026-10.pdf');
    expect(pdfFileName('a:b*c?\u0000d')).toBe('a b c d.pdf');
    expect(pdfFileName(42)).toBe('OpsBench.pdf');
    expect(pdfFileName('   ')).toBe('OpsBench.pdf');
  });
});
