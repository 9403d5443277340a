import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface RunningServer {
  url: string;
  origin: string;
  token: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `opsbench web` (the built app) on a random port, with `env` added to this process's, and resolves when it prints its URL. */
export function startServer(dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<RunningServer> {
  const child = spawn(process.execPath, [join(process.cwd(), 'bin', 'opsbench.js'), 'web', '--no-open', '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /OpsBench ready: (http:\/\/\S+)/.exec(output);
      if (!match) return;
      child.stdout!.off('data', onData);
      const url = new URL(match[1]!);
      resolve({
        url: match[1]!,
        origin: url.origin,
        token: url.searchParams.get('token') ?? '',
        process: child,
        stop: () =>
          new Promise<void>((done) => {
            // Already gone (exited, or killed by a test): nothing to wait for.
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`opsbench web exited with ${code}: ${output}`)));
  });
}

export async function callApi(server: RunningServer, channel: string, input: unknown = {}): Promise<unknown> {
  const [domain, method] = channel.split('.');
  const response = await fetch(`${server.origin}/api/${domain}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-opsbench-token': server.token },
    body: JSON.stringify(input),
  });
  const envelope = (await response.json()) as { ok: boolean; data?: unknown; error?: unknown };
  if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope.error)}`);
  return envelope.data;
}
