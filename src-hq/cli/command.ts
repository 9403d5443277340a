import type { ParseArgsOptionsConfig } from 'node:util';
import type { HqDatabase } from '../db/open';
import type { Said } from './speak';

export interface Outcome {
  /** Text mode: one line each (the last one alone for a code scripts read). */
  lines: Array<Said | string>;
  /** --json: merged into `{ ok: true, … }`. */
  json: object;
}

export type OptionValues = Record<string, string | boolean | undefined>;

export interface HqCommand {
  help: Said;
  options: ParseArgsOptionsConfig;
  /** How many positional arguments it takes, and what to say when one is missing. */
  positionals: { count: number; missing?: Said };
  run(hq: HqDatabase, values: OptionValues, positionals: string[]): Promise<Outcome>;
}

export const DATABASE_OPTIONS: ParseArgsOptionsConfig = { 'data-dir': { type: 'string' }, db: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } };
