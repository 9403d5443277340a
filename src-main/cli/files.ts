import { accessSync, constants, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { message, CliError, type Message } from './command';

// The CLI's file system errors as sentences in the user's language instead of errno codes.

const REASONS: Record<string, Message['key']> = {
  ENOENT: 'cli.fs.missing',
  EACCES: 'cli.fs.denied',
  EPERM: 'cli.fs.denied',
  EISDIR: 'cli.fs.folder',
  EEXIST: 'cli.fs.fileInTheWay',
  ENOTDIR: 'cli.fs.fileInTheWay',
  ENOSPC: 'cli.fs.diskFull',
};

/** Why a file operation failed: a translated reason for the usual errno codes, else the system's own words. */
export function reasonOf(error: unknown): Message | string {
  const code = (error as NodeJS.ErrnoException).code;
  return code && REASONS[code] ? message(REASONS[code]) : error instanceof Error ? error.message : String(error);
}

export function readInputFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new CliError(message('cli.error.cannotRead', { path, reason: reasonOf(error) }));
  }
}

export function writeOutputFile(path: string, bytes: Buffer): void {
  try {
    writeFileSync(path, bytes);
  } catch (error) {
    throw new CliError(message('cli.error.cannotWrite', { path, reason: reasonOf(error) }));
  }
}

/**
 * Fails, as writeOutputFile would, when `path` cannot be written (a missing folder, no permission):
 * checked before work that records what it wrote, so a failed save records nothing.
 */
export function requireWritable(path: string): void {
  try {
    accessSync(existsSync(path) ? path : dirname(path), constants.W_OK);
  } catch (error) {
    throw new CliError(message('cli.error.cannotWrite', { path, reason: reasonOf(error) }));
  }
}

/** Creates the data folder, failing with a sentence instead of an errno when it cannot be one. */
export function ensureDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new CliError(message('cli.error.dataDir', { dataDir, reason: reasonOf(error) }));
  }
}
