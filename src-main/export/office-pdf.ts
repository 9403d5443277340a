import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

// A .docx as PDF through LibreOffice, headless, where it is installed: the one converter that
// lays out Word documents faithfully and that an operator's PC may already have. Each conversion
// runs with a throwaway profile (-env:UserInstallation) in its own temp folder, so it neither
// waits for nor disturbs a LibreOffice the operator has open, and everything it wrote is removed.

/** LibreOffice refuses nothing quickly: a hung conversion is killed after this long. */
export const OFFICE_PDF_TIMEOUT_MS = 120_000;

const PROGRAMS = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];

/** Where the installers put it when it is not on PATH (it usually is not on Windows and macOS). */
function usualInstallPaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') return ['/Applications/LibreOffice.app/Contents/MacOS/soffice'];
  if (platform === 'win32') {
    const roots = [env.ProgramFiles, env['ProgramFiles(x86)'], env.ProgramW6432, 'C:\\Program Files', 'C:\\Program Files (x86)'].filter((root): root is string => !!root);
    return roots.map((root) => join(root, 'LibreOffice', 'program', 'soffice.exe'));
  }
  return ['/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice', '/snap/bin/libreoffice'];
}

function executable(path: string): boolean {
  try {
    accessSync(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The LibreOffice program (`soffice`), or undefined where it is not installed. */
export function findOffice(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
  const onPath = (env.PATH ?? env.Path ?? '')
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => PROGRAMS.map((program) => join(dir, program)));
  return [...onPath, ...usualInstallPaths(platform, env)].find(executable);
}

export class OfficePdfError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OfficePdfError';
  }
}

function run(program: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // Its own process group on POSIX: `soffice` is a launcher whose soffice.bin child does the work, and a timeout must stop both.
    const ownGroup = process.platform !== 'win32';
    const child = spawn(program, args, { stdio: ['ignore', 'ignore', 'pipe'], windowsHide: true, detached: ownGroup });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-2000)));
    const timer = setTimeout(() => {
      try {
        if (ownGroup && child.pid) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
      reject(new OfficePdfError(`LibreOffice did not finish within ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new OfficePdfError(`LibreOffice could not be started: ${error.message}`));
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new OfficePdfError(`LibreOffice failed (exit ${code}): ${stderr.trim()}`));
    });
  });
}

/** Converts .docx bytes to PDF bytes with `office` (findOffice's answer). */
export async function docxToPdf(office: string, docx: Uint8Array, timeoutMs = OFFICE_PDF_TIMEOUT_MS): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'opsbench-pdf-'));
  try {
    const input = join(dir, 'plan.docx');
    writeFileSync(input, docx);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    await run(office, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'pdf', '--outdir', dir, input], timeoutMs);
    try {
      return readFileSync(join(dir, 'plan.pdf'));
    } catch {
      throw new OfficePdfError('LibreOffice wrote no PDF');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  }
}
