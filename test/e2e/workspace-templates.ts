import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

// Demo workspaces written once per run and copied into each test's fresh data folder.
// Loading the demo through the API costs a second or more of the back end's CPU per test (and
// many times that on a loaded machine); a copy of the same file costs milliseconds. Each
// template is written by the built `opsbench demo --today <day>` (the same loadDemo, small
// scale, seed 1, as `workspace.loadDemo`), so it always follows the current demo and schema.

const run = promisify(execFile);

/** The day the specs load the demo around, so their fixed dates (October 2026 and after) keep their meaning whatever the day they run. */
export const DEMO_TODAY = '2026-10-08';

/** Where this run's templates live: a new folder per run (made by the global setup), so a template never outlives the build that wrote it. */
export const TEMPLATES_ENV = 'OPSBENCH_E2E_TEMPLATES';

export function newTemplatesRoot(): string {
  const made = mkdtempSync(join(tmpdir(), 'opsbench-e2e-templates-'));
  process.env[TEMPLATES_ENV] = made;
  return made;
}

function templatesRoot(): string {
  return process.env[TEMPLATES_ENV] ?? newTemplatesRoot();
}

/** Writes the demo around `today` into the run's templates, unless there already. Two workers may race: each writes its own folder and the first rename wins. */
export async function ensureDemoTemplate(today: string): Promise<string> {
  const root = templatesRoot();
  const target = join(root, `demo-${today}`);
  if (existsSync(target)) return target;
  const scratch = mkdtempSync(join(root, `.writing-${today}-`));
  await run(process.execPath, [join(process.cwd(), 'bin', 'opsbench.js'), 'demo', '--data-dir', scratch, '--today', today], { timeout: 300_000 });
  try {
    renameSync(scratch, target);
  } catch (error) {
    // Another worker finished first: its template is the same demo.
    if (!existsSync(target)) throw error;
    rmSync(scratch, { recursive: true, force: true });
  }
  return target;
}

/** Copies the demo around `today` into an empty data folder (the server is not running on it yet). */
export async function copyDemoInto(dataDir: string, today: string): Promise<void> {
  cpSync(await ensureDemoTemplate(today), dataDir, { recursive: true });
}
