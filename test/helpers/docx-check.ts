import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import validate from '@ooxml-tools/validate';
import { unzipSync } from 'fflate';

// What a .docx must be before anyone opens it: a zip whose XML parts are well-formed (xmllint)
// and that the OOXML schema accepts (the Open XML SDK's validator, compiled to WebAssembly), and,
// where LibreOffice is installed, a document it lays out as PDF whose text can be read back.

const has = (program: string) => spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;
export const TOOLS = { xmllint: has('xmllint'), soffice: has('soffice'), pdftotext: has('pdftotext'), pandoc: has('pandoc') };

/** The .docx's parts by name. */
export const docxParts = (bytes: Uint8Array): Record<string, Uint8Array> => unzipSync(bytes);

/** The XML parts xmllint rejects, with its complaint. */
export function malformedXmlParts(bytes: Uint8Array): string[] {
  return Object.entries(docxParts(bytes))
    .filter(([name]) => /\.(xml|rels)$/.test(name))
    .flatMap(([name, part]) => {
      const check = spawnSync('xmllint', ['--noout', '-'], { input: part, encoding: 'utf8' });
      return check.status === 0 ? [] : [`${name}: ${check.stderr.trim()}`];
    });
}

/** The schema errors of the Office 2019 rules (an empty list: valid). */
export async function schemaErrors(bytes: Uint8Array): Promise<string[]> {
  const errors = await validate(bytes, 'docx', 'Office2019');
  return errors.map((error) => `${error.path.partUri} ${error.path.xpath}: ${error.description}`);
}

/** The PDF's text, laid out (`pdftotext -layout`), so a table row stays one line. */
export function pdfText(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'opsbench-pdftext-'));
  try {
    const file = join(dir, 'plan.pdf');
    writeFileSync(file, pdf);
    const run = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, join(dir, 'plan.txt')], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
    return readFileSync(join(dir, 'plan.txt'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
