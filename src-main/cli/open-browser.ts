import { spawn } from 'node:child_process';

/**
 * Opens `url` in the system browser. Best effort: a machine without a desktop (a server, CI)
 * has nothing to open it with, and that is not an error, so every failure is ignored.
 */
export function openBrowser(url: string, platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): void {
  let command: string;
  let args: string[];
  if (platform === 'darwin') [command, args] = ['open', [url]];
  else if (platform === 'win32') [command, args] = ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]];
  else {
    // Without a display xdg-open may start a text browser that fights over the terminal.
    if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return;
    [command, args] = ['xdg-open', [url]];
  }
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore', windowsHide: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // ignored on purpose, see above
  }
}
