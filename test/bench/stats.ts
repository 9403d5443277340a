export interface Summary {
  median: number;
  p95: number;
  runs: number;
}

export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95), runs: sorted.length };
}

/** A floor the scenario is compared with, measured in the same run (e.g. a static page). */
export interface Floor {
  name: string;
  summary: Summary;
  /** The scenario's median may be at most this many times the floor's median. */
  maxRatio: number;
}

export interface ScenarioResult {
  name: string;
  /** What is measured and its unit, e.g. "ms" or "changes/s". */
  unit: string;
  summary: Summary;
  budget: number;
  /** 'max': the p95 must stay at or under the budget; 'min': the p95 (worst runs) at or over it. */
  kind: 'max' | 'min';
  floor?: Floor;
  /** For scenarios that count API calls: the most one run made, which must stay at or under its budget. */
  calls?: { most: number; budget: number };
}

/** The scenario's median over the floor's: medians, because one slow run on a shared machine says little. */
export function floorRatio(result: ScenarioResult): number | undefined {
  return result.floor ? result.summary.median / result.floor.summary.median : undefined;
}

export function withinBudget(result: ScenarioResult): boolean {
  const ratio = floorRatio(result);
  if (ratio !== undefined && ratio > result.floor!.maxRatio) return false;
  if (result.calls && result.calls.most > result.calls.budget) return false;
  return result.kind === 'max' ? result.summary.p95 <= result.budget : result.summary.p95 >= result.budget;
}

/** Thrown by a scenario that cannot run here (e.g. no PostgreSQL): the run says why and goes on. */
export class ScenarioSkipped extends Error {
  override name = 'ScenarioSkipped';
}
