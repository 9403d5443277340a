import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface PackageInfo {
  root: string;
  version: string;
}

let cached: PackageInfo | undefined;

/**
 * The package root, found by walking up from this file to OpsBench's package.json. Walking
 * (instead of a fixed `../..`) keeps working whether this code runs from src-main/cli under
 * vitest or from out/main/cli.js or a shared chunk beside it.
 */
export function packageInfo(): PackageInfo {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'opsbench') return (cached = { root: dir, version: pkg.version ?? '0.0.0' });
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the OpsBench package.json above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

/** The built renderer that browser mode serves. */
export function rendererDir(): string {
  return join(packageInfo().root, 'out', 'renderer');
}
