// gsdata's (清博) WeChat Communication Index, version 14.2, as DOMAIN.md gives it. The weights
// are data, kept here and nowhere else, so the UI can show them and a later version is one edit.

export const WCI_VERSION = 'V14.2';

export const WCI_WEIGHTS = {
  /** Inside S(): reads, 在看, likes, shares; 在看, likes and shares are scaled by 10 first. */
  reads: 0.7,
  zaikan: 0.09,
  likes: 0.06,
  shares: 0.15,
  interactionScale: 10,
  /** Of the four terms. */
  overall: 0.6,
  perArticle: 0.2,
  headline: 0.1,
  peak: 0.1,
  /** WCI = (weighted sum)² × this. */
  finalScale: 12,
} as const;

/** What the index is computed from: a period's totals, headline totals and single-article maxima. */
export interface WciInput {
  /** d: the period's days. */
  days: number;
  /** n: the period's articles. */
  articles: number;
  reads: number;
  zaikan: number;
  likes: number;
  shares: number;
  readsHeadline: number;
  zaikanHeadline: number;
  likesHeadline: number;
  sharesHeadline: number;
  readsMax: number;
  zaikanMax: number;
  likesMax: number;
  sharesMax: number;
}

export interface WciResult {
  wci: number;
  /** O: daily averages (weight 0.6). */
  overall: number;
  /** A: per-article averages (weight 0.2). */
  perArticle: number;
  /** H: headline daily averages (weight 0.1). */
  headline: number;
  /** P: single-article maxima (weight 0.1). */
  peak: number;
}

const w = WCI_WEIGHTS;

/** S(r, z, l, e) = 0.70·ln(r+1) + 0.09·ln(10z+1) + 0.06·ln(10l+1) + 0.15·ln(10e+1). */
export function wciScore(reads: number, zaikan: number, likes: number, shares: number): number {
  const k = w.interactionScale;
  return w.reads * Math.log(reads + 1) + w.zaikan * Math.log(k * zaikan + 1) + w.likes * Math.log(k * likes + 1) + w.shares * Math.log(k * shares + 1);
}

/** The index and its four terms; a period without articles scores 0 throughout. */
export function computeWci(input: WciInput): WciResult {
  const { days: d, articles: n } = input;
  if (n <= 0 || d <= 0) return { wci: 0, overall: 0, perArticle: 0, headline: 0, peak: 0 };
  const overall = wciScore(input.reads / d, input.zaikan / d, input.likes / d, input.shares / d);
  const perArticle = wciScore(input.reads / n, input.zaikan / n, input.likes / n, input.shares / n);
  const headline = wciScore(input.readsHeadline / d, input.zaikanHeadline / d, input.likesHeadline / d, input.sharesHeadline / d);
  const peak = wciScore(input.readsMax, input.zaikanMax, input.likesMax, input.sharesMax);
  const sum = w.overall * overall + w.perArticle * perArticle + w.headline * headline + w.peak * peak;
  return { wci: sum * sum * w.finalScale, overall, perArticle, headline, peak };
}

/** Ranks by WCI, best first (1, 2, 2, 4 for ties); null for an account without a WCI. */
export function wciRanks(values: ReadonlyArray<number | null>): Array<number | null> {
  const known = values.filter((v): v is number => v !== null).sort((a, b) => b - a);
  return values.map((v) => (v === null ? null : known.indexOf(v) + 1));
}

/** The change from `previous` to `current` in percent (12.5 = 12.5% up); null when either is unknown or the previous is 0. */
export function percentChange(current: number | null | undefined, previous: number | null | undefined): number | null {
  if (current === null || current === undefined || previous === null || previous === undefined || previous === 0) return null;
  return ((current - previous) / previous) * 100;
}
