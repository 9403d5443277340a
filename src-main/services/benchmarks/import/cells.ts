import type { ImportIssue } from '../../../../src-shared/contract/imports';
import { isPeriodStart, parseMonth, type Period } from '../../../../src-shared/domain/benchmarks/periods';
import { parseCount } from '../../../../src-shared/domain/benchmarks/numbers';
import type { RowCells } from '../../imports/target';
import { parseDate, parseDateTime, parseSlot, parseTime } from '../../imports/cell-values';

// One benchmarks row's cells read into values, each problem an issue on its field: counts as people
// write them, dates, positions, periods. An empty cell is "not given" (undefined): an import never
// erases a figure it does not have.

/** More than this for a count of one account or article is a typo or a unit mix-up (reads > 1e9). */
export const MAX_COUNT = 1_000_000_000;

export class RowReader<F extends string> {
  readonly issues: ImportIssue[] = [];
  constructor(readonly cells: RowCells<F>) {}

  /** Notes a problem of the field's cell (params: the cell's text unless given; null for none). */
  fail(field: F, message: string, params: ImportIssue['params'] | null = { value: this.cells.text(field) }): undefined {
    this.issues.push({ field, message, ...(params ? { params } : {}) });
    return undefined;
  }

  text(field: F): string {
    return this.cells.text(field);
  }

  /** A count ≥ 0 (or signed) from a number cell or text (1.2万, 3.5w, 10万+, 12,345); undefined when empty or wrong. */
  count(field: F, { signed = false } = {}): number | undefined {
    const raw = this.cells.raw(field);
    let value: number | null;
    if (typeof raw === 'number') value = Math.round(raw);
    else {
      const text = this.text(field);
      if (!text) return undefined;
      const parsed = parseCount(text);
      if (!parsed.ok) return this.fail(field, 'validation.import.badNumber');
      value = parsed.value;
    }
    if (value === null || !Number.isFinite(value)) return undefined;
    if (!signed && value < 0) return this.fail(field, 'validation.import.negative');
    if (Math.abs(value) > MAX_COUNT) return this.fail(field, 'validation.import.absurdNumber', { value: this.text(field) || String(value) });
    return value;
  }

  /** 'YYYY-MM-DD HH:mm' or 'YYYY-MM-DD'; a separate time column completes a date without one. */
  publishedAt(field: F, timeField?: F): string | undefined {
    const value = parseDateTime(this.cells.raw(field));
    if (value === undefined) return this.fail(field, 'validation.import.badDate');
    if (!value) return undefined;
    if (value.length > 10 || !timeField) return value;
    const time = parseTime(this.cells.raw(timeField));
    if (time === undefined) return this.fail(timeField, 'validation.import.badTime');
    return time ? `${value} ${time}` : value;
  }

  date(field: F): string | undefined {
    const value = parseDate(this.cells.raw(field));
    if (value === undefined) return this.fail(field, 'validation.import.badDate');
    return value || undefined;
  }

  /** 1..8 from 1, 头条, 次条, 第3条; undefined when empty. */
  position(field: F): number | undefined {
    if (!this.text(field)) return undefined;
    const slot = parseSlot(this.cells.raw(field));
    return slot ?? this.fail(field, 'validation.import.badSlot');
  }

  /** A period from its kind (周/月/week/month) and its start ('YYYY-MM', 2026年11月, or a date: the 1st or a Sunday). */
  period(kindField: F, startField: F): Period | undefined {
    const kindText = this.text(kindField).toLowerCase();
    const kind = /^(周|周榜|week|weekly|w)$/.test(kindText) ? 'week' : /^(月|月榜|month|monthly|m)$/.test(kindText) ? 'month' : kindText ? null : undefined;
    if (kind === null) return this.fail(kindField, 'validation.import.badPeriod');
    const startText = this.text(startField);
    if (!startText) return undefined;
    const monthText = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(startText);
    const month = monthText ? parseMonth(`${monthText[1]}-${monthText[2]!.padStart(2, '0')}`) : undefined;
    if (month) return kind === 'week' ? this.fail(startField, 'validation.benchmarks.periodStart') : month;
    const raw = this.cells.raw(startField);
    // "2026-11-01 至 2026-11-07", "2026/11/01~2026/11/07": the first day names the period.
    const first = typeof raw === 'string' ? raw.split(/\s*(?:至|~|～|—|--)\s*/)[0]! : raw;
    const date = parseDate(first);
    if (!date) return this.fail(startField, 'validation.import.badDate');
    const chosen = kind ?? (isPeriodStart('month', date) ? 'month' : isPeriodStart('week', date) ? 'week' : undefined);
    if (!chosen || !isPeriodStart(chosen, date)) return this.fail(startField, 'validation.benchmarks.periodStart');
    return { kind: chosen, start: date };
  }
}
