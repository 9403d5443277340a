import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

// The real `opsbench hq …` (the built program), as HQ's IT runs it, for the sync screens' e2e.

const bin = join(process.cwd(), 'bin', 'opsbench.js');
const env = { ...process.env, LANG: '', LC_ALL: '', LC_MESSAGES: '', OPSBENCH_HQ_DATA_DIR: '' };

/** Runs one `opsbench hq …` command to its end; resolves with its output, rejects when it fails. */
export function hqCommand(args: string[]): Promise<string> {
  const child = spawn(process.execPath, [bin, 'hq', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done, fail) => child.once('exit', (code) => (code === 0 ? done(stdout) : fail(new Error(`opsbench hq ${args.join(' ')} exited with ${code}: ${stderr}`)))));
}

/** A new subsidiary on a stopped HQ (PGlite holds its folder alone); its enrolment code is the last line. */
export async function addTenant(dataDir: string, name: string): Promise<string> {
  return (await hqCommand(['tenant', 'add', name, '--data-dir', dataDir])).trimEnd().split('\n').at(-1)!;
}

export interface RunningHq {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Starts `hq serve` (a free port unless `port`), resolving once it prints its ready line. */
export function serveHq(dataDir: string, { port = 0, minAppVersion }: { port?: number; minAppVersion?: string } = {}): Promise<RunningHq> {
  const args = ['serve', '--port', String(port), '--data-dir', dataDir, ...(minAppVersion ? ['--min-app-version', minAppVersion] : [])];
  const child: ChildProcess = spawn(process.execPath, [bin, 'hq', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((ready, fail) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^OpsBench HQ ready: (http:\/\/\S+)$/.exec(line);
      if (!match) return;
      const url = match[1]!;
      ready({
        url,
        port: Number(new URL(url).port),
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
    void exited.then(() => fail(new Error(`hq serve exited before it was ready: ${stderr}`)));
  });
}
