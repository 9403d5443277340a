import { periodDays, type Period } from './periods';
import type { WciInput } from './wci';

// A period's figures, from its articles where they are known, else as entered. A month's figures
// are always its own articles' (never the sum of its weeks, which cross month ends).

export const METRICS = ['reads', 'zaikan', 'likes', 'shares'] as const;
export type Metric = (typeof METRICS)[number];

/** Per metric: the total, the headline (头条) total and the single-article maximum. */
export interface PeriodFigures {
  followers: number | null;
  articles: number | null;
  reads: number | null;
  readsHeadline: number | null;
  readsMax: number | null;
  zaikan: number | null;
  zaikanHeadline: number | null;
  zaikanMax: number | null;
  likes: number | null;
  likesHeadline: number | null;
  likesMax: number | null;
  shares: number | null;
  sharesHeadline: number | null;
  sharesMax: number | null;
}

export type FigureField = keyof PeriodFigures;
export const FIGURE_FIELDS: readonly FigureField[] = ['followers', 'articles', ...METRICS.flatMap((m) => [m, `${m}Headline`, `${m}Max`] as FigureField[])];

/** An article's figures as far as they matter to a period. */
export interface PostFigures {
  position: number;
  reads: number | null;
  zaikan: number | null;
  likes: number | null;
  shares: number | null;
}

/** Totals, headline totals and maxima of a period's articles; a metric no article has stays null. */
export function figuresFromPosts(posts: readonly PostFigures[]): Omit<PeriodFigures, 'followers'> {
  const out: Record<string, number | null> = { articles: posts.length };
  for (const metric of METRICS) {
    const known = posts.filter((p) => p[metric] !== null);
    out[metric] = known.length ? known.reduce((sum, p) => sum + p[metric]!, 0) : null;
    out[`${metric}Headline`] = known.length ? known.filter((p) => p.position === 1).reduce((sum, p) => sum + p[metric]!, 0) : null;
    out[`${metric}Max`] = known.length ? Math.max(...known.map((p) => p[metric]!)) : null;
  }
  return out as Omit<PeriodFigures, 'followers'>;
}

/** A period's figures from its articles (`figuresFromPosts`, or the same aggregates computed in SQL). */
export type ArticleFigures = Omit<PeriodFigures, 'followers'>;

/** The figures shown for a period: derived from its articles when there are any, followers always as entered. */
export function periodFigures(entered: PeriodFigures | undefined, posts: readonly PostFigures[]): PeriodFigures & { derived: boolean } {
  return combineFigures(entered, posts.length > 0 ? figuresFromPosts(posts) : undefined);
}

/**
 * The figures shown for a period from what is entered and what its articles give (undefined or
 * zero articles: none known). The articles win unless the entry says the period had more of them
 * than are known: then the known ones are a sample (one imported article of a week of seven) and
 * the entered totals are the better figures. Followers come from the entry, else from
 * `followersFallback` (an own account's last 累积关注人数 of the period).
 */
export function combineFigures(entered: Partial<PeriodFigures> | undefined, articles: ArticleFigures | undefined, followersFallback: number | null = null): PeriodFigures & { derived: boolean } {
  const followers = entered?.followers ?? followersFallback;
  const known = articles?.articles ?? 0;
  const sample = entered?.articles != null && entered.articles > known && entered.reads != null;
  if (articles && known > 0 && !sample) return { followers, ...articles, derived: true };
  const empty = Object.fromEntries(FIGURE_FIELDS.map((f) => [f, null])) as unknown as PeriodFigures;
  const given = Object.fromEntries(FIGURE_FIELDS.filter((f) => entered?.[f] !== undefined).map((f) => [f, entered![f]]));
  return { ...empty, ...given, followers, derived: false };
}

/** The WCI's input for a period's figures; undefined when the articles or reads are not known. */
export function wciInputOf(period: Period, figures: PeriodFigures): WciInput | undefined {
  if (figures.articles === null || figures.reads === null) return undefined;
  const v = (field: FigureField) => figures[field] ?? 0;
  return {
    days: periodDays(period),
    articles: figures.articles,
    reads: v('reads'),
    zaikan: v('zaikan'),
    likes: v('likes'),
    shares: v('shares'),
    readsHeadline: v('readsHeadline'),
    zaikanHeadline: v('zaikanHeadline'),
    likesHeadline: v('likesHeadline'),
    sharesHeadline: v('sharesHeadline'),
    readsMax: v('readsMax'),
    zaikanMax: v('zaikanMax'),
    likesMax: v('likesMax'),
    sharesMax: v('sharesMax'),
  };
}
