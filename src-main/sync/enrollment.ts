import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { z } from 'zod';

// The enrolment of a workspace with HQ: `<data dir>/sync/enrollment.json`, readable by every
// program that opens the workspace (the CLI, browser mode, Electron). It holds the device token,
// so it is the owner's only (0600) and written whole or not at all (temporary file, fsync,
// rename). Electron's safeStorage (the OS keychain) would keep the token encrypted; not yet.

export const Enrollment = z.object({
  hqUrl: z.string(),
  deviceId: z.string(),
  deviceName: z.string(),
  token: z.string(),
  tenant: z.object({ id: z.string(), name: z.string() }),
  enrolledAt: z.string(),
});
export type Enrollment = z.infer<typeof Enrollment>;

export function enrollmentFile(dataDir: string): string {
  return join(dataDir, 'sync', 'enrollment.json');
}

/** The enrolment, or undefined when there is none (or the file is unreadable: enrol again). */
export function readEnrollment(dataDir: string): Enrollment | undefined {
  const file = enrollmentFile(dataDir);
  if (!existsSync(file)) return undefined;
  try {
    const parsed = Enrollment.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function writeEnrollment(dataDir: string, enrollment: Enrollment): void {
  const file = enrollmentFile(dataDir);
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const partial = `${file}.${randomBytes(4).toString('hex')}.partial`;
  try {
    const fd = openSync(partial, 'wx', 0o600);
    try {
      const bytes = Buffer.from(JSON.stringify(enrollment, null, 2));
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

export function removeEnrollment(dataDir: string): void {
  rmSync(enrollmentFile(dataDir), { force: true });
}
