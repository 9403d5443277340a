import type { Period } from '../../../../src-shared/contract/benchmarks';
import { isPeriodStart } from '../../../../src-shared/domain/benchmarks/periods';
import { isIsoDate } from '../../../../src-shared/domain/dates';
import { navigate } from '../../../lib/router';
import { benchmarksHref, type BenchmarksRoute, type BenchTab } from '../route';
import { lastFullPeriod, type RangePreset } from './periods';

// The analysis tabs keep what the operator picked in the URL (`#/benchmarks/trends?accounts=a,b&range=5y`),
// so a reload, Back or a link keeps it. Values that do not parse fall back to the defaults.

export type TabQuery = Record<string, string>;

/** Writes a tab's view state: the route's query with `patch` (an empty value removes a key). */
export function setTabQuery(tab: BenchTab, route: BenchmarksRoute, patch: TabQuery): void {
  const query = { ...route.query, ...patch };
  for (const [key, value] of Object.entries(query)) if (!value) delete query[key];
  navigate(benchmarksHref(tab, query));
}

/** `kind` and `start` of the query, else the last full week. */
export function periodOfQuery(query: TabQuery, kinds: Period['kind'][] = ['week', 'month']): Period {
  const kind = kinds.find((k) => k === query.kind) ?? kinds[0]!;
  const start = query.start ?? '';
  return isIsoDate(start) && isPeriodStart(kind, start) ? { kind, start } : lastFullPeriod(kind);
}

export const periodQuery = (period: Period): TabQuery => ({ kind: period.kind, start: period.start });

/** Account ids of the query (`accounts=a,b`); null when none were picked. */
export function accountsOfQuery(query: TabQuery): string[] | null {
  return query.accounts ? query.accounts.split(',').filter(Boolean) : null;
}

export function presetOfQuery<P extends RangePreset>(query: TabQuery, allowed: readonly P[], fallback: P): P {
  return allowed.find((p) => p === query.range) ?? fallback;
}
