import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { docxToPdf, findOffice, OfficePdfError } from '../../../src-main/export/office-pdf';

// LibreOffice stands in as small shell scripts: one that writes a PDF where soffice would, one
// that fails, one that hangs. What matters is what the operator notices: a PDF, a reason, no wait
// forever, and no temp files left behind.

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function fakeOffice(body: string): { dir: string; program: string } {
  const dir = mkdtempSync(join(tmpdir(), 'fake-office-'));
  dirs.push(dir);
  const program = join(dir, 'soffice');
  writeFileSync(program, `#!/bin/sh\n${body}\n`);
  chmodSync(program, 0o755);
  return { dir, program };
}

const leftovers = () => readdirSync(tmpdir()).filter((name) => name.startsWith('opsbench-pdf-'));

describe.skipIf(process.platform === 'win32')('LibreOffice PDF conversion (skipped on Windows: the stand-ins are shell scripts)', () => {
  it('finds soffice on PATH, and nothing where there is none', () => {
    const { dir, program } = fakeOffice('exit 0');
    expect(findOffice({ PATH: dir }, 'linux')).toBe(program);
    expect(findOffice({ PATH: '' }, 'darwin')).toBeUndefined();
  });

  it('converts with a throwaway profile and removes its temp folder', async () => {
    const before = leftovers();
    // Writes "<outdir>/plan.pdf" and records its profile argument beside it.
    const { program } = fakeOffice('case "$1" in -env:UserInstallation=file://*) ;; *) exit 3 ;; esac\nwhile [ "$1" != "--outdir" ]; do shift; done\nprintf "%%PDF-1.7 fake" > "$2/plan.pdf"');
    const pdf = await docxToPdf(program, new Uint8Array([1, 2, 3]));
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 fake');
    expect(leftovers()).toEqual(before);
  });

  it('says why when LibreOffice fails, and stops one that hangs', async () => {
    const failing = fakeOffice('echo "source file could not be loaded" >&2; exit 1');
    await expect(docxToPdf(failing.program, new Uint8Array([1]))).rejects.toThrow(/source file could not be loaded/);
    const hanging = fakeOffice('exec sleep 30');
    const started = performance.now();
    await expect(docxToPdf(hanging.program, new Uint8Array([1]), 300)).rejects.toBeInstanceOf(OfficePdfError);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
