import { addMonths, daysInclusive, isIsoDate, isoDate, monthEnd } from '../dates';

// The marketing plan's (运营方案) sections and periods, as DOMAIN.md orders them. The full
// template has all seven sections; the quick one (what an operator hands in the same day) has
// 1, 2, 5, 6, 7.

export const PLAN_SECTION_KEYS = ['competitors', 'value', 'activities', 'concerns', 'operations', 'staff', 'growth'] as const;
export type PlanSectionKey = (typeof PLAN_SECTION_KEYS)[number];

export const PLAN_TEMPLATES = ['full', 'quick'] as const;
export type PlanTemplate = (typeof PLAN_TEMPLATES)[number];

const QUICK: readonly PlanSectionKey[] = ['competitors', 'value', 'operations', 'staff', 'growth'];

/** The sections a template shows, in DOMAIN.md's order; the others exist hidden, so switching template loses no text. */
export function templateSections(template: PlanTemplate): PlanSectionKey[] {
  return template === 'full' ? [...PLAN_SECTION_KEYS] : [...QUICK];
}

export const PLAN_PERIOD_KINDS = ['quarter', 'half', 'custom'] as const;
export type PlanPeriodKind = (typeof PLAN_PERIOD_KINDS)[number];

export interface PlanPeriod {
  kind: PlanPeriodKind;
  /** 'YYYY-MM-DD', inclusive. */
  start: string;
  end: string;
}

/** Custom periods are capped, so a plan's calendar and cost tables stay a document, not a database dump. */
export const MAX_PLAN_DAYS = 366;

/**
 * '2027Q1', '2027H2' or '2027-01-01..2027-03-31' as a period; undefined when it is none of them.
 * The CLI's --period and the composer's quick choices read through here.
 */
export function parsePlanPeriod(text: string): PlanPeriod | undefined {
  const value = text.trim().toUpperCase();
  const quarter = /^(\d{4})Q([1-4])$/.exec(value);
  if (quarter) {
    const start = isoDate(Number(quarter[1]), (Number(quarter[2]) - 1) * 3 + 1, 1);
    return { kind: 'quarter', start, end: monthEnd(addMonths(start, 2)) };
  }
  const half = /^(\d{4})H([12])$/.exec(value);
  if (half) {
    const start = isoDate(Number(half[1]), half[2] === '1' ? 1 : 7, 1);
    return { kind: 'half', start, end: monthEnd(addMonths(start, 5)) };
  }
  const custom = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(value);
  if (custom && isIsoDate(custom[1]!) && isIsoDate(custom[2]!) && custom[1]! <= custom[2]!) return { kind: 'custom', start: custom[1]!, end: custom[2]! };
  return undefined;
}

/** The quarter after the one `today` falls in: what an operator plans in the last weeks of a quarter. */
export function nextQuarter(today: string): PlanPeriod {
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  return quarter === 4 ? parsePlanPeriod(`${year + 1}Q1`)! : parsePlanPeriod(`${year}Q${quarter + 1}`)!;
}

/**
 * Whether a period is one a plan can have: a quarter or a half with exactly its calendar bounds
 * (the document calls it 第一季度 / 上半年), a custom range in order and at most MAX_PLAN_DAYS long.
 */
export function isPlanPeriod(period: PlanPeriod): boolean {
  if (!isIsoDate(period.start) || !isIsoDate(period.end) || period.start > period.end) return false;
  if (period.kind === 'custom') return daysInclusive(period.start, period.end) <= MAX_PLAN_DAYS;
  const exact = parsePlanPeriod(planPeriodCode(period));
  return exact !== undefined && exact.start === period.start && exact.end === period.end;
}

/** The short name of a period: '2027Q1', '2027H1' or 'start..end'. */
export function planPeriodCode(period: PlanPeriod): string {
  const year = period.start.slice(0, 4);
  const month = Number(period.start.slice(5, 7));
  if (period.kind === 'quarter') return `${year}Q${Math.floor((month - 1) / 3) + 1}`;
  if (period.kind === 'half') return `${year}H${month <= 6 ? 1 : 2}`;
  return `${period.start}..${period.end}`;
}
